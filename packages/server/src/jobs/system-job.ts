import { systemActions, systemActor, type LifecyclePolicy, type Suggestion } from '@jianyi/core';
import type { DatabaseHandle } from '../store/database.js';
import { pruneKeys } from '../store/idempotency.js';
import { pruneRateLimits } from '../store/rate-limits.js';
import { transition } from '../store/transition.js';
import { ProblemError } from '../http/problem.js';

export interface JobReport {
  urged: string[];
  closed: string[];
}

/**
 * The scheduled side of the loop (适时催办, auto-close): urges what is overdue and closes
 * replies left unrated, as core's `systemActions` decides for `now`. Safe to run from
 * several processes at once: each change is a versioned transition, so a second run
 * finds nothing left to do.
 */
export async function runSystemJob(database: DatabaseHandle, now: Date, policy: LifecyclePolicy): Promise<JobReport> {
  const at = now.toISOString();
  const report: JobReport = { urged: [], closed: [] };
  const { db } = database;
  const candidates = await db
    .selectFrom('suggestions')
    .select('data')
    .where((eb) => eb.or([eb('status', '=', 'replied'), eb.and([eb('status', 'in', ['assigned', 'in_progress']), eb('due_at', '<', at)])]))
    .execute();
  for (const row of candidates) {
    const suggestion = JSON.parse(row.data) as Suggestion;
    for (const action of systemActions(suggestion, at, policy)) {
      try {
        await db.transaction().execute((trx) => transition(trx, suggestion.id, action, systemActor, at, 'zh-CN'));
        (action.type === 'urge' ? report.urged : report.closed).push(suggestion.id);
      } catch (error) {
        // Someone acted first (rated, replied); the item is no longer the job's to touch.
        if (!(error instanceof ProblemError && error.status === 409)) throw error;
      }
    }
  }
  await pruneKeys(db, new Date(now.getTime() - 24 * 3600_000).toISOString());
  await pruneRateLimits(db, now.getTime());
  return report;
}
