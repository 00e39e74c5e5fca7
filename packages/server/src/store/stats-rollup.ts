import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.js';

/**
 * `stats_daily`: the statistics' counts per creation day, category, department and channel,
 * kept exact by triggers on `suggestions` (a change subtracts the row's old contribution and
 * adds its new one, in the same transaction). All-time statistics then read at most one row
 * per day and group instead of every suggestion. Overdue depends on the time of asking and
 * is still counted from the open suggestions.
 */
const counted = ['received', 'accepted', 'closed', 'rated', 'solved', 'content', 'replied', 'reply_days'] as const;

/** Days between creation and first reply, as stats.ts computes it. */
export function replyDaysSql(dialect: Dialect, row = '') {
  return dialect === 'postgres'
    ? `extract(epoch from (${row}first_replied_at::timestamptz - ${row}created_at::timestamptz)) / 86400.0`
    : `julianday(${row}first_replied_at) - julianday(${row}created_at)`;
}

/** What one suggestion row (`NEW.` or `OLD.`) adds to its group, times `sign`. */
function contribution(dialect: Dialect, row: 'NEW.' | 'OLD.', sign: 1 | -1) {
  const flag = (condition: string) => `${sign} * (case when ${condition} then 1 else 0 end)`;
  return [
    `substr(${row}created_at, 1, 10)`,
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

function upsert(dialect: Dialect, row: 'NEW.' | 'OLD.', sign: 1 | -1) {
  return `insert into stats_daily (day, category_id, department_id, channel, ${counted.join(', ')})
    values (${contribution(dialect, row, sign)})
    on conflict (day, category_id, department_id, channel) do update set ${counted.map((c) => `${c} = stats_daily.${c} + excluded.${c}`).join(', ')};`;
}

export async function createStatsRollup(db: Kysely<unknown>, dialect: Dialect) {
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  await sql
    .raw(
      `create table stats_daily (
        day text not null, category_id text not null, department_id text not null, channel text not null,
        ${counted.map((c) => `${c} ${c === 'reply_days' ? real : 'integer'} not null`).join(', ')},
        primary key (day, category_id, department_id, channel))`,
    )
    .execute(db);
  await rebuildStatsRollup(db, dialect);
  await createTriggers(db, dialect);
  // Overdue is counted from open suggestions past their acceptance deadline too.
  await db.schema.createIndex('suggestions_accept_due').on('suggestions').columns(['status', 'accept_due_at']).execute();
}

/**
 * Counts every stored suggestion into `stats_daily` afresh: after the migration, and after
 * a bulk load that ran with the triggers dropped (see bench/million.mjs).
 */
export async function rebuildStatsRollup(db: Kysely<unknown>, dialect: Dialect) {
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
}

async function createTriggers(db: Kysely<unknown>, dialect: Dialect) {
  if (dialect === 'postgres') {
    // Two rows change when a suggestion moves group (an assignment); taking them in key
    // order means two opposite moves cannot deadlock.
    await sql
      .raw(
        `create function stats_daily_apply() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then ${upsert(dialect, 'NEW.', 1)}
          elsif tg_op = 'DELETE' then ${upsert(dialect, 'OLD.', -1)}
          elsif row(substr(OLD.created_at, 1, 10), OLD.category_id, coalesce(OLD.department_id, ''), OLD.channel)
              <= row(substr(NEW.created_at, 1, 10), NEW.category_id, coalesce(NEW.department_id, ''), NEW.channel) then
            ${upsert(dialect, 'OLD.', -1)}
            ${upsert(dialect, 'NEW.', 1)}
          else
            ${upsert(dialect, 'NEW.', 1)}
            ${upsert(dialect, 'OLD.', -1)}
          end if;
          return null;
        end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger stats_daily_changes after insert or update or delete on suggestions for each row execute function stats_daily_apply()`).execute(db);
  } else {
    await sql.raw(`create trigger stats_daily_insert after insert on suggestions begin ${upsert(dialect, 'NEW.', 1)} end`).execute(db);
    await sql.raw(`create trigger stats_daily_update after update on suggestions begin ${upsert(dialect, 'OLD.', -1)} ${upsert(dialect, 'NEW.', 1)} end`).execute(db);
    await sql.raw(`create trigger stats_daily_delete after delete on suggestions begin ${upsert(dialect, 'OLD.', -1)} end`).execute(db);
  }
}
