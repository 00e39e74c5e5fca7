// Writes that arrive together share one commit on SQLite (store/write-batch.ts), each in
// its own savepoint. Here many at once, some refused after they already wrote (a second
// import of one case number), some repeating one Idempotency-Key: each gets the answer it
// would get alone, what was refused leaves nothing behind, and everything acknowledged is there.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SuggestionDetail } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

const input = (n: number, extra: object = {}) => ({
  categoryId: 'urban',
  title: `一起提交的第 ${n} 条建议`,
  body: `第 ${n} 条：同一时刻到达的请求共用一次提交，每一条都要完整保存。`,
  anonymous: true,
  ...extra,
});

for (const { kind, skip } of await databaseKinds()) {
  describe(`writes arriving together on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    async function post(body: object, key: string, token?: string) {
      const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { suggestion?: { id: string }; code?: string; existingId?: string } };
    }

    test('each request gets its own answer; refused ones leave nothing', async () => {
      const run = `${kind}-${Date.now()}`;
      const requests = [];
      for (let n = 0; n < 60; n++) requests.push(post(input(n), `together-${run}-${n}`));
      // Imports of one case number: one is stored, the others are refused after their claim was written.
      for (let n = 0; n < 8; n++) requests.push(post(input(100 + n, { channel: 'hotline-12345', externalRef: `GC-${run}` }), `import-${run}-${n}`, 'demo-integrator'));
      for (let n = 0; n < 5; n++) requests.push(post(input(200), `same-${run}`));
      for (let n = 0; n < 5; n++) requests.push(post(input(300, { categoryId: 'no-such-category' }), `unknown-${run}-${n}`));
      const answers = await Promise.all(requests);

      const plain = answers.slice(0, 60);
      assert.ok(plain.every((answer) => answer.status === 201), `plain creates: ${plain.map((a) => a.status)}`);
      assert.equal(new Set(plain.map((answer) => answer.body.suggestion!.id)).size, 60);

      const imports = answers.slice(60, 68);
      const stored = imports.filter((answer) => answer.status === 201);
      assert.equal(stored.length, 1, `one import stored: ${imports.map((a) => a.status)}`);
      for (const refused of imports.filter((answer) => answer.status !== 201)) {
        assert.equal(refused.status, 409);
        assert.equal(refused.body.existingId, stored[0]!.body.suggestion!.id);
      }

      const same = answers.slice(68, 73);
      const sameIds = new Set(same.filter((answer) => answer.status === 201).map((answer) => answer.body.suggestion!.id));
      assert.equal(sameIds.size, 1, 'one suggestion for one key');
      assert.ok(same.every((answer) => answer.status === 201 || answer.body.code === 'idempotency_in_progress'));

      assert.ok(answers.slice(73).every((answer) => answer.status === 422));

      // Everything acknowledged is stored, whole; retries of refused keys get the same refusal.
      for (const answer of [...plain, ...stored]) {
        const response = await fetch(`${server.baseUrl}/v1/suggestions/${answer.body.suggestion!.id}`, { headers: { authorization: 'Bearer demo-dispatcher' } });
        assert.equal(response.status, 200);
        assert.equal(((await response.json()) as SuggestionDetail).events.length, 1);
      }
      const retried = await post(input(300, { categoryId: 'no-such-category' }), `unknown-${run}-0`);
      assert.equal(retried.status, 422);
      const list = await fetch(`${server.baseUrl}/v1/suggestions?q=${encodeURIComponent('一起提交的第 300 条')}&limit=100`, { headers: { authorization: 'Bearer demo-dispatcher' } });
      assert.deepEqual(((await list.json()) as { items: { title: string }[] }).items.map((item) => item.title), [], 'a refused create stored nothing');
    });
  });
}
