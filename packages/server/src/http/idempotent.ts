import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import type { AppEnv } from '../context.js';
import { hashBody } from '../auth/secrets.js';
import { forgetKey, holdKey, recordResponse, releaseKey, reserveKey } from '../store/idempotency.js';
import type { Database } from '../store/schema.js';
import { problemBody, ProblemError } from './problem.js';

export interface Outcome {
  status: 200 | 201;
  body: unknown;
}

/**
 * Runs `work` in one transaction, at most once per `Idempotency-Key`: a repeat with the
 * same body gets the first answer again, with another body 422, while the first is still
 * running 409. The answer is stored in the same transaction as the work.
 */
export async function idempotent(c: Context<AppEnv>, rawBody: string, work: (trx: Transaction<Database>) => Promise<Outcome>): Promise<Response> {
  const { db } = c.var.services.database;
  const key = c.req.header('idempotency-key');
  if (key === undefined) {
    const outcome = await db.transaction().execute(work);
    return c.json(outcome.body as object, outcome.status);
  }
  if (!/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw new ProblemError(400, 'invalid_idempotency_key', 'invalidType', { detail: 'Idempotency-Key: 8–200 visible ASCII characters' });
  }
  const scope = `${c.req.method} ${new URL(c.req.url).pathname} ${c.var.tokenHash}`;
  const reservation = await reserveKey(c.var.services.database, scope, key, hashBody(rawBody), c.var.services.now());
  switch (reservation.kind) {
    case 'mismatch':
      throw new ProblemError(422, 'idempotency_mismatch', 'idempotencyMismatch');
    case 'in_progress':
      throw new ProblemError(409, 'idempotency_in_progress', 'idempotencyInProgress', { retryAfter: 1 });
    case 'replay': {
      const problem = reservation.status >= 400;
      return new Response(reservation.body, {
        status: reservation.status,
        headers: {
          'content-type': problem ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
          'idempotent-replayed': 'true',
        },
      });
    }
  }
  try {
    const outcome = await db.transaction().execute(async (trx) => {
      await holdKey(trx, scope, key);
      const result = await work(trx);
      await recordResponse(trx, scope, key, result.status, JSON.stringify(result.body));
      return result;
    });
    return c.json(outcome.body as object, outcome.status);
  } catch (error) {
    // A refusal is an answer too: the same request would be refused again.
    if (error instanceof ProblemError && error.status < 500 && error.status !== 429) {
      await recordResponse(db, scope, key, error.status, JSON.stringify(problemBody(c, error)));
    } else {
      await releaseKey(db, scope, key);
    }
    throw error;
  } finally {
    forgetKey(scope, key);
  }
}
