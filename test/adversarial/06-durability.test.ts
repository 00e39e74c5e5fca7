// A server killed with SIGKILL in the middle of a stream of submissions (a power cut, the
// OOM killer) loses nothing it acknowledged: after a restart every suggestion that got a
// 201 is there exactly once and whole, and a citizen's retry of one whose answer never
// arrived (same Idempotency-Key) neither loses nor doubles it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, type SuggestionInput } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { tally } from './support/tally.js';

const workers = 6;
const killAfterMs = 1500;

for (const { kind, skip } of await databaseKinds()) {
  describe(`durability through kill -9 on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('every acknowledged suggestion survives exactly once, none half-written', async () => {
      const marker = `断电测试${kind}`;
      const inputFor = (n: number): SuggestionInput => ({
        categoryId: 'urban',
        title: `${marker} 第${n}条`,
        body: `第 ${n} 条建议的完整正文，用来检查断电后内容是否完整保存。`.repeat(3),
        anonymous: true,
      });
      const keyFor = (n: number) => `durability-${kind}-${String(n).padStart(6, '0')}`;
      const acknowledged = new Map<number, string>();
      const unanswered: number[] = [];
      let next = 0;
      let killed = false;

      async function worker() {
        while (!killed) {
          const n = next++;
          try {
            const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': keyFor(n) },
              body: JSON.stringify(inputFor(n)),
            });
            const body = (await response.json()) as { suggestion?: { id: string } };
            if (response.status === 201) acknowledged.set(n, body.suggestion!.id);
            else unanswered.push(n);
          } catch {
            unanswered.push(n); // the connection died with the server
          }
        }
      }
      const load = Promise.all(Array.from({ length: workers }, worker));
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await server.stop('SIGKILL');
      killed = true;
      await load;
      assert.ok(acknowledged.size >= 5, `some submissions were acknowledged before the kill (${acknowledged.size})`);

      await server.restart();
      const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
      for (const [n, id] of acknowledged) {
        const { suggestion, events } = await dispatcher.suggestions.get(id);
        assert.equal(suggestion.title, inputFor(n).title, `${id} kept its title`);
        assert.equal(suggestion.body, inputFor(n).body, `${id} kept its whole body`);
        assert.deepEqual(events.map((event) => event.type), ['submit'], `${id} has its one submit event`);
      }
      // The citizens whose answer was lost retry with the same key, as the SDK and form do,
      // waiting as Retry-After says while the server cannot yet tell the first try is dead.
      for (const n of unanswered) {
        const giveUpAt = Date.now() + 20_000;
        let status = 0;
        while (Date.now() < giveUpAt) {
          const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': keyFor(n) },
            body: JSON.stringify(inputFor(n)),
          });
          status = response.status;
          if (status !== 409) break;
          await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
        }
        assert.equal(status, 201, `retry of ${n}`);
      }
      const titles: string[] = [];
      for await (const suggestion of dispatcher.suggestions.iterate({ q: marker, limit: 100 })) titles.push(suggestion.title);
      const expected = [...acknowledged.keys(), ...unanswered].map((n) => inputFor(n).title).sort();
      assert.deepEqual(titles.sort(), expected, 'each submission stored exactly once');
      tally(`06 durability: submissions around a kill -9 (${kind})`, acknowledged.size + unanswered.length);
    });
  });
}
