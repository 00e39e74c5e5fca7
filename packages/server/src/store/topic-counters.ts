import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.js';

/**
 * `topic_counters`: a hot topic's votes, comments, participants and votes per option, kept
 * by triggers in the same transaction as the vote or comment, so reading a topic reads a
 * handful of rows instead of recounting 100,000 votes (the soak's p99 grew with every vote).
 * `topic_participants` holds each (topic, voter) once, so participants stay exact.
 *
 * Counter names: `votes`, `comments`, `participants`, `option:<id>`. On PostgreSQL each
 * counter is spread over `shards` rows (a random one per change, summed on read), so that
 * concurrent votes do not all queue for one row lock until their commit; SQLite has one
 * writer and one row (shard 0).
 */
export const shards = 16;

function bump(dialect: Dialect, topic: string, name: string, sign: 1 | -1) {
  const shard = dialect === 'postgres' ? `floor(random() * ${shards})::int` : '0';
  return `insert into topic_counters (topic_id, name, shard, n) values (${topic}, ${name}, ${shard}, ${sign})
    on conflict (topic_id, name, shard) do update set n = topic_counters.n + excluded.n;`;
}

/** Forgets a participant who has neither a vote nor a comment left on the topic. */
const forgetParticipant = (row: 'OLD.') => `delete from topic_participants where topic_id = ${row}topic_id and voter_hash = ${row}voter_hash
    and not exists (select 1 from votes where topic_id = ${row}topic_id and voter_hash = ${row}voter_hash)
    and not exists (select 1 from comments where topic_id = ${row}topic_id and voter_hash = ${row}voter_hash);`;

const rememberParticipant = (dialect: Dialect) =>
  dialect === 'postgres'
    ? `insert into topic_participants (topic_id, voter_hash) values (NEW.topic_id, NEW.voter_hash) on conflict do nothing;`
    : `insert or ignore into topic_participants (topic_id, voter_hash) values (NEW.topic_id, NEW.voter_hash);`;

/** What each table's inserts and deletes do to the counters; triggers in both dialects. */
function actions(dialect: Dialect): { table: string; insert: string; delete: string }[] {
  return [
    { table: 'votes', insert: bump(dialect, 'NEW.topic_id', `'votes'`, 1) + rememberParticipant(dialect), delete: bump(dialect, 'OLD.topic_id', `'votes'`, -1) + forgetParticipant('OLD.') },
    { table: 'comments', insert: bump(dialect, 'NEW.topic_id', `'comments'`, 1) + rememberParticipant(dialect), delete: bump(dialect, 'OLD.topic_id', `'comments'`, -1) + forgetParticipant('OLD.') },
    { table: 'vote_options', insert: bump(dialect, 'NEW.topic_id', `'option:' || NEW.option_id`, 1), delete: bump(dialect, 'OLD.topic_id', `'option:' || OLD.option_id`, -1) },
    { table: 'topic_participants', insert: bump(dialect, 'NEW.topic_id', `'participants'`, 1), delete: bump(dialect, 'OLD.topic_id', `'participants'`, -1) },
  ];
}

export async function createTopicCounters(db: Kysely<unknown>, dialect: Dialect) {
  await sql.raw(`create table topic_counters (topic_id text not null, name text not null, shard integer not null, n integer not null, primary key (topic_id, name, shard))`).execute(db);
  await sql.raw(`create table topic_participants (topic_id text not null, voter_hash text not null, primary key (topic_id, voter_hash))`).execute(db);
  // What is already there, counted once.
  await sql.raw(`insert into topic_participants (topic_id, voter_hash) select topic_id, voter_hash from votes union select topic_id, voter_hash from comments`).execute(db);
  await sql
    .raw(
      `insert into topic_counters (topic_id, name, shard, n)
        select topic_id, 'votes', 0, count(*) from votes group by topic_id
        union all select topic_id, 'comments', 0, count(*) from comments group by topic_id
        union all select topic_id, 'participants', 0, count(*) from topic_participants group by topic_id
        union all select topic_id, 'option:' || option_id, 0, count(*) from vote_options group by topic_id, option_id`,
    )
    .execute(db);
  for (const { table, insert, delete: remove } of actions(dialect)) {
    if (dialect === 'postgres') {
      await sql
        .raw(
          `create function ${table}_count() returns trigger language plpgsql as $$
          begin
            if tg_op = 'INSERT' then ${insert}
            else ${remove}
            end if;
            return null;
          end $$`,
        )
        .execute(db);
      await sql.raw(`create trigger ${table}_count after insert or delete on ${table} for each row execute function ${table}_count()`).execute(db);
    } else {
      await sql.raw(`create trigger ${table}_count_insert after insert on ${table} begin ${insert} end`).execute(db);
      await sql.raw(`create trigger ${table}_count_delete after delete on ${table} begin ${remove} end`).execute(db);
    }
  }
}
