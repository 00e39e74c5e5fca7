// 1,000,000 suggestions loaded straight into SQLite (prepared statements, 20,000 rows a
// transaction), then the list and stats queries the API runs, timed through the store
// functions the routes call. The rows are core's demo suggestions (every state) repeated
// with new tracking codes and creation times spread over three years.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { buildDemoData } from '@jianyi/core/demo-data';
import { openDatabase } from '../packages/server/dist/store/database.js';
import { seedDemo } from '../packages/server/dist/store/seed-demo.js';
import { listSuggestions, suggestionColumns } from '../packages/server/dist/store/suggestions.js';
import { computeStats } from '../packages/server/dist/store/stats.js';
import { rebuildStatsRollup } from '../packages/server/dist/store/stats-rollup.js';
import { percentile } from './summary.mjs';

const published = ['accepted', 'assigned', 'in_progress', 'replied', 'under_review', 'closed'];
const timeColumns = ['created_at', 'updated_at', 'accept_due_at', 'due_at', 'accepted_at', 'first_replied_at', 'closed_at'];
const threeYearsMs = 3 * 365 * 86_400_000;
/** Suggestions younger than this are in every state; older ones are closed. */
export const openWindowDays = 90;

function shift(iso, ms) {
  return iso === null ? null : new Date(Date.parse(iso) + ms).toISOString();
}

/** Bulk-loads `count` suggestions; returns seconds taken. */
function bulkLoad(file, count, now) {
  const templates = buildDemoData(now.toISOString()).suggestions.map(({ suggestion, events }) => ({
    suggestion,
    row: { ...suggestionColumns(suggestion), accepted_at: events.find((e) => e.type === 'accept')?.at ?? null, access_key_hash: 'bench' },
  }));
  // A real three-year history: what is older than the open window has long been closed.
  const closed = templates.filter(({ row }) => row.status === 'closed');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // Row-by-row rollup triggers would make the load several times slower; they are dropped
  // here, and the rollups (day, month, year) are rebuilt in one pass afterwards (rebuildStatsRollup).
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'suggestions'").all();
  for (const { name } of triggers) sqlite.exec(`drop trigger ${name}`);
  const names = Object.keys(templates[0].row);
  const insert = sqlite.prepare(`insert into suggestions (${names.join(', ')}) values (${names.map((n) => '@' + n).join(', ')})`);
  const started = performance.now();
  const batch = sqlite.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const old = i / count > openWindowDays / (3 * 365);
      const { suggestion, row } = old ? closed[i % closed.length] : templates[i % templates.length];
      // Newest first as i grows backwards in time, evenly over three years.
      const delta = Date.parse(now.toISOString()) - Math.round((i / count) * threeYearsMs) - Date.parse(row.created_at);
      const id = `JYB${String(i).padStart(9, '0')}`;
      const values = { ...row, id };
      for (const column of timeColumns) values[column] = shift(row[column], delta);
      values.data = JSON.stringify({ ...suggestion, id, createdAt: values.created_at, updatedAt: values.updated_at });
      insert.run(values);
    }
  });
  for (let from = 0; from < count; from += 20_000) batch(from, Math.min(count, from + 20_000));
  for (const trigger of triggers) sqlite.exec(trigger.sql);
  const loadSeconds = (performance.now() - started) / 1000;
  const analyzeStarted = performance.now();
  sqlite.exec('analyze');
  const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
  sqlite.close();
  return { loadSeconds, analyzeSeconds };
}

async function timeQuery(run, repeats) {
  await run(); // warm the page cache once; every later call is counted
  const samples = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) };
}

export async function millionBench({ count = 1_000_000, repeats = 100 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jianyi-million-'));
  try {
    const now = new Date();
    const handle = await openDatabase({ dataDir });
    await seedDemo(handle, now);
    await handle.close();
    const file = join(dataDir, 'jianyi.sqlite');
    const { loadSeconds, analyzeSeconds } = bulkLoad(file, count, now);
    const database = await openDatabase({ dataDir });
    const { db, dialect } = database;
    const rollupStarted = performance.now();
    await rebuildStatsRollup(db, dialect);
    const rollupSeconds = (performance.now() - rollupStarted) / 1000;
    const open = await db.selectFrom('suggestions').select((eb) => eb.fn.countAll().as('n')).where('status', '!=', 'closed').executeTakeFirstOrThrow();
    const nowIso = now.toISOString();
    const month = nowIso.slice(0, 7);
    const lastMonth = { from: shift(`${month}-01T00:00:00.000Z`, -31 * 86_400_000).slice(0, 8) + '01T00:00:00.000Z', to: `${month}-01T00:00:00.000Z` };
    const labels = (_grouping, key) => key;
    const queries = {
      'public list, newest 20': () => listSuggestions(db, { limit: 20 }, { now: nowIso, statuses: published }),
      'dispatcher list, submitted': () => listSuggestions(db, { status: 'submitted', limit: 20 }, { now: nowIso }),
      'list by category': () => listSuggestions(db, { categoryId: 'transport', limit: 20 }, { now: nowIso }),
      'department inbox': () => listSuggestions(db, { limit: 20 }, { now: nowIso, departmentId: 'transport' }),
      'list overdue': () => listSuggestions(db, { overdue: true, limit: 20 }, { now: nowIso }),
      'list, last month': () => listSuggestions(db, { ...lastMonth, limit: 20 }, { now: nowIso }),
      'stats, all time': () => computeStats(db, dialect, { now: nowIso, labels }),
      'stats by category, all time': () => computeStats(db, dialect, { groupBy: 'category', now: nowIso, labels }),
      'stats by month, all time': () => computeStats(db, dialect, { groupBy: 'month', now: nowIso, labels }),
      'stats, last month': () => computeStats(db, dialect, { ...lastMonth, now: nowIso, labels }),
      'stats by department, last month': () => computeStats(db, dialect, { ...lastMonth, groupBy: 'department', now: nowIso, labels }),
    };
    const results = {};
    for (const [name, run] of Object.entries(queries)) {
      // Whole-table stats take long enough that fewer repeats say as much.
      results[name] = await timeQuery(run, name.includes('all time') ? Math.max(5, Math.round(repeats / 10)) : repeats);
    }
    await database.close();
    return { count, openWindowDays, open: Number(open.n), loadSeconds, analyzeSeconds, rollupSeconds, fileBytes: statSync(file).size, queries: results };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await millionBench({ count: Number(process.argv[2] ?? 1_000_000) }), null, 1));
}
