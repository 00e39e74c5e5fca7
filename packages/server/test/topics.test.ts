// Hot topics as thousands of citizens use them: vote once, comment by aspect, page
// through comments, nothing more once the topic closes. The per-IP limits are tried in
// the adversarial suite (test/adversarial/08-abuse.test.ts).
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
