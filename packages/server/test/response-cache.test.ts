// Topic and tracker reads are answered from memory while nothing they were built from has
// changed. Here: a write by this process shows on the very next read; a write by another
// process on the same database shows too (at once on SQLite, within moments on PostgreSQL,
// where the news travels by NOTIFY); a cached private view never reaches anyone without the
// key; a topic's state still follows the clock; ETag and If-None-Match give 304. Each on a
// server that counts tracker look-ups per address (the route counts them in the database,
// then answers from memory) and on one that leaves that to a gateway (cached answers then
// go out before the middleware chain): the answers must not differ by a byte or a header.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, type SuggestionDetail, type Topic } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

const realName = {
  categoryId: 'urban',
  title: '小区门口路灯不亮',
  body: '幸福小区东门口的两盏路灯已经一个多月不亮了，晚上出入很不方便，请尽快修复。',
  contact: { name: '王女士', phone: '13812345678' },
  consent: true,
};

async function getJson<T>(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as T };
}

/** Reads until `done` holds: 0 when the first read did, else the ms it took; -1 when `ms` ran out. */
async function readUntil(read: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  if (await read()) return 0;
  while (Date.now() - start < ms) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (await read()) return Math.max(1, Date.now() - start);
  }
  return -1;
}

const portal = 'https://portal.example.gov.cn';
const uncountedLookups = ['--rate-limits', 'create=100000,vote=100000,comment=100000,lookup=0'];

/** Everything a client sees of an answer but the Date header. */
async function snapshot(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const seen = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
  return { status: response.status, headers: seen, body: await response.text() };
}

/** Limits count per clock minute; start a burst well inside one so it is not split over two. */
async function awayFromMinuteEdge() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}

for (const { kind, skip } of await databaseKinds()) {
  for (const lookups of ['counted', 'not counted'] as const) {
    describe(`cached reads on ${kind}, tracker look-ups ${lookups}`, { skip }, () => {
      let server: TestServer;
      before(async () => {
        server = await startTestServer(kind, { args: ['--seed-demo', '--cors-origin', portal, ...(lookups === 'counted' ? [] : uncountedLookups)] });
      });
      after(() => server?.dispose());

      test('a cached answer has the status, headers and bytes of the one built for it; a 304 the same headers', async () => {
        const citizen = createClient({ baseUrl: server.baseUrl });
        const { suggestion, accessKey } = await citizen.suggestions.create(realName);
        const topic = `${server.baseUrl}/v1/topics/topic-bus`;
        const tracker = `${server.baseUrl}/v1/suggestions/${suggestion.id}`;
        const cases: [string, Record<string, string>][] = [
          [topic, {}],
          [topic, { origin: portal }],
          [topic, { origin: 'https://elsewhere.example.com', 'x-access-key': accessKey }],
          [tracker, {}],
          [tracker, { origin: portal }],
          [tracker, { 'x-access-key': accessKey }],
          [tracker, { 'x-access-key': accessKey, origin: portal }],
        ];
        for (const [url, headers] of cases) {
          // A write to what the answer is built from, so that the next read builds it afresh.
          if (url === topic) await citizen.topics.vote('topic-bus', { optionIds: ['o4'] });
          else await citizen.suggestions.create({ ...realName, title: '写入之后缓存要重建' });
          const built = await snapshot(url, headers);
          const cached = await snapshot(url, headers);
          const what = `${url.slice(server.baseUrl.length)} ${JSON.stringify(headers)}`;
          assert.equal(built.status, 200, what);
          assert.deepEqual(cached, built, what);
          assert.equal(built.headers['access-control-allow-origin'], headers.origin === portal ? portal : undefined, what);
          const notModified = await snapshot(url, { ...headers, 'if-none-match': built.headers.etag! });
          const { 'content-type': _type, 'content-length': _length, ...withoutBody } = built.headers;
          assert.deepEqual(notModified, { status: 304, headers: withoutBody, body: '' }, what);
        }
        // A cached answer is no way around the checks of a token or a key.
        assert.equal((await fetch(topic, { headers: { authorization: 'Bearer not-a-token-of-ours' } })).status, 401);
        assert.equal((await fetch(tracker, { headers: { authorization: 'Bearer not-a-token-of-ours' } })).status, 401);
        assert.equal((await fetch(tracker, { headers: { 'x-access-key': `${accessKey.slice(0, -2)}xx` } })).status, 403);
        assert.equal((await fetch(`${tracker}?view=full`, { headers: { 'x-access-key': `${accessKey.slice(0, -2)}xx` } })).status, 403);
      });

      test("this process's own write shows on the next read", async () => {
        const topicUrl = `${server.baseUrl}/v1/topics/topic-bus`;
        for (let round = 0; round < 20; round++) {
          const before = (await getJson<Topic>(topicUrl)).body;
          assert.deepEqual((await getJson<Topic>(topicUrl)).body, before, 'a repeated read is the same');
          const voted = await createClient({ baseUrl: server.baseUrl }).topics.vote('topic-bus', { optionIds: ['o2'] });
          const afterVote = (await getJson<Topic>(topicUrl)).body;
          assert.equal(afterVote.counts.votes, before.counts.votes + 1, `round ${round}: the vote shows at once`);
          assert.deepEqual(afterVote.counts, voted.topic.counts);
          await createClient({ baseUrl: server.baseUrl }).topics.comment('topic-bus', { body: `第 ${round} 条：缓存之后的评论也要马上算进去。` });
          assert.equal((await getJson<Topic>(topicUrl)).body.counts.comments, before.counts.comments + 1, `round ${round}: the comment shows at once`);
        }

        const citizen = createClient({ baseUrl: server.baseUrl });
        const { suggestion, accessKey } = await citizen.suggestions.create(realName);
        const trackerUrl = `${server.baseUrl}/v1/suggestions/${suggestion.id}`;
        const mine = { 'x-access-key': accessKey };
        assert.equal((await getJson<SuggestionDetail>(trackerUrl, mine)).body.suggestion.status, 'submitted');
        assert.equal((await getJson<SuggestionDetail>(trackerUrl)).body.suggestion.status, 'submitted');
        const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
        await dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
        assert.equal((await getJson<SuggestionDetail>(trackerUrl, mine)).body.suggestion.status, 'accepted', 'the submitter sees the step at once');
        assert.equal((await getJson<SuggestionDetail>(trackerUrl)).body.suggestion.status, 'accepted', 'and so does the public');
      });

      test("a cached private view is given only with the right key, and never to staff's place", async () => {
        const { suggestion, accessKey } = await createClient({ baseUrl: server.baseUrl }).suggestions.create(realName);
        const url = `${server.baseUrl}/v1/suggestions/${suggestion.id}`;
        for (let i = 0; i < 3; i++) {
          const own = await getJson<SuggestionDetail>(url, { 'x-access-key': accessKey });
          assert.equal(own.body.view, 'full');
          assert.equal(own.body.suggestion.contact?.phone, '13812345678', 'the submitter sees their own phone');
          const stranger = await getJson<SuggestionDetail>(url);
          assert.equal(stranger.body.view, 'public');
          assert.doesNotMatch(JSON.stringify(stranger.body), /13812345678|王女士/, 'no personal data in the public view');
          assert.notEqual(stranger.etag, own.etag);
          const guess = await getJson<{ code: string }>(url, { 'x-access-key': `${accessKey.slice(0, -2)}xx` });
          assert.equal(guess.status, 403);
          assert.equal(guess.body.code, 'invalid_access_key');
          // The private view's tag does not unlock it for someone without the key.
          const replayTag = await fetch(url, { headers: { 'if-none-match': own.etag! } });
          assert.equal(replayTag.status, 200);
          assert.doesNotMatch(await replayTag.text(), /13812345678/);
        }
        // Staff answers depend on the token and are not kept: a department not handling it gets the public view.
        const staff = await getJson<SuggestionDetail>(url, { authorization: 'Bearer demo-dispatcher' });
        assert.equal(staff.body.view, 'full');
        assert.equal((await getJson<SuggestionDetail>(url)).body.view, 'public');
        const disabledLater = server.token('dispatcher', '临时调度员');
        assert.equal((await getJson<SuggestionDetail>(url, { authorization: `Bearer ${disabledLater}` })).body.view, 'full');
        server.cli('token', 'disable', disabledLater);
        assert.equal((await getJson(url, { authorization: `Bearer ${disabledLater}` })).status, 401, 'a disabled token is refused at once');
      });

      test('ETag and If-None-Match: 304 while unchanged, the new answer after a change', async () => {
        const url = `${server.baseUrl}/v1/topics/topic-bus`;
        const first = await fetch(url);
        const etag = first.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]+"$/);
        assert.equal(first.headers.get('cache-control'), 'no-cache');
        await first.arrayBuffer();
        const again = await fetch(url, { headers: { 'if-none-match': etag! } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('etag'), etag);
        await createClient({ baseUrl: server.baseUrl }).topics.vote('topic-bus', { optionIds: ['o1'] });
        const changed = await fetch(url, { headers: { 'if-none-match': etag! } });
        assert.equal(changed.status, 200);
        assert.notEqual(changed.headers.get('etag'), etag);
        await changed.arrayBuffer();
      });

      test('a topic closes by the clock even while nothing is written', async () => {
        const admin = createClient({ baseUrl: server.baseUrl, token: 'demo-admin' });
        const topic = await admin.topics.create({
          title: '缓存与时钟测试',
          description: '这个热点两秒后关闭，关闭后读到的状态必须是已结束。',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 1500).toISOString(),
        });
        const url = `${server.baseUrl}/v1/topics/${topic.id}`;
        assert.equal((await getJson<Topic>(url)).body.state, 'open');
        assert.equal((await getJson<Topic>(url)).body.state, 'open');
        await new Promise((resolve) => setTimeout(resolve, Date.parse(topic.closesAt) - Date.now() + 50));
        assert.equal((await getJson<Topic>(url)).body.state, 'closed');
      });

      test("another process's writes reach this process's cached reads", async () => {
        const second = await server.another();
        try {
          const here = `${server.baseUrl}/v1/topics/topic-bus`;
          // SQLite sees the other commit on the next read; PostgreSQL within moments (NOTIFY).
          const allowedMs = kind === 'sqlite' ? 0 : 2000;
          for (let round = 0; round < 10; round++) {
            const before = (await getJson<Topic>(here)).body.counts.votes;
            await getJson<Topic>(here);
            await createClient({ baseUrl: second.baseUrl }).topics.vote('topic-bus', { optionIds: ['o3'] });
            const took = await readUntil(async () => (await getJson<Topic>(here)).body.counts.votes === before + 1, allowedMs + 1);
            assert.ok(took >= 0 && took <= allowedMs, `round ${round}: the other process's vote showed after ${took} ms`);
          }
          const { suggestion, accessKey } = await createClient({ baseUrl: server.baseUrl }).suggestions.create(realName);
          const tracker = `${server.baseUrl}/v1/suggestions/${suggestion.id}`;
          assert.equal((await getJson<SuggestionDetail>(tracker, { 'x-access-key': accessKey })).body.suggestion.status, 'submitted');
          await createClient({ baseUrl: second.baseUrl, token: 'demo-dispatcher' }).suggestions.act(suggestion.id, { type: 'accept' });
          const took = await readUntil(async () => (await getJson<SuggestionDetail>(tracker, { 'x-access-key': accessKey })).body.suggestion.status === 'accepted', allowedMs + 1);
          assert.ok(took >= 0 && took <= allowedMs, `the other process's step showed after ${took} ms`);
        } finally {
          await second.stop();
        }
      });
    });
  }

  describe(`cached tracker reads on ${kind} count against the look-up limit`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo', '--rate-limits', 'create=100000,vote=100000,comment=100000,lookup=3'] });
    });
    after(() => server?.dispose());

    test('the fourth read of one tracking page in a minute is refused, cached or not; topic reads are not limited', async () => {
      await awayFromMinuteEdge();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${server.baseUrl}/v1/suggestions/JYDEMO000001`)).status);
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      for (let i = 0; i < 10; i++) assert.equal((await fetch(`${server.baseUrl}/v1/topics/topic-bus`)).status, 200);
    });
  });
}
