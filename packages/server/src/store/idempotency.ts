import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Reservation =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/** A pending key older than this belongs to a request that died; its work never committed. */
const abandonAfterMs = 60_000;

/**
 * Claims `key` for this request. The claim commits at once, so a concurrent duplicate
 * sees it and gets 409; the response is recorded in the same transaction as the work
 * (see `recordResponse`), so a crash leaves either both or neither.
 */
export async function reserveKey(db: Kysely<Database>, scope: string, key: string, requestHash: string, now: Date): Promise<Reservation> {
  const inserted = await db
    .insertInto('idempotency')
    .values({ scope, key, request_hash: requestHash, status: 0, response: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'new' };

  const row = await db.selectFrom('idempotency').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
  if (!row) return reserveKey(db, scope, key, requestHash, now);
  if (row.request_hash !== requestHash) return { kind: 'mismatch' };
  if (row.status !== 0) return { kind: 'replay', status: row.status, body: row.response ?? '' };
  if (now.getTime() - Date.parse(row.created_at) < abandonAfterMs) return { kind: 'in_progress' };
  const takenOver = await db
    .updateTable('idempotency')
    .set({ created_at: now.toISOString() })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('status', '=', 0)
    .where('created_at', '=', row.created_at)
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1 ? { kind: 'new' } : { kind: 'in_progress' };
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
