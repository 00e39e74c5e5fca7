import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Fixed-window counters in the database, so several server processes share one limit.
 * Returns how many seconds to wait, or 0 when the request may go ahead.
 */
export async function takeToken(db: Kysely<Database>, bucket: string, limitPerWindow: number, windowSeconds: number, nowMs: number): Promise<number> {
  const windowStart = Math.floor(nowMs / 1000 / windowSeconds) * windowSeconds;
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  if (row.count <= limitPerWindow) return 0;
  return Math.max(1, windowStart + windowSeconds - Math.floor(nowMs / 1000));
}

/** Drops windows that ended; run by the system job. */
export async function pruneRateLimits(db: Kysely<Database>, nowMs: number, keepSeconds = 3600): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', Math.floor(nowMs / 1000) - keepSeconds).execute();
}
