import { topicState, type Comment, type Topic } from '@jianyi/core';
import { type Kysely, type Transaction } from 'kysely';
import { beforeCursor, decodeCursor, pageOf } from './cursor.js';
import type { Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
/** A topic as stored: everything but what is counted or depends on the clock. */
export type StoredTopic = Omit<Topic, 'counts' | 'state'>;

export async function insertTopic(db: Executor, topic: StoredTopic) {
  await db
    .insertInto('topics')
    .values({ id: topic.id, opens_at: topic.opensAt, closes_at: topic.closesAt, created_at: topic.createdAt, data: JSON.stringify(topic) })
    .onConflict((oc) => oc.column('id').doUpdateSet({ opens_at: topic.opensAt, closes_at: topic.closesAt, data: JSON.stringify(topic) }))
    .execute();
}

export async function findStoredTopic(db: Executor, id: string): Promise<StoredTopic | undefined> {
  const row = await db.selectFrom('topics').select('data').where('id', '=', id).executeTakeFirst();
  return row && (JSON.parse(row.data) as StoredTopic);
}

/** The topic with its counts (kept by triggers, see topic-counters.ts) and its state at `now`. */
export async function withCounts(db: Executor, topic: StoredTopic, now: string): Promise<Topic> {
  const rows = await db
    .selectFrom('topic_counters')
    .select(['name', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('topic_id', '=', topic.id)
    .groupBy('name')
    .execute();
  const counters = new Map(rows.map((row) => [row.name, Number(row.n)]));
  const optionCounts: Record<string, number> = {};
  for (const option of topic.poll?.options ?? []) optionCounts[option.id] = 0;
  for (const [name, n] of counters) if (name.startsWith('option:')) optionCounts[name.slice('option:'.length)] = n;
  return {
    ...topic,
    state: topicState(topic, now),
    counts: {
      votes: counters.get('votes') ?? 0,
      comments: counters.get('comments') ?? 0,
      participants: counters.get('participants') ?? 0,
      options: optionCounts,
    },
  };
}

export async function listStoredTopics(db: Executor, limit: number, cursorText?: string) {
  const cursor = cursorText ? decodeCursor(cursorText) : undefined;
  let select = db.selectFrom('topics').select(['data', 'created_at', 'id']);
  if (cursor) select = select.where(beforeCursor(cursor));
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  return pageOf(rows, limit, (row) => JSON.parse(row.data) as StoredTopic);
}

/** Records a vote unless this voter voted on this topic before; returns the vote that stands. */
export async function castVote(db: Executor, topicId: string, voterHash: string, optionIds: string[], at: string) {
  const inserted = await db
    .insertInto('votes')
    .values({ topic_id: topicId, voter_hash: voterHash, option_ids: JSON.stringify(optionIds), at })
    .onConflict((oc) => oc.columns(['topic_id', 'voter_hash']).doNothing())
    .returning('at')
    .executeTakeFirst();
  if (inserted) {
    await db
      .insertInto('vote_options')
      // In one order for every voter: the counters' row locks are then taken in that order too.
      .values([...optionIds].sort().map((optionId) => ({ topic_id: topicId, option_id: optionId, voter_hash: voterHash })))
      .execute();
    return { counted: true, optionIds, at };
  }
  const earlier = await db.selectFrom('votes').selectAll().where('topic_id', '=', topicId).where('voter_hash', '=', voterHash).executeTakeFirstOrThrow();
  return { counted: false, optionIds: JSON.parse(earlier.option_ids) as string[], at: earlier.at };
}

export async function insertComment(db: Executor, comment: Comment, voterHash: string) {
  await db
    .insertInto('comments')
    .values({
      id: comment.id,
      topic_id: comment.topicId,
      aspect_id: comment.aspectId ?? null,
      body: comment.body,
      author_name: comment.authorName,
      voter_hash: voterHash,
      created_at: comment.createdAt,
    })
    .execute();
}

export async function listComments(db: Executor, topicId: string, limit: number, aspectId?: string, cursorText?: string) {
  const cursor = cursorText ? decodeCursor(cursorText) : undefined;
  let select = db.selectFrom('comments').selectAll().where('topic_id', '=', topicId);
  if (aspectId) select = select.where('aspect_id', '=', aspectId);
  if (cursor) select = select.where(beforeCursor(cursor));
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  return pageOf(
    rows,
    limit,
    (row): Comment => ({
      id: row.id,
      topicId: row.topic_id,
      ...(row.aspect_id && { aspectId: row.aspect_id }),
      body: row.body,
      authorName: row.author_name,
      createdAt: row.created_at,
    }),
  );
}
