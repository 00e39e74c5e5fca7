// What a careless integration or a hostile client sends: every answer a 4xx
// problem+json in the caller's language, never a 5xx, and the server stays up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';

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
