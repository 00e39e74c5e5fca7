// Which writes move which cached answers on (store/changes.ts): the tables a query writes,
// read from Kysely's query tree, and the domains they belong to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Kysely, sql, SqliteDialect, type CompiledQuery } from 'kysely';
import SQLite from 'better-sqlite3';
import { ChangeWatcher, watchedDialect, writtenTables } from '../src/store/changes.js';
import type { Database } from '../src/store/schema.js';

const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });

test('the tables a query writes', () => {
  // Query builders compile on their own, raw SQL with the database given.
  const tables = (query: { compile(db: Kysely<Database>): CompiledQuery }) => writtenTables(query.compile(db).query);
  assert.deepEqual(tables(db.selectFrom('topics').selectAll()), []);
  assert.deepEqual(tables(db.insertInto('votes').values({ topic_id: 't', voter_hash: 'v', option_ids: '[]', at: 'now' })), ['votes']);
  assert.deepEqual(tables(db.updateTable('suggestions').set({ status: 'closed' }).where('id', '=', 'x')), ['suggestions']);
  assert.deepEqual(tables(db.deleteFrom('rate_limits').where('window_start', '<', 0)), ['rate_limits']);
  assert.deepEqual(tables(sql`select 1`), []);
  assert.deepEqual(tables(sql`set local synchronous_commit = off`), []);
  assert.equal(tables(sql`update topics set data = '{}'`), 'all', 'raw SQL that writes: everything');
  assert.equal(tables(sql`pragma synchronous = NORMAL`), 'all');
});

test('committed writes move only their domains on; rate limits and keys none', async () => {
  const watcher = new ChangeWatcher();
  const sqlite = new SQLite(':memory:');
  watcher.watchSqlite(sqlite, () => sqlite);
  const watched = new Kysely<Database>({ dialect: watchedDialect(new SqliteDialect({ database: sqlite }), watcher) });
  await sql`create table rate_limits (bucket text, window_start integer, count integer)`.execute(watched);
  await sql`create table votes (topic_id text, voter_hash text, option_ids text, at text)`.execute(watched);
  const versions = () => [watcher.version('topics'), watcher.version('suggestions')];
  const start = versions();
  await watched.insertInto('rate_limits').values({ bucket: 'lookup:1', window_start: 0, count: 1 }).execute();
  assert.deepEqual(versions(), start, 'a rate-limit count changes no answer');
  await watched.transaction().execute(async (trx) => {
    await trx.insertInto('votes').values({ topic_id: 't', voter_hash: 'v', option_ids: '[]', at: 'now' }).execute();
    assert.deepEqual(versions(), start, 'nothing moves before the commit');
  });
  const [topics, suggestions] = versions();
  assert.equal(topics, start[0]! + 1);
  assert.equal(suggestions, start[1]);
  await assert.rejects(
    watched.transaction().execute(async (trx) => {
      await trx.insertInto('votes').values({ topic_id: 't', voter_hash: 'w', option_ids: '[]', at: 'now' }).execute();
      throw new Error('refused');
    }),
  );
  assert.deepEqual(versions(), [topics, suggestions], 'a rolled-back write moves nothing');
  await watched.destroy();
});
