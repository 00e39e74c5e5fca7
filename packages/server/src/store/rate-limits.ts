import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';

/**
 * Fixed-window counters in the database, so several server processes share one limit.
 * Returns how many seconds to wait, or 0 when the request may go ahead. The count is
 * committed without waiting for the disk (see `writeUnflushed`): with synchronous=FULL
 * every tracker lookup paid a disk flush, which capped them near 600/s, and a count lost
 * in a power cut only lets a few more requests through.
 */
export async function takeToken(database: DatabaseHandle, bucket: string, limitPerWindow: number, windowSeconds: number, nowMs: number): Promise<number> {
  const windowStart = Math.floor(nowMs / 1000 / windowSeconds) * windowSeconds;
  const row = await database.writeUnflushed((db) =>
    db
      .insertInto('rate_limits')
      .values({ bucket, window_start: windowStart, count: 1 })
      .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow(),
  );
  if (row.count <= limitPerWindow) return 0;
  return Math.max(1, windowStart + windowSeconds - Math.floor(nowMs / 1000));
}

/** Drops windows that ended; run by the system job. */
export async function pruneRateLimits(db: Kysely<Database>, nowMs: number, keepSeconds = 3600): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', Math.floor(nowMs / 1000) - keepSeconds).execute();
}
