// What a careless integration or a hostile client sends: every answer a 4xx
// problem+json in the caller's language, never a 5xx, and the server stays up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { looksAutomated } from '@jianyi/core';
import { demoAccessKey } from '@jianyi/core/demo-data';
import fc from 'fast-check';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { arbitraryFor, encoding, hostileFragments, mutation, type JsonSchema } from './support/from-openapi.js';
import { tally } from './support/tally.js';

const valid = {
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路人行道的井盖缺失一周了，夜间行人容易踩空。',
  anonymous: true,
};

for (const { kind, skip } of await databaseKinds()) {
  describe(`bad input on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    async function post(path: string, body: string | Blob, headers: Record<string, string> = {}) {
      const response = await fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    }

    test('malformed JSON is 400 invalid_json', async () => {
      for (const body of ['{"title": ', 'not json', '\u0000\u0001', '[1,2']) {
        const answer = await post('/v1/suggestions', body);
        assert.equal(answer.status, 400, body);
        assert.match(answer.type, /application\/problem\+json/);
        assert.equal(answer.body.code, 'invalid_json');
        assert.equal(answer.body.title, '请求内容不是有效的 JSON');
      }
    });

    test('wrong types, missing and unknown fields are 422 with a message per field', async () => {
      const cases: [unknown, Record<string, string>][] = [
        [{ ...valid, title: 42 }, { title: '格式不正确' }],
        [{ ...valid, title: undefined }, { title: '此项为必填项' }],
        [{ ...valid, isAdmin: true }, { isAdmin: '不支持的字段' }],
        [{ ...valid, body: '短' }, { body: '至少需要 10 个字' }],
        [{ ...valid, title: 'x'.repeat(1_000_000) }, { title: '不能超过 80 个字' }],
        [{ ...valid, body: `正文里有空字符\u0000会被拒绝的内容` }, { body: '格式不正确' }],
        [{ ...valid, categoryId: 'no-such-category' }, { categoryId: '所选项目不存在' }],
        [{ ...valid, attachmentIds: ['att_nothere'] }, { 'attachmentIds.0': '所选项目不存在' }],
        [[valid], { _: '格式不正确' }],
        [null, { _: '此项为必填项' }],
      ];
      for (const [body, errors] of cases) {
        const answer = await post('/v1/suggestions', JSON.stringify(body));
        assert.ok(answer.status === 422 || answer.status === 413, `${JSON.stringify(body).slice(0, 60)} → ${answer.status}`);
        if (answer.status === 422) {
          const fields = Object.fromEntries((answer.body.errors as { field: string; message: string }[]).map((error) => [error.field, error.message]));
          assert.deepEqual(fields, errors, JSON.stringify(body).slice(0, 80));
        }
      }
    });

    test('messages follow Accept-Language', async () => {
      const answer = await post('/v1/suggestions', JSON.stringify({ ...valid, title: '短' }), { 'accept-language': 'en-US,en;q=0.9' });
      assert.deepEqual(answer.body.errors, [{ field: 'title', message: 'Enter at least 5 characters' }]);
      assert.equal(answer.body.title, 'Some fields need your attention');
    });

    test('oversized bodies are 413; deep nesting and odd bytes are 4xx', async () => {
      const huge = await post('/v1/suggestions', JSON.stringify({ ...valid, body: '路'.repeat(300_000) }));
      assert.equal(huge.status, 413);
      assert.equal(huge.body.code, 'payload_too_large');
      const deep = await post('/v1/suggestions', '['.repeat(5000) + ']'.repeat(5000));
      assert.ok(deep.status >= 400 && deep.status < 500, `deep nesting: ${deep.status}`);
      const invalidUtf8 = await post('/v1/suggestions', new Blob([new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]));
      assert.ok(invalidUtf8.status >= 400 && invalidUtf8.status < 500, `invalid UTF-8: ${invalidUtf8.status}`);
    });

    test('SQL and template fragments are just text', async () => {
      const sneaky = "'; drop table suggestions; -- ${7*7} {{7*7}} <script>alert(1)</script>";
      const answer = await post('/v1/suggestions', JSON.stringify({ ...valid, body: `这是一条正常的建议。${sneaky}` }));
      assert.equal(answer.status, 201);
      const id = (answer.body.suggestion as { id: string }).id;
      const list = await fetch(`${server.baseUrl}/v1/suggestions?q=${encodeURIComponent("%' or 1=1 --")}`);
      assert.equal(list.status, 200);
      assert.deepEqual(((await list.json()) as { items: unknown[] }).items, []);
      const stored = await fetch(`${server.baseUrl}/v1/suggestions/${id}`, { headers: { authorization: 'Bearer demo-dispatcher' } });
      assert.ok(((await stored.json()) as { suggestion: { body: string } }).suggestion.body.endsWith(sneaky), 'stored exactly');
    });

    test('bad query parameters and unknown paths are 4xx problems', async () => {
      for (const path of ['/v1/suggestions?limit=100000', '/v1/suggestions?status=flying', '/v1/suggestions?cursor=%%%', '/v1/stats?groupBy=planet', '/v1/nothing']) {
        const response = await fetch(`${server.baseUrl}${path}`);
        assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
        assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
      }
    });

    test('an action that the schema refuses names the field', async () => {
      const created = await post('/v1/suggestions', JSON.stringify(valid));
      const id = (created.body.suggestion as { id: string }).id;
      const answer = await post(`/v1/suggestions/${id}/actions`, JSON.stringify({ type: 'reject', reason: '   ' }), { authorization: 'Bearer demo-dispatcher' });
      assert.equal(answer.status, 422);
      assert.deepEqual(answer.body.errors, [{ field: 'reason', message: '请填写理由' }]);
      const unknown = await post(`/v1/suggestions/${id}/actions`, JSON.stringify({ type: 'explode' }), { authorization: 'Bearer demo-dispatcher' });
      assert.equal(unknown.status, 422);
    });

    test('uploads: only real images, at most 5 MB', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000000808020000004b6d29dc0000000049454e44ae426082', 'hex');
      const ok = await fetch(`${server.baseUrl}/v1/attachments`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: png });
      assert.equal(ok.status, 201);
      const attachment = (await ok.json()) as { id: string; width: number; height: number; mime: string };
      assert.deepEqual([attachment.mime, attachment.width, attachment.height], ['image/png', 16, 8]);
      const served = await fetch(`${server.baseUrl}/v1/attachments/${attachment.id}`);
      assert.equal(served.headers.get('content-type'), 'image/png');
      assert.ok(Buffer.from(await served.arrayBuffer()).equals(png));

      const html = await fetch(`${server.baseUrl}/v1/attachments`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: '<svg onload=alert(1)>' });
      assert.equal(html.status, 415);
      const big = await fetch(`${server.baseUrl}/v1/attachments`, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: new Uint8Array(6 * 1024 * 1024) });
      assert.equal(big.status, 413);
    });

    test('the server is still healthy after all of it', async () => {
      const health = await fetch(`${server.baseUrl}/healthz`);
      assert.equal(health.status, 200);
      assert.ok(!server.output.join('').includes('error POST'), 'no 5xx logged');
    });
  });
}

// Generated from the OpenAPI document and mutated: every answer is a 4xx problem+json or
// a success that stored exactly the valid text; never a 5xx, a hang or a crash.
const runsPerEndpoint = Number(process.env.JIANYI_FUZZ_RUNS ?? 120);

for (const { kind, skip } of await databaseKinds()) {
  describe(`generated bad input on ${kind}`, { skip }, () => {
    let server: TestServer;
    let openapi: { components: { schemas: Record<string, JsonSchema> } };
    let tried = 0;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
      openapi = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as typeof openapi;
    });
    after(() => server?.dispose());

    /** Sends `bytes` and checks the answer; returns the parsed success body, if any. */
    async function send(method: string, path: string, headers: Record<string, string>, bytes?: Uint8Array<ArrayBuffer>) {
      tried++;
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(bytes && { body: bytes }),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      assert.ok(response.status < 500, `${method} ${path} → ${response.status}: ${text.slice(0, 200)}`);
      if (response.status >= 400) {
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, `${path} ${response.status}`);
        const problem = JSON.parse(text) as { code?: string; title?: string };
        assert.ok(problem.code && problem.title, `${path}: a problem with a code and a title`);
        return undefined;
      }
      return JSON.parse(text) as Record<string, unknown>;
    }

    const endpoints: { schema: string; path: string; headers: Record<string, string> }[] = [
      { schema: 'SuggestionInput', path: '/v1/suggestions', headers: {} },
      { schema: 'Action', path: '/v1/suggestions/JYDEMO000004/actions', headers: { authorization: 'Bearer demo-dispatcher' } },
      { schema: 'Action', path: '/v1/suggestions/JYDEMO000006/actions', headers: { authorization: 'Bearer demo-dept-urban' } },
      { schema: 'RatingInput', path: '/v1/suggestions/JYDEMO000007/rating', headers: { 'x-access-key': demoAccessKey(7) } },
      { schema: 'CommentInput', path: '/v1/topics/topic-bus/comments', headers: {} },
      { schema: 'VoteInput', path: '/v1/topics/topic-bus/votes', headers: {} },
      { schema: 'TopicInput', path: '/v1/topics', headers: { authorization: 'Bearer demo-admin' } },
      { schema: 'BulkAssignInput', path: '/v1/suggestions/bulk-assign', headers: { authorization: 'Bearer demo-dispatcher' } },
    ];

    for (const endpoint of endpoints) {
      test(`POST ${endpoint.path} (${endpoint.schema}, ${endpoint.headers.authorization ?? (endpoint.headers['x-access-key'] ? 'access key' : 'anonymous')})`, async () => {
        const schema = openapi.components.schemas[endpoint.schema]!;
        await fc.assert(
          fc.asyncProperty(arbitraryFor(schema), mutation, encoding, async (value, { apply }, { name, encode }) => {
            const body = apply(value as Record<string, unknown>);
            const created = await send('POST', endpoint.path, endpoint.headers, encode(JSON.stringify(body)));
            // A success stored exactly what was sent (trimmed, as the schema trims).
            if (created && endpoint.schema === 'SuggestionInput' && name === 'json') {
              const sent = body as { title: string; body: string; website?: string; fillMs?: number };
              const id = (created.suggestion as { id: string }).id;
              const stored = await fetch(`${server.baseUrl}/v1/suggestions/${id}`, { headers: { authorization: 'Bearer demo-dispatcher' } });
              if (looksAutomated(sent)) return assert.equal(stored.status, 404, 'a bot submission is not stored');
              const { suggestion } = (await stored.json()) as { suggestion: { title: string; body: string } };
              assert.equal(suggestion.title, sent.title.trim());
              assert.equal(suggestion.body, sent.body.trim());
            }
          }),
          { numRuns: runsPerEndpoint, includeErrorInReport: true },
        );
      });
    }

    test('generated query strings on the list endpoints', async () => {
      const keys = ['status', 'q', 'limit', 'cursor', 'categoryId', 'departmentId', 'sort', 'groupBy', 'from', 'to', 'aspectId', 'overdue'];
      const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...hostileFragments), fc.integer().map(String), fc.constantFrom('replied', '100', '-1', '1e9', 'true'));
      const paths = ['/v1/suggestions', '/v1/stats', '/v1/topics', '/v1/topics/topic-bus/comments'];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }), async (path, query) => {
          await send('GET', `${path}?${new URLSearchParams(query as Record<string, string>).toString()}`, {});
        }),
        { numRuns: runsPerEndpoint * 2, includeErrorInReport: true },
      );
      const health = await fetch(`${server.baseUrl}/healthz`);
      assert.equal(health.status, 200, 'still up');
      assert.ok(!/error (GET|POST)/.test(server.output.join('')), `no 5xx logged: ${server.output.join('').match(/error (GET|POST).*/)?.[0]}`);
      tally(`03 bad input: generated requests (${kind})`, tried);
    });
  });
}
