// The client against a real HTTP server on loopback: retries, idempotency, timeouts,
// aborts, and every failure turned into one typed error.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createClient } from '../src/client/create-client.js';
import { isJianyiError, isNetworkError, JianyiError } from '../src/client/errors.js';
import { toPublic } from '../src/privacy/to-public.js';
import { createdResponse, validInput } from './support/fixtures.js';
import { sendJson, startLoopbackServer } from './support/loopback-server.js';

const fastRetry = { limit: 2, delayMs: () => 10 };

async function rejection(promise: Promise<unknown>): Promise<JianyiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isJianyiError(error), `expected a JianyiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

const servers: { close(): Promise<void> }[] = [];
after(() => Promise.all(servers.map((server) => server.close())));
async function serve(...args: Parameters<typeof startLoopbackServer>) {
  const server = await startLoopbackServer(...args);
  servers.push(server);
  return server;
}

describe('client over real HTTP', () => {
  test('a create that fails on the way is retried with the same Idempotency-Key', async () => {
    const server = await serve((request, response, attempt) => {
      if (attempt === 1) return void response.destroy(); // the connection drops
      if (attempt === 2) return sendJson(response, 503, { title: '维护中', status: 503, code: 'unavailable' });
      sendJson(response, 201, createdResponse());
    });
    const client = createClient({ baseUrl: server.baseUrl, retry: fastRetry });
    const created = await client.suggestions.create(validInput);
    assert.equal(created.suggestion.id, 'JYTEST000001');
    assert.equal(server.requests.length, 3);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.ok(typeof keys[0] === 'string' && keys[0].length >= 16);
    assert.deepEqual(new Set(keys).size, 1, 'one key for the logical create');
    assert.deepEqual(JSON.parse(server.requests[0]!.body.toString()).contact, { name: '王小明', phone: '13812345678' });
  });

  test('two separate creates use two keys; a key kept in a draft is reused', async () => {
    const server = await serve((_request, response) => sendJson(response, 201, createdResponse()));
    const client = createClient({ baseUrl: server.baseUrl });
    await client.suggestions.create(validInput);
    await client.suggestions.create(validInput);
    await client.suggestions.create(validInput, { idempotencyKey: 'draft-key-0001-abcdef' });
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'draft-key-0001-abcdef');
  });

  test('a POST without a key is not retried: an upload fails once and says it may be retried by the user', async () => {
    const server = await serve((_request, response) => sendJson(response, 503, { title: '服务器繁忙', status: 503, code: 'unavailable' }));
    const client = createClient({ baseUrl: server.baseUrl, retry: fastRetry });
    const error = await rejection(client.suggestions.uploadAttachment(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })));
    assert.equal(server.requests.length, 1);
    assert.equal(error.status, 503);
    assert.equal(error.retryable, true);
    assert.equal(error.message, '服务器繁忙');
  });

  test('a GET is retried on 503 and succeeds', async () => {
    const detail = { view: 'public', suggestion: toPublic(createdResponse().suggestion), events: [], allowedActions: [] };
    const server = await serve((_request, response, attempt) =>
      attempt < 3 ? sendJson(response, 503, { title: '忙', status: 503, code: 'unavailable' }) : sendJson(response, 200, detail),
    );
    const client = createClient({ baseUrl: server.baseUrl, retry: fastRetry });
    const result = await client.suggestions.get('JYTEST000001');
    assert.equal(result.view, 'public');
    assert.equal(server.requests.length, 3);
  });

  test('a 429 or 503 is retried after the Retry-After the server asked for, in seconds or as a date', async () => {
    // An HTTP date has whole seconds: 2 s ahead is at least 1 s away.
    for (const [status, retryAfter] of [[429, () => '1'], [503, () => new Date(Date.now() + 2000).toUTCString()]] as const) {
      const server = await serve((_request, response, attempt) =>
        attempt === 1 ? sendJson(response, status, { title: '操作过于频繁', status, code: 'rate_limited' }, { 'retry-after': retryAfter() }) : sendJson(response, 200, []),
      );
      const client = createClient({ baseUrl: server.baseUrl });
      const started = performance.now();
      await client.meta.categories();
      assert.equal(server.requests.length, 2);
      assert.ok(performance.now() - started >= 900, `${status}: waited about a second`);
    }
  });

  test('aborting while a retry waits stops at once, without another attempt', async () => {
    const server = await serve((_request, response) => sendJson(response, 503, { title: '忙', status: 503, code: 'unavailable' }, { 'retry-after': '30' }));
    const client = createClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 300);
    const error = await rejection(client.meta.categories({ signal: controller.signal }));
    assert.equal(error.code, 'aborted');
    assert.ok(performance.now() - started < 2000);
    assert.equal(server.requests.length, 1);
  });

  test('a write refused with 429 is reported at once with how long to wait, not waited out', async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 429, { title: '操作过于频繁，请 30 秒后再试', status: 429, code: 'rate_limited', retryAfter: 30 }, { 'retry-after': '30' }),
    );
    const client = createClient({ baseUrl: server.baseUrl });
    const started = performance.now();
    const error = await rejection(client.topics.comment('t1', { body: '建议增开夜班公交' }));
    assert.ok(performance.now() - started < 2000);
    assert.equal(server.requests.length, 1);
    assert.equal(error.retryAfter, 30);
    assert.equal(error.retryable, true);
    assert.equal(error.message, '操作过于频繁，请 30 秒后再试');
  });

  test('problem+json becomes a typed error with field messages in the server’s words', async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 422, {
        type: 'https://jianyi.dev/problems/validation',
        title: '提交的内容有误',
        status: 422,
        code: 'validation_failed',
        errors: [{ field: 'contact.phone', message: '请输入正确的 11 位手机号码' }, { field: 'title', message: '至少需要 5 个字' }],
      }),
    );
    const client = createClient({ baseUrl: server.baseUrl, retry: fastRetry });
    const error = await rejection(client.suggestions.create(validInput));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 422);
    assert.equal(error.retryable, false);
    assert.deepEqual(error.fieldErrors, { 'contact.phone': '请输入正确的 11 位手机号码', title: '至少需要 5 个字' });
    assert.equal(server.requests.length, 1, 'a 422 is not retried');
  });

  test('a refused action lists the actions that are legal now', async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 409, { title: '当前状态下不能执行', status: 409, code: 'action_not_allowed', allowedActions: ['accept', 'reject', 'merge'] }),
    );
    const client = createClient({ baseUrl: server.baseUrl, token: 'staff-token' });
    const error = await rejection(client.suggestions.act('JYTEST000001', { type: 'start' }));
    assert.equal(error.code, 'action_not_allowed');
    assert.deepEqual(error.allowedActions, ['accept', 'reject', 'merge']);
    assert.equal(server.requests[0]!.headers.authorization, 'Bearer staff-token');
  });

  test('an error page that is not problem+json still becomes a typed, localized error', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not Found</h1>');
    });
    const client = createClient({ baseUrl: server.baseUrl, locale: 'en' });
    const error = await rejection(client.suggestions.get('JYNOPE000000'));
    assert.equal(error.code, 'http_404');
    assert.equal(error.message, 'Nothing was found; check the tracking code');
  });

  test('an answer that is not JSON is invalid_response, never a silently wrong object', async () => {
    const answers = [
      (response: Parameters<typeof sendJson>[0]) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"view": "full", "suggest');
      },
      // A proxy or a single-page host answering every path with its HTML page.
      (response: Parameters<typeof sendJson>[0]) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>门户首页</title>');
      },
    ];
    for (const answer of answers) {
      const server = await serve((_request, response) => answer(response));
      const client = createClient({ baseUrl: server.baseUrl, retry: 0 });
      const error = await rejection(client.suggestions.get('JY1'));
      assert.equal(error.code, 'invalid_response');
      assert.equal(error.status, 200);
      assert.equal(error.message, '服务器返回的数据无法识别，请稍后重试或联系网站管理员');
    }
  });

  test('a JSON answer is returned as the server sent it: responses are typed, not checked against the schemas', async () => {
    // What the schemas would refuse (an unknown status) or drop (an extra field) comes through
    // as it is; an integrator who wants the check runs v.parse(SuggestionDetailSchema, answer).
    const sent = { view: 'full', suggestion: { id: 'JY1', status: 'flying' }, events: [], allowedActions: [], extra: 1 };
    const server = await serve((_request, response) => sendJson(response, 200, sent));
    const client = createClient({ baseUrl: server.baseUrl });
    assert.deepEqual(await client.suggestions.get('JY1'), sent);
  });

  test('a server that does not answer times out with a retryable error', async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const client = createClient({ baseUrl: server.baseUrl, timeoutMs: 200, retry: 0 });
    const started = performance.now();
    const error = await rejection(client.meta.categories());
    assert.equal(error.code, 'timeout');
    assert.ok(isNetworkError(error));
    assert.ok(error.retryable);
    assert.ok(performance.now() - started < 2000);
  });

  test('an aborted call stops at once and is not retried', async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const client = createClient({ baseUrl: server.baseUrl, retry: fastRetry });
    const controller = new AbortController();
    const call = rejection(client.suggestions.create(validInput, { signal: controller.signal }));
    // Aborted once the server has the request (not after a fixed time, which a busy machine
    // may spend before sending): what matters is that nothing is sent after the abort.
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await call;
    assert.equal(error.code, 'aborted');
    assert.equal(error.retryable, false);
    await new Promise((resolve) => setTimeout(resolve, 100)); // ten retry delays
    assert.equal(server.requests.length, 1);
  });

  test('a timeout and an abort end the call even when the garbage collector runs while fetch waits', { timeout: 5000 }, async () => {
    // Node's fetch follows a request's signal through a weak reference: once collected, an
    // abort alone never reached it and a call to a silent server hung.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const collecting = setInterval(gc, 20);
    try {
      const server = await serve(() => {
        /* never answers */
      });
      const timedOut = await rejection(createClient({ baseUrl: server.baseUrl, timeoutMs: 300, retry: 0 }).meta.categories());
      assert.equal(timedOut.code, 'timeout');
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const aborted = await rejection(createClient({ baseUrl: server.baseUrl }).meta.categories({ signal: controller.signal }));
      assert.equal(aborted.code, 'aborted');
    } finally {
      clearInterval(collecting);
    }
  });

  test('no server at all is a network error that keeps what was typed', async () => {
    const server = await serve(() => {});
    const { baseUrl } = server;
    await server.close();
    const client = createClient({ baseUrl, retry: 0 });
    const error = await rejection(client.suggestions.create(validInput));
    assert.equal(error.code, 'network_error');
    assert.match(error.message, /内容已保留/);
  });

  test('invalid input is refused before anything is sent, with the message next to its field', async () => {
    const server = await serve((_request, response) => sendJson(response, 201, createdResponse()));
    const client = createClient({ baseUrl: server.baseUrl, locale: 'zh-TW' });
    const error = await rejection(client.suggestions.create({ ...validInput, title: '井蓋', contact: { phone: '110' } }));
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.fieldErrors, { title: '至少需要 5 個字', 'contact.phone': '請輸入正確的 11 位手機號碼' });
    assert.equal(server.requests.length, 0);
  });

  test('staff input is checked by the server, whose field messages come back as they are', async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 422, { title: '提交的内容有误', status: 422, code: 'validation_failed', errors: [{ field: 'reason', message: '请填写理由' }] }),
    );
    const client = createClient({ baseUrl: server.baseUrl, token: 'staff-token' });
    const error = await rejection(client.suggestions.act('JYTEST000001', { type: 'reject' } as never));
    assert.equal(server.requests.length, 1, 'sent: the client carries no staff schemas');
    assert.deepEqual(JSON.parse(server.requests[0]!.body.toString()), { type: 'reject' });
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.fieldErrors, { reason: '请填写理由' });
  });

  test('a fetch option is called with one Request that carries the call’s headers', async () => {
    const server = await serve((_request, response) => sendJson(response, 201, createdResponse()));
    const seen: Request[] = [];
    const client = createClient({ baseUrl: server.baseUrl, fetch: (request) => (seen.push(request as Request), fetch(request)) });
    await client.suggestions.create(validInput, { idempotencyKey: 'draft-key-0001-abcdef' });
    assert.ok(seen[0] instanceof Request);
    assert.equal(seen[0].headers.get('idempotency-key'), 'draft-key-0001-abcdef');
    assert.equal(server.requests.length, 1);
  });

  test('list filters go into the query and iterate walks every page', async () => {
    const all = ['JYA000000001', 'JYA000000002', 'JYA000000003', 'JYA000000004', 'JYA000000005'];
    const server = await serve((request, response) => {
      const url = new URL(request.url, 'http://x');
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const items = all.slice(start, start + 2).map((id) => toPublic({ ...createdResponse(id).suggestion, status: 'assigned' }));
      sendJson(response, 200, { items, nextCursor: start + 2 < all.length ? String(start + 2) : null });
    });
    const client = createClient({ baseUrl: server.baseUrl });
    const seen: string[] = [];
    for await (const suggestion of client.suggestions.iterate({ status: 'assigned', categoryId: 'urban', limit: 2 })) seen.push(suggestion.id);
    assert.deepEqual(seen, all);
    assert.equal(server.requests.length, 3);
    const first = new URL(server.requests[0]!.url, 'http://x');
    assert.equal(first.pathname, '/v1/suggestions');
    assert.equal(first.searchParams.get('status'), 'assigned');
    assert.equal(first.searchParams.get('categoryId'), 'urban');
  });

  test('an upload reports progress up to its full size and sends the bytes as they are', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    const server = await serve((request, response) =>
      sendJson(response, 201, { id: 'att_1', url: '/v1/attachments/att_1', mime: 'image/png', size: request.body.length }),
    );
    const client = createClient({ baseUrl: server.baseUrl });
    const progress: number[] = [];
    const attachment = await client.suggestions.uploadAttachment(new Blob([bytes], { type: 'image/png' }), {
      onProgress: (loaded) => progress.push(loaded),
    });
    assert.equal(attachment.size, bytes.length);
    assert.ok(server.requests[0]!.body.equals(Buffer.from(bytes)));
    assert.equal(server.requests[0]!.headers['content-type'], 'image/png');
    assert.ok(progress.length >= 2, 'more than one progress report');
    assert.equal(progress.at(-1), bytes.length);
  });

  test('the submitter’s access key and the voter token travel in headers', async () => {
    const server = await serve((request, response) => {
      if (request.url.includes('/votes')) {
        return sendJson(response, 201, {
          vote: { topicId: 't1', optionIds: ['o1'], at: '2026-03-02T01:00:00.000Z' },
          counted: true,
          voterToken: 'voter-from-server-0001',
          topic: {
            id: 't1', title: '优先发展城市公交', description: '请提出意见建议。', opensAt: '2026-03-01T00:00:00.000Z',
            closesAt: '2026-04-01T00:00:00.000Z', state: 'open', aspects: [], createdAt: '2026-03-01T00:00:00.000Z',
            counts: { participants: 1, votes: 1, comments: 0, options: { o1: 1 } },
          },
        });
      }
      sendJson(response, 200, { ...createdResponse(), accessKey: undefined });
    });
    const client = createClient({ baseUrl: server.baseUrl });
    await client.suggestions.get('JYTEST000001', { accessKey: 'key-from-create-000001' });
    assert.equal(server.requests[0]!.headers['x-access-key'], 'key-from-create-000001');
    await client.topics.vote('t1', { optionIds: ['o1'] });
    await client.topics.vote('t1', { optionIds: ['o1'] });
    assert.equal(server.requests[1]!.headers['x-voter-token'], undefined, 'no token before the first vote');
    assert.equal(server.requests[2]!.headers['x-voter-token'], 'voter-from-server-0001', 'the issued token is sent next time');
  });
});
