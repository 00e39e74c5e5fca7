// The client through msw's Node interceptor, the way widget tests and stories use it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient } from '../src/client/create-client.js';
import { isJianyiError } from '../src/client/errors.js';
import { createdResponse, validInput } from './support/fixtures.js';

const baseUrl = 'http://jianyi.test';
const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

describe('client through msw', () => {
  test('a network failure during create is retried with the same key and creates once', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${baseUrl}/v1/suggestions`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(createdResponse(), { status: 201 });
      }),
    );
    const client = createClient({ baseUrl, retry: { limit: 2, delayMs: () => 5 } });
    const created = await client.suggestions.create(validInput);
    assert.equal(created.accessKey.length, 32);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
  });

  test('a network failure of a POST without a key is reported, not repeated', async () => {
    let calls = 0;
    server.use(
      http.post(`${baseUrl}/v1/attachments`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const client = createClient({ baseUrl, retry: { limit: 2, delayMs: () => 5 } });
    await assert.rejects(client.suggestions.uploadAttachment(new Blob(['x'], { type: 'image/png' })), (error) => {
      assert.ok(isJianyiError(error));
      assert.equal(error.code, 'network_error');
      assert.equal(error.retryable, true);
      return true;
    });
    assert.equal(calls, 1);
  });

  test('Accept-Language carries the client locale, so server messages come back in it', async () => {
    let language: string | null = null;
    server.use(
      http.get(`${baseUrl}/v1/categories`, ({ request }) => {
        language = request.headers.get('accept-language');
        return HttpResponse.json([{ id: 'urban', name: '城市管理', handlingDays: 15 }]);
      }),
    );
    const categories = await createClient({ baseUrl, locale: 'zh-TW' }).meta.categories();
    assert.deepEqual(categories, [{ id: 'urban', name: '城市管理', handlingDays: 15 }]);
    assert.equal(language, 'zh-TW');
  });
});
