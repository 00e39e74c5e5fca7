// Races a busy portal produces: the same create sent many times at once, many votes
// from one voter, two dispatchers acting on one suggestion at the same moment.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError, type SuggestionInput } from '@jianyi/core';
import { tally } from './support/tally.js';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';

const input: SuggestionInput = {
  categoryId: 'transport',
  title: '建议加密 15 路公交早高峰班次',
  body: '15 路公交早高峰七点到八点半之间经常要等二十分钟，车上非常拥挤，建议加密班次。',
  anonymous: true,
};

async function rawCreate(baseUrl: string, key: string, body: unknown) {
  const response = await fetch(`${baseUrl}/v1/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

for (const { kind, skip } of await databaseKinds()) {
  describe(`concurrency on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('100 concurrent creates with one Idempotency-Key make one suggestion', async () => {
      const key = `race-${kind}-0001-abcdef`;
      const results = await Promise.all(Array.from({ length: 100 }, () => rawCreate(server.baseUrl, key, input)));
      tally(`07 races: concurrent requests (${kind})`, results.length);
      const created = results.filter((result) => result.status === 201);
      const inFlight = results.filter((result) => result.status === 409);
      assert.equal(created.length + inFlight.length, 100, `only 201 or 409: ${[...new Set(results.map((r) => r.status))]}`);
      const ids = new Set(created.map((result) => (result.body.suggestion as { id: string }).id));
      assert.equal(ids.size, 1, 'every success is the same suggestion');
      for (const result of inFlight) assert.equal(result.body.code, 'idempotency_in_progress');

      // After the first finished, a retry replays it.
      const replay = await rawCreate(server.baseUrl, key, input);
      assert.equal(replay.status, 201);
      assert.equal((replay.body.suggestion as { id: string }).id, [...ids][0]);
      const list = await createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' }).suggestions.list({ q: '15 路公交早高峰', limit: 100 });
      assert.equal(list.items.length, 1, 'one suggestion stored');
    });

    test('the same key with another body is 422', async () => {
      const key = `race-${kind}-0002-abcdef`;
      assert.equal((await rawCreate(server.baseUrl, key, input)).status, 201);
      const other = await rawCreate(server.baseUrl, key, { ...input, title: '另一条完全不同的建议' });
      assert.equal(other.status, 422);
      assert.equal(other.body.code, 'idempotency_mismatch');
    });

    test('50 parallel votes from one voter count once', async () => {
      const first = await createClient({ baseUrl: server.baseUrl }).topics.vote('topic-bus', { optionIds: ['o1'] });
      const before = first.topic.counts.votes;
      const voter = createClient({ baseUrl: server.baseUrl, voterToken: first.voterToken });
      const results = await Promise.all(Array.from({ length: 50 }, () => voter.topics.vote('topic-bus', { optionIds: ['o2'] })));
      tally(`07 races: concurrent requests (${kind})`, results.length);
      assert.ok(results.every((result) => !result.counted && result.vote.optionIds[0] === 'o1'), 'the earlier choice stands');
      const topic = await voter.topics.get('topic-bus');
      assert.equal(topic.counts.votes, before);
    });

    test('two server processes on one database share suggestions and idempotency keys', { skip: kind === 'sqlite' ? 'one process per SQLite file by design' : false }, async () => {
      const second = await server.another();
      try {
        const key = `two-processes-${kind}-000001`;
        const [a, b] = await Promise.all([rawCreate(server.baseUrl, key, input), rawCreate(second.baseUrl, key, input)]);
        const ids = [a, b].filter((r) => r.status === 201).map((r) => (r.body.suggestion as { id: string }).id);
        assert.ok(ids.length >= 1 && new Set(ids).size === 1, `statuses ${a.status} ${b.status}`);
        const replay = await rawCreate(second.baseUrl, key, input);
        assert.equal((replay.body.suggestion as { id: string }).id, ids[0]);
        const seen = await createClient({ baseUrl: second.baseUrl, token: 'demo-dispatcher' }).suggestions.get(ids[0]!);
        assert.equal(seen.suggestion.id, ids[0]);
      } finally {
        await second.stop();
      }
    });

    test('assign and reject at once: one wins, the other is refused and the timeline is consistent', async () => {
      const citizen = createClient({ baseUrl: server.baseUrl });
      const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher', retry: 0 });
      for (let round = 0; round < 5; round++) {
        const { suggestion } = await citizen.suggestions.create({ ...input, title: `并发测试建议第 ${round} 条` });
        const outcomes = await Promise.allSettled([
          dispatcher.suggestions.act(suggestion.id, { type: 'accept' }),
          dispatcher.suggestions.act(suggestion.id, { type: 'reject', reason: '重复提交' }),
        ]);
        tally(`07 races: concurrent requests (${kind})`, outcomes.length);
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        assert.equal(won.length, 1);
        assert.equal(lost.length, 1);
        assert.ok(isJianyiError(lost[0]!.reason) && lost[0]!.reason.status === 409);
        const detail = await dispatcher.suggestions.get(suggestion.id);
        assert.equal(detail.events.length, 2);
        assert.ok(['accepted', 'rejected'].includes(detail.suggestion.status));
        assert.deepEqual(detail.events.map((event) => event.seq), [1, 2]);
      }
    });
  });
}
