// Hot topics as thousands of citizens use them: vote once, comment by aspect, page
// through comments, nothing more once the topic closes; and the per-IP limits.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

for (const { kind, skip } of await databaseKinds()) {
  describe(`hot topics on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('the demo topics: one open with a poll and comments, one closed with results', async () => {
      const { items } = await createClient({ baseUrl: server.baseUrl }).topics.list();
      const open = items.find((topic) => topic.state === 'open');
      const closed = items.find((topic) => topic.state === 'closed');
      assert.ok(open?.poll && open.counts.comments >= 200, 'an open topic with a few hundred comments');
      assert.ok(closed && closed.counts.votes > 0);
      assert.equal(
        Object.values(open.counts.options).reduce((sum, n) => sum + n, 0) >= open.counts.votes,
        true,
        'every vote counts for at least one option',
      );
    });

    test('a vote counts once; the second attempt shows the earlier choice', async () => {
      const citizen = createClient({ baseUrl: server.baseUrl });
      const before = await citizen.topics.get('topic-bus');
      const first = await citizen.topics.vote('topic-bus', { optionIds: ['o1', 'o3'] });
      assert.equal(first.counted, true);
      assert.equal(first.topic.counts.votes, before.counts.votes + 1);
      assert.equal(first.topic.counts.options.o1, (before.counts.options.o1 ?? 0) + 1);
      const second = await citizen.topics.vote('topic-bus', { optionIds: ['o2'] });
      assert.equal(second.counted, false);
      assert.deepEqual(second.vote.optionIds, ['o1', 'o3']);
      await assert.rejects(
        createClient({ baseUrl: server.baseUrl }).topics.vote('topic-bus', { optionIds: ['o1', 'o2', 'o3'] }),
        (error) => isJianyiError(error) && error.status === 422 && /最多可选 2 项/.test(error.fieldErrors.optionIds ?? ''),
      );
    });

    test('comments: newest first, by aspect, paged to the end', async () => {
      const citizen = createClient({ baseUrl: server.baseUrl });
      const topic = await citizen.topics.get('topic-bus');
      const aspect = topic.aspects[0]!;
      const posted = await citizen.topics.comment('topic-bus', { body: '建议在早高峰增开区间车，联系我 13812345678', aspectId: aspect.id, authorName: '岳阳市民' });
      assert.equal(posted.body, '建议在早高峰增开区间车，联系我 138****5678', 'a phone in a public comment is masked');
      const firstPage = await citizen.topics.comments('topic-bus', { limit: 5 });
      assert.equal(firstPage.items[0]?.id, posted.id);
      let count = 0;
      const seen = new Set<string>();
      for await (const comment of citizen.topics.iterateComments('topic-bus', { aspectId: aspect.id, limit: 50 })) {
        assert.equal(comment.aspectId, aspect.id);
        assert.ok(!seen.has(comment.id), 'no comment twice across pages');
        seen.add(comment.id);
        count++;
      }
      assert.ok(count >= 1);
      const after = await citizen.topics.get('topic-bus');
      assert.equal(after.counts.comments, topic.counts.comments + 1);
    });

    test('a closed topic is read-only', async () => {
      const { items } = await createClient({ baseUrl: server.baseUrl }).topics.list();
      const closed = items.find((topic) => topic.state === 'closed')!;
      const citizen = createClient({ baseUrl: server.baseUrl });
      await assert.rejects(citizen.topics.vote(closed.id, { optionIds: [closed.poll!.options[0]!.id] }), (error) => isJianyiError(error) && error.code === 'topic_closed');
      await assert.rejects(citizen.topics.comment(closed.id, { body: '话题结束后还想留言' }), (error) => isJianyiError(error) && error.status === 409);
      assert.ok((await citizen.topics.comments(closed.id)).items.length > 0, 'its comments stay readable');
    });
  });
}

/** Limits count per clock minute; start a burst well inside one so it is not split over two. */
async function awayFromMinuteEdge() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}

describe('per-IP rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo', '--rate-limits', 'comment=3,lookup=5'] });
  });
  after(() => server?.dispose());

  test('too many comments from one address get 429 with Retry-After; staff are not limited', async () => {
    await awayFromMinuteEdge();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.baseUrl}/v1/topics/topic-bus/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: `第 ${i} 条留言内容` }),
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60);
    const staff = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    for (let i = 0; i < 8; i++) await staff.suggestions.get('JYDEMO000001');
  });

  test('tracking-code look-ups are throttled, and the SDK says when to try again', async () => {
    await awayFromMinuteEdge();
    const citizen = createClient({ baseUrl: server.baseUrl, retry: 0 });
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => citizen.suggestions.get(`JYGUESS0000${i}`)));
    const limited = outcomes.filter((outcome) => outcome.status === 'rejected' && isJianyiError(outcome.reason) && outcome.reason.status === 429);
    assert.ok(limited.length >= 3, `${limited.length} of 8 guesses limited`);
    const error = (limited[0] as PromiseRejectedResult).reason;
    assert.ok(error.retryable && error.retryAfter >= 1);
    assert.match(error.message, /秒后再试/);
  });
});

describe('a rate limit of 0 is off', () => {
  let server: TestServer;
  before(async () => {
    // comment=0 off; the others keep their defaults (create=10 a minute).
    server = await startTestServer('sqlite', { args: ['--seed-demo', '--rate-limits', 'comment=0'] });
  });
  after(() => server?.dispose());

  test('one address may comment past the default limit, while creates stay limited', async () => {
    await awayFromMinuteEdge();
    const comments: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${server.baseUrl}/v1/topics/topic-bus/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: `第 ${i} 条留言内容` }),
      });
      comments.push(response.status);
    }
    assert.deepEqual(comments, Array(12).fill(201));
    const creates: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ categoryId: 'urban', title: `东湖路井盖缺失 ${i}`, body: '东湖路人行道的井盖缺失一周了，夜间行人容易踩空。', anonymous: true }),
      });
      creates.push(response.status);
    }
    assert.deepEqual(creates, [...Array(10).fill(201), 429, 429]);
  });
});
