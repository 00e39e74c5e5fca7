// Statistics read whole days from the `stats_daily` rollup that triggers keep. Checked here
// against core's in-memory reference (the one the mocks use), which counts the stored
// suggestions one by one: after seeding, after creates and after reassignments, for every
// grouping and for ranges that start and end mid-day; then over three years of history,
// for ranges on and across month and year boundaries, at fixed clocks (overdue), and after
// random changes, where the trigger-kept day, month and year tables must equal a rebuild.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { isOverdue, type StatsGrouping, type Suggestion, type SuggestionEvent } from '@jianyi/core';
// The reference lives with the mocks and is not exported from the package.
import { computeStats as referenceStats } from '../../core/src/mocks/store/stats.js';
import { openDatabase, type DatabaseHandle } from '../src/store/database.js';
import { computeStats } from '../src/store/stats.js';
import { rebuildStatsRollup, rollupLevels } from '../src/store/stats-rollup.js';
import { insertSuggestion, listSuggestions } from '../src/store/suggestions.js';
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
      return assertRanges(when, now, rangesAround(now));
    }

    function rangesAround(now: string): { from?: string; to?: string }[] {
      const nowMs = Date.parse(now);
      return [
        {},
        { from: new Date(nowMs - 20 * dayMs - 3_600_000 * 5).toISOString() },
        { to: new Date(nowMs - 7 * dayMs + 1234).toISOString() },
        { from: new Date(nowMs - 40 * dayMs + 999).toISOString(), to: new Date(nowMs - 2 * dayMs - 77_000).toISOString() },
        { from: new Date(Math.floor(nowMs / dayMs) * dayMs - 30 * dayMs).toISOString(), to: new Date(Math.floor(nowMs / dayMs) * dayMs).toISOString() },
        { from: new Date(nowMs - 3_600_000).toISOString(), to: new Date(nowMs + 60_000).toISOString() },
      ];
    }

    async function assertRanges(when: string, now: string, ranges: { from?: string; to?: string }[]) {
      const all = await records(database);
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

    test('three years of history: month and year boundaries, fixed clocks, random changes', async () => {
      // The demo again, moved back by up to three years: every time in it shifted alike.
      const nowMs = Date.parse(new Date().toISOString());
      const shift = (value: unknown, ms: number): unknown => {
        if (Array.isArray(value)) return value.map((item) => shift(item, ms));
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /^at$|At$/.test(k) && typeof v === 'string' ? new Date(Date.parse(v) + ms).toISOString() : shift(v, ms)]));
        return value;
      };
      const demo = await records(database);
      let n = 0;
      for (const days of [29, 61, 95, 183, 366, 400, 540, 731, 800, 1000]) {
        for (const { suggestion, events } of demo) {
          const ms = -(days * dayMs + (n % 7) * 3_600_000 + n * 60_001);
          const id = `JYH${String(n++).padStart(9, '0')}`;
          const moved = { ...(shift(suggestion, ms) as Suggestion), id };
          await insertSuggestion(database.db, moved, 'test', (shift(events, ms) as SuggestionEvent[]).map((event) => ({ ...event, suggestionId: id })));
        }
      }
      const year = new Date(nowMs).getUTCFullYear();
      const month = new Date(nowMs).getUTCMonth();
      const at = (y: number, m: number, d = 1, h = 0) => new Date(Date.UTC(y, m, d, h)).toISOString();
      const boundaries = [
        { from: at(year - 1, 0), to: at(year, 0) }, // one whole year
        { from: at(year - 2, 0), to: at(year, month) }, // whole years, then whole months
        { from: at(year - 2, 5, 15, 13), to: at(year, month, 10, 9) }, // years, months, days and part-days
        { from: at(year - 3, 11, 31, 23), to: at(year - 2, 0, 1, 1) }, // across New Year, part-days only
        { from: at(year - 1, 11, 31), to: at(year, 0, 2) }, // two whole days across New Year
        { from: at(year - 1, 1), to: at(year - 1, 2) }, // one whole month
        { from: at(year - 1, 1, 28, 12), to: at(year - 1, 3, 1) }, // the end of a month, then a whole month
        { from: at(year - 2, 3) }, // from a month start, open end
        { to: at(year - 1, 6, 4, 5) }, // open start, to mid-day
      ];
      // Overdue depends on the clock: before every deadline, now, and after all of them.
      for (const clock of [new Date(nowMs - 1200 * dayMs).toISOString(), new Date(nowMs).toISOString(), new Date(nowMs + 400 * dayMs).toISOString()]) {
        await assertRanges(`history at ${clock}`, clock, [...boundaries, ...rangesAround(clock)]);
      }

      // The overdue list is every overdue suggestion, newest first.
      const now = new Date(nowMs).toISOString();
      const all = await records(database);
      const expected = all
        .map(({ suggestion }) => suggestion)
        .filter((suggestion) => isOverdue(suggestion, now))
        .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
        .map((suggestion) => suggestion.id);
      const page = await listSuggestions(database.db, { overdue: true, limit: 10_000 }, { now });
      assert.deepEqual(page.items.map((item) => item.id), expected);
      assert.ok(expected.length > 0, 'some suggestions are overdue');

      // Random changes straight in SQL, as no route makes them: the triggers' tables must
      // equal a rebuild from the suggestions (a group emptied keeps a row of zeros).
      const ids = all.map(({ suggestion }) => suggestion.id);
      let seed = 7;
      const random = (k: number) => (seed = (seed * 48271) % 2147483647) % k;
      const changes = [
        (id: string) => database.db.updateTable('suggestions').set({ status: 'closed', closed_at: now }).where('id', '=', id),
        (id: string) => database.db.updateTable('suggestions').set({ department_id: ['transport', 'water', null][random(3)]! }).where('id', '=', id),
        (id: string) => database.db.updateTable('suggestions').set({ rating_solved: random(2), rating_satisfaction: ['satisfied', 'unsatisfied', 'basically-satisfied'][random(3)]! }).where('id', '=', id),
        (id: string) => database.db.updateTable('suggestions').set({ first_replied_at: now, accepted_at: null }).where('id', '=', id),
        (id: string) => database.db.updateTable('suggestions').set({ created_at: at(year - 1 - random(2), random(12), 1 + random(28), random(24)) }).where('id', '=', id),
        (id: string) => database.db.updateTable('suggestions').set({ updated_at: now, version: 99 }).where('id', '=', id),
        (id: string) => database.db.deleteFrom('suggestions').where('id', '=', id),
      ];
      for (let i = 0; i < 150; i++) await changes[random(changes.length)]!(ids[random(ids.length)]!).execute();
      const snapshot = async () => {
        const tables: Record<string, unknown[]> = {};
        for (const { table, column } of rollupLevels) {
          const rows = await database.db.selectFrom(table).selectAll().where('received', '!=', 0).orderBy(sql.ref(column)).orderBy('category_id').orderBy('department_id').orderBy('channel').execute();
          tables[table] = rows.map((row) => ({ ...row, reply_days: Math.round(Number(row.reply_days) * 1e6) / 1e6 }));
        }
        return tables;
      };
      const kept = await snapshot();
      await rebuildStatsRollup(database.db as never, database.dialect);
      assert.deepEqual(kept, await snapshot());
      assert.ok((kept.stats_yearly?.length ?? 0) >= 4, 'history spans four calendar years');
    });
  });
}
