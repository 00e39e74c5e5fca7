import type { Kysely, Transaction } from 'kysely';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';

export type Reservation =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/** A pending key older than this belongs to a request that died; its work never committed. */
const abandonAfterMs = 60_000;
/** Between claiming a key and locking it in the work's transaction a live request spends milliseconds. */
const claimToLockMs = 5_000;

/**
 * Keys this process is working on. SQLite serves one process per file, so a pending key
 * that is not here was left by a process that died (kill -9, power cut): a retry after
 * the restart may take it over at once instead of waiting out `abandonAfterMs`.
 */
const workingHere = new Set<string>();
const slot = (scope: string, key: string) => `${scope}\n${key}`;

/**
 * Claims `key` for this request. On PostgreSQL the claim commits at once (`db` is the
 * pool), so a concurrent duplicate on any process sees it and gets 409; the response is
 * recorded in the same transaction as the work (see `recordResponse`), so a crash leaves
 * either both or neither. On SQLite `db` is the work's own transaction: one process owns
 * the file and runs one transaction at a time, so claim, work and answer commit together.
 */
export async function reserveKey(handle: DatabaseHandle, scope: string, key: string, requestHash: string, now: Date, db: Kysely<Database> | Transaction<Database> = handle.db): Promise<Reservation> {
  const inserted = await db
    .insertInto('idempotency')
    .values({ scope, key, request_hash: requestHash, status: 0, response: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return claimed(scope, key);

  const row = await db.selectFrom('idempotency').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
  if (!row) return reserveKey(handle, scope, key, requestHash, now, db);
  if (row.request_hash !== requestHash) return { kind: 'mismatch' };
  if (row.status !== 0) return { kind: 'replay', status: row.status, body: row.response ?? '' };
  if (now.getTime() - Date.parse(row.created_at) < abandonAfterMs && !(await ownerIsGone(handle, scope, key, row.created_at, now))) return { kind: 'in_progress' };
  const takenOver = await db
    .updateTable('idempotency')
    .set({ created_at: now.toISOString() })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('status', '=', 0)
    .where('created_at', '=', row.created_at)
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1 ? claimed(scope, key) : { kind: 'in_progress' };
}

function claimed(scope: string, key: string): Reservation {
  workingHere.add(slot(scope, key));
  return { kind: 'new' };
}

/** This process is done with a key it claimed, whatever the outcome. */
export function forgetKey(scope: string, key: string) {
  workingHere.delete(slot(scope, key));
}

/** Whether the request that claimed a pending key can no longer finish it. */
async function ownerIsGone(handle: DatabaseHandle, scope: string, key: string, claimedAt: string, now: Date): Promise<boolean> {
  if (handle.dialect === 'sqlite') return !workingHere.has(slot(scope, key));
  if (now.getTime() - Date.parse(claimedAt) < claimToLockMs) return false;
  // A live owner holds the row locked in its work's transaction (see `holdKey`); PostgreSQL
  // drops the lock when the owner's connection dies with its process.
  const unlocked = await handle.db
    .transaction()
    .execute((trx) => trx.selectFrom('idempotency').select('key').where('scope', '=', scope).where('key', '=', key).where('status', '=', 0).forUpdate().skipLocked().executeTakeFirst());
  return unlocked !== undefined;
}

/** Locks a claimed key in the work's transaction (on PostgreSQL), so others can see its owner is alive. */
export async function holdKey(trx: Transaction<Database>, scope: string, key: string) {
  await trx.updateTable('idempotency').set({ status: 0 }).where('scope', '=', scope).where('key', '=', key).where('status', '=', 0).execute();
}

/**
 * Stores a refusal as the key's answer. On SQLite the refused work's transaction took the
 * claim with it, so the row may have to be written anew.
 */
export async function recordRefusal(db: Kysely<Database>, scope: string, key: string, requestHash: string, status: number, body: string, now: Date) {
  await db
    .insertInto('idempotency')
    .values({ scope, key, request_hash: requestHash, status, response: body, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ status, response: body }).where('idempotency.status', '=', 0))
    .execute();
}

export async function recordResponse(db: Kysely<Database> | Transaction<Database>, scope: string, key: string, status: number, body: string) {
  await db.updateTable('idempotency').set({ status, response: body }).where('scope', '=', scope).where('key', '=', key).execute();
}

/** Frees a key whose request failed on our side, so the client's retry runs again. */
export async function releaseKey(db: Kysely<Database>, scope: string, key: string) {
  await db.deleteFrom('idempotency').where('scope', '=', scope).where('key', '=', key).where('status', '=', 0).execute();
}

export async function pruneKeys(db: Kysely<Database>, olderThan: string) {
  await db.deleteFrom('idempotency').where('created_at', '<', olderThan).execute();
}
