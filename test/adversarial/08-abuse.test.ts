// Abuse a public form invites: scripts posting suggestions, floods of comments and
// votes, and guessing tracking codes. Bots are answered as if stored and nothing is
// kept; floods get 429 with Retry-After, which the SDK waits out before trying again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError, minHumanFillMs } from '@jianyi/core';
import { startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { tally } from './support/tally.js';

const valid = {
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路人行道的井盖缺失一周了，夜间行人容易踩空。',
  anonymous: true,
};

describe('bot traps: a filled honeypot or an instant submit looks stored and is not', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo'] });
  });
  after(() => server?.dispose());

  async function post(body: object) {
    const response = await fetch(`${server.baseUrl}/v1/suggestions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { suggestion?: { id: string }; accessKey?: string; code?: string } };
  }
  async function isStored(id: string) {
    const response = await fetch(`${server.baseUrl}/v1/suggestions/${id}`, { headers: { authorization: 'Bearer demo-dispatcher' } });
    return response.status === 200;
  }

  test('what a bot sends is answered 201 with a code and key, and cannot be found', async () => {
    const bots = [
      { ...valid, website: 'http://cheap-pills.example' },
      { ...valid, website: ' x ' },
      { ...valid, fillMs: 0 },
      { ...valid, fillMs: minHumanFillMs - 1 },
      { ...valid, website: 'spam', fillMs: 60_000 },
    ];
    for (const body of bots) {
      const answer = await post(body);
      assert.equal(answer.status, 201, JSON.stringify(body));
      assert.match(answer.body.suggestion!.id, /^JY[0-9A-Z]{10}$/);
      assert.ok(answer.body.accessKey, 'a key, as a person gets');
      assert.equal(await isStored(answer.body.suggestion!.id), false, `${JSON.stringify(body)} was not stored`);
    }
    assert.match(server.output.join(''), /dropped an automated submission \(honeypot filled\)/);
    const people = [{ ...valid }, { ...valid, website: '' }, { ...valid, fillMs: minHumanFillMs }, { ...valid, fillMs: 45_000 }];
    for (const body of people) {
      const answer = await post(body);
      assert.equal(answer.status, 201);
      assert.equal(await isStored(answer.body.suggestion!.id), true, `${JSON.stringify(body)} was stored`);
    }
    tally('08 abuse: bot and human submissions', bots.length + people.length);
  });

  test('the trap fields are checked like any other, and documented', async () => {
    assert.equal((await post({ ...valid, website: 42 })).status, 422);
    assert.equal((await post({ ...valid, fillMs: -5 })).status, 422);
    assert.equal((await post({ ...valid, fillMs: 'soon' })).status, 422);
    const openapi = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as {
      components: { schemas: { SuggestionInput: { properties: Record<string, { description?: string }> } } };
    };
    const { properties } = openapi.components.schemas.SuggestionInput;
    assert.match(properties.website?.description ?? '', /Honeypot/);
    assert.match(properties.fillMs?.description ?? '', new RegExp(String(minHumanFillMs)));
  });
});

/** Limits count per clock minute; start a burst well inside one so it is not split over two. */
async function awayFromMinuteEdge() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}

describe('per-IP rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo', '--rate-limits', 'create=3,comment=3,vote=3,lookup=5'] });
  });
  after(() => server?.dispose());

  test('too many comments, votes or suggestions from one address get 429 with Retry-After; staff are not limited', async () => {
    await awayFromMinuteEdge();
    const requests: [string, () => object][] = [
      ['/v1/topics/topic-bus/comments', () => ({ body: '一条留言内容' })],
      ['/v1/topics/topic-bus/votes', () => ({ optionIds: ['o1'] })],
      ['/v1/suggestions', () => valid],
    ];
    for (const [path, body] of requests) {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      let type = '';
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body()) });
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          type = response.headers.get('content-type') ?? '';
        }
      }
      assert.deepEqual(statuses.map((status) => (status === 429 ? 429 : 'ok')), ['ok', 'ok', 'ok', 429, 429], path);
      assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, `${path}: Retry-After ${retryAfter}`);
      assert.match(type, /problem\+json/);
    }
    const staff = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    for (let i = 0; i < 8; i++) await staff.suggestions.get('JYDEMO000001');
    tally('08 abuse: requests against rate limits', requests.length * 5 + 8);
  });

  test('tracking-code enumeration is throttled; the SDK says when to try again, and backs off before retrying a look-up', async () => {
    await awayFromMinuteEdge();
    const citizen = createClient({ baseUrl: server.baseUrl, retry: 0 });
    const guesses = 30;
    const outcomes = await Promise.allSettled(Array.from({ length: guesses }, (_, i) => citizen.suggestions.get(`JYGUESS${String(i).padStart(5, '0')}`)));
    const limited = outcomes.filter((outcome) => outcome.status === 'rejected' && isJianyiError(outcome.reason) && outcome.reason.status === 429);
    assert.equal(limited.length, guesses - 5, 'after 5 look-ups a minute every guess is refused');
    const error = (limited[0] as PromiseRejectedResult).reason;
    assert.ok(error.retryable && error.retryAfter >= 1);
    assert.match(error.message, /秒后再试/);

    // With retries on, the SDK waits as long as Retry-After says and then gets through.
    const patient = createClient({ baseUrl: server.baseUrl, retry: 1, timeoutMs: 70_000 });
    const startedAt = Date.now();
    const wait = error.retryAfter as number;
    const detail = await patient.suggestions.get('JYDEMO000001');
    assert.equal(detail.suggestion.id, 'JYDEMO000001');
    assert.ok(Date.now() - startedAt >= (wait - 2) * 1000, `waited ${Date.now() - startedAt} ms of a Retry-After of ${wait} s`);
    tally('08 abuse: tracking-code guesses', guesses + 1);
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
