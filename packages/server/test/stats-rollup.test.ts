// Statistics read whole days from the `stats_daily` rollup that triggers keep. Checked here
// against core's in-memory reference (the one the mocks use), which counts the stored
// suggestions one by one: after seeding, after creates and after reassignments, for every
// grouping and for ranges that start and end mid-day.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { StatsGrouping, Suggestion, SuggestionEvent } from '@jianyi/core';
// The reference lives with the mocks and is not exported from the package.
import { computeStats as referenceStats } from '../../core/src/mocks/store/stats.js';
import { openDatabase, type DatabaseHandle } from '../src/store/database.js';
import { computeStats } from '../src/store/stats.js';
import { parseSettings } from '../src/settings.js';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

const dayMs = 86_400_000;
const groupings: (StatsGrouping | undefined)[] = [undefined, 'category', 'department', 'channel', 'month'];
const label = (grouping: StatsGrouping, key: string) => `${grouping}:${key}`;

async function records(database: DatabaseHandle) {
  const rows = await database.db.selectFrom('suggestions').select(['id', 'data']).execute();
  const events = await database.db.selectFrom('suggestion_events').select(['suggestion_id', 'data']).execute();
  return rows.map((row) => ({
    suggestion: JSON.parse(row.data) as Suggestion,
    events: events.filter((event) => event.suggestion_id === row.id).map((event) => JSON.parse(event.data) as SuggestionEvent),
  }));
}

for (const { kind, skip } of await databaseKinds()) {
  describe(`statistics from the daily rollup on ${kind}`, { skip }, () => {
    let server: TestServer;
    let database: DatabaseHandle;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
      database = await openDatabase(parseSettings(server.databaseArgs, {}));
    });
    after(async () => {
      await database?.close();
      await server?.dispose();
    });

    async function assertSameAsReference(when: string) {
      const now = new Date().toISOString();
      const all = await records(database);
      const nowMs = Date.parse(now);
      const ranges = [
        {},
        { from: new Date(nowMs - 20 * dayMs - 3_600_000 * 5).toISOString() },
        { to: new Date(nowMs - 7 * dayMs + 1234).toISOString() },
        { from: new Date(nowMs - 40 * dayMs + 999).toISOString(), to: new Date(nowMs - 2 * dayMs - 77_000).toISOString() },
        { from: new Date(Math.floor(nowMs / dayMs) * dayMs - 30 * dayMs).toISOString(), to: new Date(Math.floor(nowMs / dayMs) * dayMs).toISOString() },
        { from: new Date(nowMs - 3_600_000).toISOString(), to: new Date(nowMs + 60_000).toISOString() },
      ];
      for (const groupBy of groupings) {
        for (const range of ranges) {
          const expected = referenceStats({ records: all, groupBy, ...range, now, label });
          const actual = await computeStats(database.db, database.dialect, { groupBy, ...range, now, labels: label });
          assert.deepEqual(actual, expected, `${when}: groupBy ${groupBy ?? 'none'}, ${JSON.stringify(range)}`);
        }
      }
      return all.length;
    }

    test('the seeded demo, then new suggestions and reassignments, match a count of every suggestion', async () => {
      const seeded = await assertSameAsReference('after seeding');
      assert.ok(seeded >= 10, `${seeded} demo suggestions`);

      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ categoryId: i ? 'urban' : 'transport', title: `东湖路井盖缺失 ${i}`, body: '东湖路人行道的井盖缺失一周了，夜间行人容易踩空。', anonymous: true }),
        });
        assert.equal(response.status, 201);
      }
      await assertSameAsReference('after creates');

      // Accepted suggestions moved to another department: each leaves one group for another.
      const listed = await fetch(`${server.baseUrl}/v1/suggestions?status=accepted&limit=50`, { headers: { authorization: 'Bearer demo-dispatcher' } });
      const ids = ((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id).slice(0, 5);
      assert.ok(ids.length > 0, 'the demo has accepted suggestions');
      const assigned = await fetch(`${server.baseUrl}/v1/suggestions/bulk-assign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo-dispatcher' },
        body: JSON.stringify({ ids, departmentId: 'transport', coDepartmentIds: [] }),
      });
      assert.equal(assigned.status, 200);
      const results = ((await assigned.json()) as { results: { ok: boolean }[] }).results;
      assert.ok(results.some((result) => result.ok), JSON.stringify(results));
      await assertSameAsReference('after reassignments');
    });
  });
}
