import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, sql, PostgresDialect, SqliteDialect, type MigrationProvider, type Transaction } from 'kysely';
import pg from 'pg';
import { ChangeWatcher, watchedDialect } from './changes.js';
import { migrations } from './migrations.js';
import { WriteBatcher } from './write-batch.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for the start-up message (a file path or the URL without password). */
  location: string;
  /** Tells cached responses whether what they were built from has changed. */
  changes: ChangeWatcher;
  /**
   * Runs `work` in a transaction and resolves after it committed. On SQLite, requests that
   * arrive together share one commit (see write-batch.ts).
   */
  write<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * Runs one write that need not survive a power cut (rate-limit counts) without waiting
   * for the disk: SQLite synchronous=NORMAL for it, PostgreSQL synchronous_commit=off.
   * Later flushed commits still carry it; the database stays consistent either way.
   */
  writeUnflushed<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  /** PostgreSQL when set; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(settings: DatabaseSettings): Promise<DatabaseHandle> {
  const handle = settings.databaseUrl ? openPostgres(settings.databaseUrl) : openSqlite(settings.dataDir);
  await migrate(handle);
  // The query planner's statistics (ANALYZE), refreshed when missing or when a table has
  // grown or shrunk tenfold since: the overdue list and counts rely on them to pick the
  // partial indexes over a sort of every overdue row. Milliseconds when nothing is due;
  // a full ANALYZE of 1,000,000 suggestions takes seconds, before serving.
  if (handle.dialect === 'sqlite') await sql.raw('pragma optimize = 0x10002').execute(handle.db);
  if (settings.databaseUrl) await handle.changes.watchPostgres(settings.databaseUrl, handle.db as Kysely<unknown>);
  return handle;
}

function openSqlite(dataDir: string): DatabaseHandle {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jianyi.sqlite');
  const sqlite = new SQLite(file);
  // WAL lets readers go on while one writer commits; synchronous=FULL makes every
  // acknowledged write survive a power cut, which is the promise to a citizen.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Kysely prepares every query afresh; the same few dozen statements are reused instead.
  const statements = new Map<string, SQLite.Statement>();
  const database = {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (statements.size >= 1000) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
  const changes = new ChangeWatcher();
  const db = new Kysely<Database>({ dialect: watchedDialect(new SqliteDialect({ database }), changes) });
  changes.watchSqlite(sqlite, () => new SQLite(file, { readonly: true }));
  const batcher = new WriteBatcher(db);
  return {
    db,
    dialect: 'sqlite',
    location: file,
    changes,
    write: (work) => batcher.run(work),
    // The one connection is held meanwhile, so no other statement runs with NORMAL.
    writeUnflushed: (work) =>
      db.connection().execute(async (connection) => {
        sqlite.pragma('synchronous = NORMAL');
        try {
          return await work(connection);
        } finally {
          sqlite.pragma('synchronous = FULL');
        }
      }),
    async close() {
      await db.destroy();
      await changes.close();
    },
  };
}

function openPostgres(url: string): DatabaseHandle {
  // Integers and bigints come back as numbers; counts here stay far below 2^53.
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const changes = new ChangeWatcher();
  const db = new Kysely<Database>({ dialect: watchedDialect(new PostgresDialect({ pool }), changes) });
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return {
    db,
    dialect: 'postgres',
    location: shown,
    changes,
    write: (work) => db.transaction().execute(work),
    writeUnflushed: (work) =>
      db.transaction().execute(async (trx) => {
        await sql`set local synchronous_commit = off`.execute(trx);
        return work(trx);
      }),
    async close() {
      await changes.close();
      await db.destroy();
    },
  };
}

async function migrate(handle: DatabaseHandle): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(handle.dialect) };
  const { error, results } = await new Migrator({ db: handle.db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** A UNIQUE constraint refused the row: the error codes of both drivers, known here only. */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
