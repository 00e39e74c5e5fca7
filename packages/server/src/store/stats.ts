import { addTallies, emptyTally, statsCounts, type Stats, type StatsGrouping, type StatsTally } from '@jianyi/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';
import { overdueCondition } from './suggestions.js';
import type { Database } from './schema.js';

/**
 * Statistics are aggregated from indexed columns at request time: exact at any moment,
 * and one scan of the matching rows per request.
 */
export interface StatsRequest {
  groupBy?: StatsGrouping | undefined;
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  labels: (grouping: StatsGrouping, key: string) => string;
}

interface Row {
  key: string | null;
  received: number;
  accepted: number;
  closed: number;
  rated: number;
  solved: number;
  content: number;
  replied: number;
  reply_days: number | null;
  overdue: number;
}

function replyDays(dialect: Dialect): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`extract(epoch from (first_replied_at::timestamptz - created_at::timestamptz)) / 86400.0`
    : sql<number>`julianday(first_replied_at) - julianday(created_at)`;
}

function groupKey(groupBy: StatsGrouping | undefined) {
  switch (groupBy) {
    case 'category':
      return sql<string>`category_id`;
    case 'department':
      return sql<string>`coalesce(department_id, '')`;
    case 'channel':
      return sql<string>`channel`;
    case 'month':
      return sql<string>`substr(created_at, 1, 7)`;
    default:
      return sql<string>`''`;
  }
}

export async function computeStats(db: Kysely<Database>, dialect: Dialect, request: StatsRequest): Promise<Stats> {
  const key = groupKey(request.groupBy);
  let select = db.selectFrom('suggestions').select([
    key.as('key'),
    sql<number>`count(*)`.as('received'),
    sql<number>`sum(case when accepted_at is not null then 1 else 0 end)`.as('accepted'),
    sql<number>`sum(case when status = 'closed' then 1 else 0 end)`.as('closed'),
    sql<number>`sum(case when rating_solved is not null then 1 else 0 end)`.as('rated'),
    sql<number>`sum(case when rating_solved = 1 then 1 else 0 end)`.as('solved'),
    sql<number>`sum(case when rating_satisfaction in ('satisfied', 'basically-satisfied') then 1 else 0 end)`.as('content'),
    sql<number>`sum(case when first_replied_at is not null then 1 else 0 end)`.as('replied'),
    sql<number | null>`sum(case when first_replied_at is not null then ${replyDays(dialect)} else 0 end)`.as('reply_days'),
    sql<number>`sum(case when ${overdueCondition(request.now)} then 1 else 0 end)`.as('overdue'),
  ]);
  if (request.from) select = select.where('created_at', '>=', request.from);
  if (request.to) select = select.where('created_at', '<', request.to);
  // PostgreSQL refuses to group by a constant ("non-integer constant in GROUP BY"): the
  // overall figures are one aggregate row without grouping.
  const rows = (await (request.groupBy ? select.groupBy(key).orderBy(key) : select).execute()) as Row[];

  const tallies = rows.map((row) => ({ key: row.key ?? '', tally: tallyOf(row) }));
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
  const replied = Number(row.replied);
  return {
    received: Number(row.received),
    accepted: Number(row.accepted),
    closed: Number(row.closed),
    rated: Number(row.rated),
    solved: Number(row.solved),
    content: Number(row.content),
    replied,
    replyDaysTotal: Number(row.reply_days ?? 0),
    overdue: Number(row.overdue),
  };
}
