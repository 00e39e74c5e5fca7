import { buildDemoData, demoTokenActors } from '@jianyi/core/demo-data';
import { hashSecret } from '../auth/secrets.js';
import type { DatabaseHandle } from './database.js';
import { upsertRecords } from './records.js';
import { insertSuggestion } from './suggestions.js';
import { createToken, type StaffRole } from './tokens.js';
import { castVote, insertComment, insertTopic } from './topics.js';

/**
 * Loads core's demo data (the same the mocks serve) into a fresh database: reference
 * lists, staff tokens, hot topics with votes and comments, and suggestions in every
 * state. Returns undefined when the demo is already there, so starting twice is safe.
 */
export async function seedDemo(database: DatabaseHandle, now: Date) {
  const { db } = database;
  const existing = await db.selectFrom('categories').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const data = buildDemoData(now.toISOString());
  await db.transaction().execute(async (trx) => {
    await upsertRecords(trx, 'categories', data.categories);
    await upsertRecords(trx, 'departments', data.departments);
    await upsertRecords(trx, 'workstations', data.workstations);
    await upsertRecords(trx, 'members', data.members);
    for (const [token, actor] of demoTokenActors()) {
      await createToken(trx, { role: actor.role as StaffRole, displayName: actor.displayName, departmentId: actor.departmentId, memberId: actor.memberId, token }, now.toISOString());
    }
    for (const { counts: _counts, state: _state, ...topic } of data.topics) await insertTopic(trx, topic);
    for (const vote of data.votes) await castVote(trx, vote.topicId, hashSecret(vote.voterToken), vote.optionIds, vote.at);
    for (const comment of data.comments) await insertComment(trx, comment, hashSecret(comment.voterToken));
    for (const { suggestion, events, accessKey } of data.suggestions) {
      await insertSuggestion(trx, suggestion, hashSecret(accessKey), events);
    }
  });
  return { suggestions: data.suggestions.length, topics: data.topics.length, comments: data.comments.length };
}
