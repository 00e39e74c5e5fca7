import {
  CommentInputSchema,
  CommentQuerySchema,
  generateAccessKey,
  generateId,
  maskPersonalText,
  message,
  PageQuerySchema,
  topicFromInput,
  topicState,
  TopicInputSchema,
  VoteInputSchema,
  voteProblem,
  type Comment,
} from '@jianyi/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { requireRole } from '../auth/actor.js';
import { hashSecret } from '../auth/secrets.js';
import type { AppEnv } from '../context.js';
import { idempotent } from '../http/idempotent.js';
import { parse, readJson } from '../http/input.js';
import { localeOf, notFound, ProblemError } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { topicKey } from '../http/cached-reads.js';
import { sendCached } from '../http/response-cache.js';
import { decodeCursor } from '../store/cursor.js';
import { findRecord } from '../store/records.js';
import { castVote, findStoredTopic, insertComment, insertTopic, listComments, listStoredTopics, withCounts, type StoredTopic } from '../store/topics.js';

export const topicRoutes = new Hono<AppEnv>();

function checkCursor(c: Context<AppEnv>, cursor: string | undefined) {
  if (cursor && !decodeCursor(cursor)) throw new ProblemError(422, 'validation_failed', 'validationFailed', { errors: [{ field: 'cursor', message: message('invalidType', localeOf(c)) }] });
}

async function openTopic(c: Context<AppEnv>): Promise<StoredTopic> {
  const topic = await findStoredTopic(c.get('services').database.db, c.req.param('id') ?? '');
  if (!topic) throw notFound();
  const state = topicState(topic, c.get('services').now().toISOString());
  if (state === 'closed') throw new ProblemError(409, 'topic_closed', 'topicClosed');
  if (state === 'upcoming') throw new ProblemError(409, 'topic_not_open', 'topicNotOpen');
  return topic;
}

/** The caller's voter token if it looks like one we issued; a new one otherwise. */
function voterTokenOf(c: Context<AppEnv>): { token: string; issued: boolean } {
  const sent = c.req.header('x-voter-token');
  return sent && /^[A-Za-z0-9_-]{20,100}$/.test(sent) ? { token: sent, issued: false } : { token: generateAccessKey(), issued: true };
}

const publicComment = (comment: Comment): Comment => ({
  ...comment,
  body: maskPersonalText(comment.body),
  authorName: maskPersonalText(comment.authorName),
});

topicRoutes.get('/topics', async (c) => {
  const query = parse(c, PageQuerySchema, c.req.query());
  checkCursor(c, query.cursor);
  const { db } = c.get('services').database;
  const now = c.get('services').now().toISOString();
  const page = await listStoredTopics(db, query.limit ?? 20, query.cursor);
  return c.json({ ...page, items: await Promise.all(page.items.map((topic) => withCounts(db, topic, now))) });
});

/** The next moment a topic's state changes by the clock alone (it opens or closes), ms. */
function nextStateChange(topic: StoredTopic, nowMs: number): number {
  return Math.min(...[Date.parse(topic.opensAt), Date.parse(topic.closesAt)].filter((at) => at > nowMs), Infinity);
}

// The same for everyone (no personal data in a topic), so one cached answer serves all.
topicRoutes.get('/topics/:id', async (c) => {
  const { database, cache, now } = c.get('services');
  const id = c.req.param('id');
  const key = topicKey(id);
  const at = now();
  const cached = cache.get(key, 'topics', at.getTime());
  if (cached) return sendCached(c, cached);
  const version = cache.version('topics');
  const topic = await findStoredTopic(database.db, id);
  if (!topic) throw notFound();
  const body = JSON.stringify(await withCounts(database.db, topic, at.toISOString()));
  return sendCached(c, cache.put(key, version, body, { builtAt: at.getTime(), expiresAt: nextStateChange(topic, at.getTime()) }));
});

topicRoutes.post('/topics/:id/votes', rateLimit('vote'), async (c) => {
  const { value: input, raw } = await readJson(c, VoteInputSchema);
  const topic = await openTopic(c);
  const problem = voteProblem(topic, input.optionIds);
  if (problem) {
    throw new ProblemError(422, 'validation_failed', 'validationFailed', {
      errors: [{ field: 'optionIds', message: message(problem.messageKey, localeOf(c), problem.params) }],
    });
  }
  const voter = voterTokenOf(c);
  const now = c.get('services').now().toISOString();
  return idempotent(c, raw, async (trx) => {
    const vote = await castVote(trx, topic.id, hashSecret(voter.token), input.optionIds, now);
    return {
      status: vote.counted ? 201 : 200,
      body: {
        vote: { topicId: topic.id, optionIds: vote.optionIds, at: vote.at },
        counted: vote.counted,
        voterToken: voter.token,
        topic: await withCounts(trx, topic, now),
      },
    };
  });
});

topicRoutes.get('/topics/:id/comments', async (c) => {
  const query = parse(c, CommentQuerySchema, c.req.query());
  checkCursor(c, query.cursor);
  const { db } = c.get('services').database;
  const topic = await findStoredTopic(db, c.req.param('id'));
  if (!topic) throw notFound();
  const page = await listComments(db, topic.id, query.limit ?? 20, query.aspectId, query.cursor);
  return c.json({ ...page, items: page.items.map(publicComment) });
});

topicRoutes.post('/topics/:id/comments', rateLimit('comment'), async (c) => {
  const { value: input, raw } = await readJson(c, CommentInputSchema);
  const topic = await openTopic(c);
  if (input.aspectId && !topic.aspects.some((aspect) => aspect.id === input.aspectId)) {
    throw new ProblemError(422, 'validation_failed', 'validationFailed', {
      errors: [{ field: 'aspectId', message: message('unknownReference', localeOf(c)) }],
    });
  }
  // Commenters without a voter token count as one participant per address.
  const sent = c.req.header('x-voter-token');
  const voterHash = hashSecret(sent && /^[A-Za-z0-9_-]{20,100}$/.test(sent) ? sent : `ip:${getConnInfo(c).remote.address ?? ''}`);
  return idempotent(c, raw, async (trx) => {
    const comment: Comment = {
      id: generateId('c'),
      topicId: topic.id,
      ...(input.aspectId && { aspectId: input.aspectId }),
      body: input.body,
      authorName: input.authorName || '网友',
      createdAt: c.get('services').now().toISOString(),
    };
    await insertComment(trx, comment, voterHash);
    return { status: 201, body: publicComment(comment) };
  });
});

topicRoutes.post('/topics', requireRole('admin'), async (c) => {
  const { value: input, raw } = await readJson(c, TopicInputSchema);
  const now = c.get('services').now().toISOString();
  return idempotent(c, raw, async (trx) => {
    if (input.workstationId && !(await findRecord(trx, 'workstations', input.workstationId))) {
      throw new ProblemError(422, 'validation_failed', 'validationFailed', {
        errors: [{ field: 'workstationId', message: message('unknownReference', localeOf(c)) }],
      });
    }
    const topic: StoredTopic = topicFromInput(input, generateId('t'), now);
    await insertTopic(trx, topic);
    return { status: 201, body: await withCounts(trx, topic, now) };
  });
});

topicRoutes.post('/topics/:id/close', requireRole('admin'), async (c) => {
  const { db } = c.get('services').database;
  const topic = await findStoredTopic(db, c.req.param('id'));
  if (!topic) throw notFound();
  const now = c.get('services').now().toISOString();
  const closed = Date.parse(topic.closesAt) > Date.parse(now) ? { ...topic, closesAt: now } : topic;
  await insertTopic(db, closed);
  return c.json(await withCounts(db, closed, now));
});
