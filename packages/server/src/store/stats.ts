import { addTallies, emptyTally, statsCounts, type Stats, type StatsGrouping, type StatsTally } from '@jianyi/core';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.js';
import { replyDaysSql } from './stats-rollup.js';
import { overdueCondition } from './suggestions.js';
import type { Database, StatsDailyTable } from './schema.js';

/**
 * Statistics are exact at any moment. Whole days come from `stats_daily` (one row per day
 * and group, kept by triggers), the part-days at either end of a range from the suggestions
 * themselves, and overdue (which depends on the time of asking) from the open suggestions.
 * So the cost grows with the number of days and groups asked about, not with suggestions.
 */
export interface StatsRequest {
  groupBy?: StatsGrouping | undefined;
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  labels: (grouping: StatsGrouping, key: string) => string;
}

/** One group's sums, from the rollup or from a scan: the rollup's counts under a group key. */
type Row = Omit<StatsDailyTable, 'day' | 'category_id' | 'department_id' | 'channel' | 'reply_days'> & { key: string | null; reply_days: number | null };

/** A half-open range of creation times; either end may be open. */
interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The key of a group, on `suggestions` (created_at) or on `stats_daily` (day). Without a
 * grouping the key is a constant and the query is not grouped (PostgreSQL refuses to group by one).
 */
function groupKey(groupBy: StatsGrouping | undefined, timeColumn: 'created_at' | 'day') {
  switch (groupBy) {
    case 'category':
      return sql<string>`category_id`;
    case 'department':
      return sql<string>`coalesce(department_id, '')`;
    case 'channel':
      return sql<string>`channel`;
    case 'month':
      return sql<string>`substr(${sql.ref(timeColumn)}, 1, 7)`;
    default:
      return sql<string>`''`;
  }
}

function scanCounts(db: Kysely<Database>, dialect: Dialect, groupBy: StatsGrouping | undefined, range: Range) {
  const key = groupKey(groupBy, 'created_at');
  let select = db.selectFrom('suggestions').select([
    key.as('key'),
    sql<number>`count(*)`.as('received'),
    sql<number>`sum(case when accepted_at is not null then 1 else 0 end)`.as('accepted'),
    sql<number>`sum(case when status = 'closed' then 1 else 0 end)`.as('closed'),
    sql<number>`sum(case when rating_solved is not null then 1 else 0 end)`.as('rated'),
    sql<number>`sum(case when rating_solved = 1 then 1 else 0 end)`.as('solved'),
    sql<number>`sum(case when rating_satisfaction in ('satisfied', 'basically-satisfied') then 1 else 0 end)`.as('content'),
    sql<number>`sum(case when first_replied_at is not null then 1 else 0 end)`.as('replied'),
    sql<number | null>`sum(case when first_replied_at is not null then ${sql.raw(replyDaysSql(dialect))} else 0 end)`.as('reply_days'),
  ]);
  if (range.from) select = select.where('created_at', '>=', range.from);
  if (range.to) select = select.where('created_at', '<', range.to);
  return (groupBy ? select.groupBy(key) : select).execute() as Promise<Row[]>;
}

/** Whole days from the rollup; `from` and `to` are day starts. */
function rollupCounts(db: Kysely<Database>, groupBy: StatsGrouping | undefined, range: Range) {
  const key = groupKey(groupBy, 'day');
  let select = db.selectFrom('stats_daily').select([
    key.as('key'),
    sql<number>`sum(received)`.as('received'),
    sql<number>`sum(accepted)`.as('accepted'),
    sql<number>`sum(closed)`.as('closed'),
    sql<number>`sum(rated)`.as('rated'),
    sql<number>`sum(solved)`.as('solved'),
    sql<number>`sum(content)`.as('content'),
    sql<number>`sum(replied)`.as('replied'),
    sql<number | null>`sum(reply_days)`.as('reply_days'),
  ]);
  if (range.from) select = select.where('day', '>=', range.from.slice(0, 10));
  if (range.to) select = select.where('day', '<', range.to.slice(0, 10));
  return (groupBy ? select.groupBy(key) : select).execute() as Promise<Row[]>;
}

async function overdueCounts(db: Kysely<Database>, groupBy: StatsGrouping | undefined, range: Range, now: string) {
  const key = groupKey(groupBy, 'created_at');
  // Found through the (status, deadline) indexes first, then grouped: grouped in one query,
  // SQLite walked a whole grouping index instead (BENCHMARKS.md, 1,000,000 rows).
  const select = db
    .with(
      (cte) => cte('overdue').materialized(),
      (qb) => {
        let open = qb.selectFrom('suggestions').select(['category_id', 'department_id', 'channel', 'created_at']).where(overdueCondition(now));
        if (range.from) open = open.where('created_at', '>=', range.from);
        if (range.to) open = open.where('created_at', '<', range.to);
        return open;
      },
    )
    .selectFrom('overdue')
    .select([key.as('key'), sql<number>`count(*)`.as('overdue')]);
  return (await (groupBy ? select.groupBy(key) : select).execute()) as { key: string | null; overdue: number }[];
}

/** Splits a range into the whole UTC days inside it and the part-days at its ends. */
export function splitByDays(range: Range): { days?: Range; parts: Range[] } {
  const fromMs = range.from === undefined ? undefined : Date.parse(range.from);
  const toMs = range.to === undefined ? undefined : Date.parse(range.to);
  const firstDay = fromMs === undefined ? undefined : Math.ceil(fromMs / dayMs) * dayMs;
  const endDay = toMs === undefined ? undefined : Math.floor(toMs / dayMs) * dayMs;
  if (firstDay !== undefined && endDay !== undefined && firstDay >= endDay) return { parts: [range] };
  const parts: Range[] = [];
  if (fromMs !== undefined && firstDay! > fromMs) parts.push({ from: range.from, to: iso(firstDay!) });
  if (toMs !== undefined && endDay! < toMs) parts.push({ from: iso(endDay!), to: range.to });
  return { days: { from: firstDay === undefined ? undefined : iso(firstDay), to: endDay === undefined ? undefined : iso(endDay) }, parts };
}

export async function computeStats(db: Kysely<Database>, dialect: Dialect, request: StatsRequest): Promise<Stats> {
  // Compared as text with stored UTC times, so the ends are written the same way.
  const range = { from: request.from && iso(Date.parse(request.from)), to: request.to && iso(Date.parse(request.to)) };
  const { days, parts } = splitByDays(range);
  const [rollup, overdue, ...scans] = await Promise.all([
    days ? rollupCounts(db, request.groupBy, days) : Promise.resolve([]),
    overdueCounts(db, request.groupBy, range, request.now),
    ...parts.map((part) => scanCounts(db, dialect, request.groupBy, part)),
  ]);
  const byKey = new Map<string, StatsTally>();
  const add = (key: string | null, tally: StatsTally) => byKey.set(key ?? '', addTallies(byKey.get(key ?? '') ?? emptyTally(), tally));
  for (const row of [...rollup, ...scans.flat()]) add(row.key, tallyOf(row));
  for (const row of overdue) add(row.key, { ...emptyTally(), overdue: Number(row.overdue) });
  // A group every suggestion has left (reassigned) keeps a row of zeros in the rollup.
  const tallies = [...byKey.entries()]
    .filter(([, tally]) => tally.received > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, tally]) => ({ key, tally }));
  const overall = statsCounts(tallies.reduce((sum, { tally }) => addTallies(sum, tally), emptyTally()));
  return {
    ...overall,
    ...(request.from && { from: request.from }),
    ...(request.to && { to: request.to }),
    ...(request.groupBy && { groupBy: request.groupBy }),
    groups: request.groupBy ? tallies.map(({ key, tally }) => ({ key, label: request.labels(request.groupBy!, key), ...statsCounts(tally) })) : [],
  };
}

/** Sums come back as text from some drivers. */
function tallyOf(row: Row): StatsTally {
  return {
    received: Number(row.received),
    accepted: Number(row.accepted),
    closed: Number(row.closed),
    rated: Number(row.rated),
    solved: Number(row.solved),
    content: Number(row.content),
    replied: Number(row.replied),
    replyDaysTotal: Number(row.reply_days ?? 0),
    overdue: 0,
  };
}
