import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.js';

/**
 * The statistics' counts per creation period, category, department and channel, in three
 * tables: `stats_daily` (a day, 'YYYY-MM-DD'), `stats_monthly` ('YYYY-MM') and
 * `stats_yearly` ('YYYY'). Triggers on `suggestions` keep all three exact (a change
 * subtracts the row's old contribution and adds its new one, in the same transaction), so
 * a range reads whole years, then whole months, then whole days at its edges (stats.ts).
 * Overdue depends on the time of asking and is counted from the open suggestions.
 */
const counted = ['received', 'accepted', 'closed', 'rated', 'solved', 'content', 'replied', 'reply_days'] as const;

export interface RollupLevel {
  table: 'stats_daily' | 'stats_monthly' | 'stats_yearly';
  /** The period column, and how many leading characters of an ISO time it keeps. */
  column: 'day' | 'month' | 'year';
  length: 10 | 7 | 4;
}

/** Finest first. */
export const rollupLevels: readonly RollupLevel[] = [
  { table: 'stats_daily', column: 'day', length: 10 },
  { table: 'stats_monthly', column: 'month', length: 7 },
  { table: 'stats_yearly', column: 'year', length: 4 },
];
const daily = rollupLevels.slice(0, 1);

/** Days between creation and first reply, as stats.ts computes it. */
export function replyDaysSql(dialect: Dialect, row = '') {
  return dialect === 'postgres'
    ? `extract(epoch from (${row}first_replied_at::timestamptz - ${row}created_at::timestamptz)) / 86400.0`
    : `julianday(${row}first_replied_at) - julianday(${row}created_at)`;
}

/** What one suggestion row (`NEW.` or `OLD.`) adds to its group, times `sign`. */
function contribution(dialect: Dialect, level: RollupLevel, row: 'NEW.' | 'OLD.', sign: 1 | -1) {
  const flag = (condition: string) => `${sign} * (case when ${condition} then 1 else 0 end)`;
  return [
    `substr(${row}created_at, 1, ${level.length})`,
    `${row}category_id`,
    `coalesce(${row}department_id, '')`,
    `${row}channel`,
    `${sign}`,
    flag(`${row}accepted_at is not null`),
    flag(`${row}status = 'closed'`),
    flag(`${row}rating_solved is not null`),
    flag(`${row}rating_solved = 1`),
    flag(`${row}rating_satisfaction in ('satisfied', 'basically-satisfied')`),
    flag(`${row}first_replied_at is not null`),
    `${sign} * (case when ${row}first_replied_at is not null then ${replyDaysSql(dialect, row)} else 0 end)`,
  ].join(', ');
}

function upsert(dialect: Dialect, level: RollupLevel, row: 'NEW.' | 'OLD.', sign: 1 | -1) {
  const { table, column } = level;
  return `insert into ${table} (${column}, category_id, department_id, channel, ${counted.join(', ')})
    values (${contribution(dialect, level, row, sign)})
    on conflict (${column}, category_id, department_id, channel) do update set ${counted.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')};`;
}

/**
 * An update that changes nothing counted (most steps of the lifecycle: assigned, in
 * progress, urged …) leaves the rollup alone; `is distinct from` is null-safe in both.
 */
const countedChange = [
  'OLD.created_at is distinct from NEW.created_at',
  'OLD.category_id is distinct from NEW.category_id',
  'OLD.department_id is distinct from NEW.department_id',
  'OLD.channel is distinct from NEW.channel',
  '(OLD.accepted_at is null) is distinct from (NEW.accepted_at is null)',
  "(OLD.status = 'closed') is distinct from (NEW.status = 'closed')",
  'OLD.rating_solved is distinct from NEW.rating_solved',
  'OLD.rating_satisfaction is distinct from NEW.rating_satisfaction',
  'OLD.first_replied_at is distinct from NEW.first_replied_at',
].join(' or ');

async function createRollupTable(db: Kysely<unknown>, dialect: Dialect, { table, column }: RollupLevel) {
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  await sql
    .raw(
      `create table ${table} (
        ${column} text not null, category_id text not null, department_id text not null, channel text not null,
        ${counted.map((c) => `${c} ${c === 'reply_days' ? real : 'integer'} not null`).join(', ')},
        primary key (${column}, category_id, department_id, channel))`,
    )
    .execute(db);
}

/** Migration 0002: the daily table alone. */
export async function createStatsRollup(db: Kysely<unknown>, dialect: Dialect) {
  await createRollupTable(db, dialect, rollupLevels[0]!);
  await rebuildStatsRollup(db, dialect, daily);
  await createTriggers(db, dialect, daily, false);
  // Overdue is counted from open suggestions past their acceptance deadline too.
  await db.schema.createIndex('suggestions_accept_due').on('suggestions').columns(['status', 'accept_due_at']).execute();
}

/**
 * Migration 0005: monthly and yearly tables, filled from the daily one, and triggers that
 * keep all three (replacing 0002's, which kept the daily one and ran on every update).
 */
export async function addCoarseRollups(db: Kysely<unknown>, dialect: Dialect) {
  for (const level of rollupLevels.slice(1)) {
    await createRollupTable(db, dialect, level);
    await rebuildFromDaily(db, level);
  }
  await dropTriggers(db, dialect);
  await createTriggers(db, dialect, rollupLevels, true);
}

/**
 * Counts every stored suggestion into the rollup tables afresh: after a migration, and
 * after a bulk load that ran with the triggers dropped (see bench/million.mjs).
 */
export async function rebuildStatsRollup(db: Kysely<unknown>, dialect: Dialect, levels: readonly RollupLevel[] = rollupLevels) {
  await sql.raw('delete from stats_daily').execute(db);
  await sql
    .raw(
      `insert into stats_daily (day, category_id, department_id, channel, ${counted.join(', ')})
       select substr(created_at, 1, 10), category_id, coalesce(department_id, ''), channel, count(*),
         sum(case when accepted_at is not null then 1 else 0 end), sum(case when status = 'closed' then 1 else 0 end),
         sum(case when rating_solved is not null then 1 else 0 end), sum(case when rating_solved = 1 then 1 else 0 end),
         sum(case when rating_satisfaction in ('satisfied', 'basically-satisfied') then 1 else 0 end),
         sum(case when first_replied_at is not null then 1 else 0 end),
         sum(case when first_replied_at is not null then ${replyDaysSql(dialect)} else 0 end)
       from suggestions group by 1, 2, 3, 4`,
    )
    .execute(db);
  for (const level of levels.slice(1)) await rebuildFromDaily(db, level);
}

/** A coarser level is the sum of the daily rows in its periods. */
async function rebuildFromDaily(db: Kysely<unknown>, { table, column, length }: RollupLevel) {
  await sql.raw(`delete from ${table}`).execute(db);
  await sql
    .raw(
      `insert into ${table} (${column}, category_id, department_id, channel, ${counted.join(', ')})
       select substr(day, 1, ${length}), category_id, department_id, channel, ${counted.map((c) => `sum(${c})`).join(', ')}
       from stats_daily group by 1, 2, 3, 4`,
    )
    .execute(db);
}

async function dropTriggers(db: Kysely<unknown>, dialect: Dialect) {
  if (dialect === 'postgres') {
    await sql.raw('drop trigger stats_daily_changes on suggestions').execute(db);
    await sql.raw('drop function stats_daily_apply()').execute(db);
  } else {
    for (const name of ['stats_daily_insert', 'stats_daily_update', 'stats_daily_delete']) await sql.raw(`drop trigger ${name}`).execute(db);
  }
}

/** The triggers keep their 0002 names (stats_daily_…) while keeping every level. */
async function createTriggers(db: Kysely<unknown>, dialect: Dialect, levels: readonly RollupLevel[], skipUnchanged: boolean) {
  const all = (row: 'NEW.' | 'OLD.', sign: 1 | -1) => levels.map((level) => upsert(dialect, level, row, sign)).join('\n');
  if (dialect === 'postgres') {
    // Two rows a table change when a suggestion moves group (an assignment); taking them
    // table by table, in key order within each, means two opposite moves cannot deadlock.
    const move = levels
      .map(
        (level) => `if row(substr(OLD.created_at, 1, ${level.length}), OLD.category_id, coalesce(OLD.department_id, ''), OLD.channel)
              <= row(substr(NEW.created_at, 1, ${level.length}), NEW.category_id, coalesce(NEW.department_id, ''), NEW.channel) then
            ${upsert(dialect, level, 'OLD.', -1)}
            ${upsert(dialect, level, 'NEW.', 1)}
          else
            ${upsert(dialect, level, 'NEW.', 1)}
            ${upsert(dialect, level, 'OLD.', -1)}
          end if;`,
      )
      .join('\n');
    const skip = skipUnchanged ? `if tg_op = 'UPDATE' and not (${countedChange}) then return null; end if;` : '';
    await sql
      .raw(
        `create function stats_daily_apply() returns trigger language plpgsql as $$
        begin
          ${skip}
          if tg_op = 'INSERT' then ${all('NEW.', 1)}
          elsif tg_op = 'DELETE' then ${all('OLD.', -1)}
          else
            ${move}
          end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger stats_daily_changes after insert or update or delete on suggestions for each row execute function stats_daily_apply()`).execute(db);
  } else {
    await sql.raw(`create trigger stats_daily_insert after insert on suggestions begin ${all('NEW.', 1)} end`).execute(db);
    const when = skipUnchanged ? `when ${countedChange}` : '';
    await sql.raw(`create trigger stats_daily_update after update on suggestions ${when} begin ${all('OLD.', -1)} ${all('NEW.', 1)} end`).execute(db);
    await sql.raw(`create trigger stats_daily_delete after delete on suggestions begin ${all('OLD.', -1)} end`).execute(db);
  }
}
