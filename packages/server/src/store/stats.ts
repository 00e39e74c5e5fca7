import { addTallies, emptyTally, statsCounts, type Stats, type StatsGrouping, type StatsTally } from '@jianyi/core';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.js';
import { replyDaysSql } from './stats-rollup.js';
import { rollupLevels, type RollupLevel } from './stats-rollup.js';
import { overdueParts } from './suggestions.js';
import type { Database, RollupCounts } from './schema.js';

/**
 * Statistics are exact at any moment. A range is read from the rollups (stats-rollup.ts),
 * coarsest first: whole years from `stats_yearly`, the whole months at either side from
 * `stats_monthly`, the whole days beyond those from `stats_daily`, and the part-days at the
 * very ends from the suggestions themselves. Overdue, which depends on the time of asking,
 * is counted inside the partial indexes of open suggestions by deadline. So a request
 * reads at most (years + 22 months + 60 days) × groups rollup rows, two part-days of
 * suggestions, and the overdue suggestions: not every suggestion ever received.
 */
export interface StatsRequest {
  groupBy?: StatsGrouping | undefined;
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  labels: (grouping: StatsGrouping, key: string) => string;
}

/** One group's sums, from the rollup or from a scan: the rollup's counts under a group key. */
type Row = Omit<RollupCounts, 'reply_days'> & { key: string | null; reply_days: number | null };

/** A half-open range of creation times; either end may be open. */
interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The key of a group, on `suggestions` (created_at) or on a rollup (its period column).
 * Without a grouping the key is a constant and the query is not grouped (PostgreSQL
 * refuses to group by one).
 */
function groupKey(groupBy: StatsGrouping | undefined, timeColumn: 'created_at' | RollupLevel['column']) {
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

/** Whole periods of one level from its rollup; `from` and `to` are period starts. */
function rollupCounts(db: Kysely<Database>, groupBy: StatsGrouping | undefined, { level, from, to }: Segment) {
  const { table, column, length } = level;
  const key = groupKey(groupBy, column);
  let select = db.selectFrom(table).select([
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
  if (from) select = select.where(sql.ref(column), '>=', from.slice(0, length));
  if (to) select = select.where(sql.ref(column), '<', to.slice(0, length));
  return (groupBy ? select.groupBy(key) : select).execute() as Promise<Row[]>;
}

/**
 * Overdue suggestions created in the range, by group: two range scans over the partial
 * indexes of open suggestions by deadline (migration 0005), which hold every column read
 * here, so the cost is the number of overdue suggestions, without a table lookup each.
 * Materialized, and the range applied after: pushed into the scans, SQLite took the
 * (status, created_at) index instead and looked every row up (15 ms instead of 6 ms at
 * 1,000,000 suggestions, 24,200 overdue).
 */
async function overdueCounts(db: Kysely<Database>, groupBy: StatsGrouping | undefined, range: Range, now: string) {
  const key = groupKey(groupBy, 'created_at');
  let select = db
    .with(
      (cte) => cte('overdue').materialized(),
      (qb) => {
        const [accepting, handling] = overdueParts(now).map((condition) =>
          qb.selectFrom('suggestions').select(['category_id', 'department_id', 'channel', 'created_at']).where(condition),
        );
        return accepting!.unionAll(handling!);
      },
    )
    .selectFrom('overdue')
    .select([key.as('key'), sql<number>`count(*)`.as('overdue')]);
  if (range.from) select = select.where('created_at', '>=', range.from);
  if (range.to) select = select.where('created_at', '<', range.to);
  return (await (groupBy ? select.groupBy(key) : select).execute()) as { key: string | null; overdue: number }[];
}

/** Where each level's periods start, in UTC: the one holding `ms`, and the next. */
const periodStart: Record<RollupLevel['column'], (ms: number) => number> = {
  day: (ms) => Math.floor(ms / dayMs) * dayMs,
  month: (ms) => Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), 1),
  year: (ms) => Date.UTC(new Date(ms).getUTCFullYear(), 0, 1),
};
const nextPeriod: Record<RollupLevel['column'], (start: number) => number> = {
  day: (start) => start + dayMs,
  month: (start) => Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 1),
  year: (start) => Date.UTC(new Date(start).getUTCFullYear() + 1, 0, 1),
};
/** The first period start at or after `ms`, and the last at or before it; infinities stay. */
const ceilTo = (column: RollupLevel['column'], ms: number) => {
  if (!Number.isFinite(ms)) return ms;
  const start = periodStart[column](ms);
  return start === ms ? ms : nextPeriod[column](start);
};
const floorTo = (column: RollupLevel['column'], ms: number) => (Number.isFinite(ms) ? periodStart[column](ms) : ms);

/** Whole periods of one level, from one period start to another; an open end is undefined. */
export interface Segment {
  level: RollupLevel;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Splits a range into the whole periods the rollups hold, coarsest in the middle: with
 * days, months and years, [2023-03-15 10:00, 2025-08-10 09:00) becomes the year 2024; the
 * months 2023-04…12 and 2025-01…07; the days 2023-03-16…31 and 2025-08-01…09; and the
 * part-days at the two ends, left to a scan of the suggestions.
 */
export function splitByPeriods(range: Range, levels: readonly RollupLevel[]): { segments: Segment[]; parts: Range[] } {
  const fromMs = range.from === undefined ? -Infinity : Date.parse(range.from);
  const toMs = range.to === undefined ? Infinity : Date.parse(range.to);
  // Each level's whole periods inside the range, nested: a finer level's surround a coarser one's.
  const inner = levels.map((level) => ({ level, from: ceilTo(level.column, fromMs), to: floorTo(level.column, toMs) }));
  let coarsest = inner.length - 1;
  while (coarsest >= 0 && !(inner[coarsest]!.from < inner[coarsest]!.to)) coarsest--;
  if (coarsest < 0) return { segments: [], parts: [range] };
  const edge = (ms: number) => (Number.isFinite(ms) ? iso(ms) : undefined);
  const segments: Segment[] = [];
  const add = (level: RollupLevel, from: number, to: number) => {
    if (from < to) segments.push({ level, from: edge(from), to: edge(to) });
  };
  add(inner[coarsest]!.level, inner[coarsest]!.from, inner[coarsest]!.to);
  for (let i = coarsest - 1; i >= 0; i--) {
    add(inner[i]!.level, inner[i]!.from, inner[i + 1]!.from);
    add(inner[i]!.level, inner[i + 1]!.to, inner[i]!.to);
  }
  const days = inner[0]!;
  const parts: Range[] = [];
  if (fromMs < days.from) parts.push({ from: range.from, to: iso(days.from) });
  if (days.to < toMs) parts.push({ from: iso(days.to), to: range.to });
  return { segments, parts };
}

export async function computeStats(db: Kysely<Database>, dialect: Dialect, request: StatsRequest): Promise<Stats> {
  // Compared as text with stored UTC times, so the ends are written the same way.
  const range = { from: request.from && iso(Date.parse(request.from)), to: request.to && iso(Date.parse(request.to)) };
  // Years cannot be grouped by month.
  const levels = request.groupBy === 'month' ? rollupLevels.filter((level) => level.column !== 'year') : rollupLevels;
  const { segments, parts } = splitByPeriods(range, levels);
  const [overdue, ...counts] = await Promise.all([
    overdueCounts(db, request.groupBy, range, request.now),
    ...segments.map((segment) => rollupCounts(db, request.groupBy, segment)),
    ...parts.map((part) => scanCounts(db, dialect, request.groupBy, part)),
  ]);
  const byKey = new Map<string, StatsTally>();
  const add = (key: string | null, tally: StatsTally) => byKey.set(key ?? '', addTallies(byKey.get(key ?? '') ?? emptyTally(), tally));
  for (const row of counts.flat()) add(row.key, tallyOf(row));
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
