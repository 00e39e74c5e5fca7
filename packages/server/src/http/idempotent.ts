import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import type { AppEnv } from '../context.js';
import { hashBody } from '../auth/secrets.js';
import { forgetKey, holdKey, recordRefusal, recordResponse, releaseKey, reserveKey, type Reservation } from '../store/idempotency.js';
import type { Database } from '../store/schema.js';
import { problemBody, ProblemError } from './problem.js';

export interface Outcome {
  status: 200 | 201;
  body: unknown;
}

/**
 * Runs `work` in one transaction, at most once per `Idempotency-Key`: a repeat with the
 * same body gets the first answer again, with another body 422, while the first is still
 * running 409. The answer is stored in the same transaction as the work; on SQLite the
 * key is claimed in that transaction too, so a crash before its commit leaves no trace and
 * the client's retry simply runs again.
 */
export async function idempotent(c: Context<AppEnv>, rawBody: string, work: (trx: Transaction<Database>) => Promise<Outcome>): Promise<Response> {
  const { db } = c.get('services').database;
  const key = c.req.header('idempotency-key');
  if (key === undefined) {
    const outcome = await c.get('services').database.write(work);
    return c.json(outcome.body as object, outcome.status);
  }
  if (!/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw new ProblemError(400, 'invalid_idempotency_key', 'invalidType', { detail: 'Idempotency-Key: 8–200 visible ASCII characters' });
  }
  const scope = `${c.req.method} ${new URL(c.req.url).pathname} ${c.get('tokenHash')}`;
  const { database, now } = c.get('services');
  const requestHash = hashBody(rawBody);
  // SQLite: claim, work and answer in one transaction, one commit (one fsync) per create.
  // PostgreSQL: the claim commits first, so other processes see the key in progress.
  const oneTransaction = database.dialect === 'sqlite';
  let reservation: Reservation | undefined = oneTransaction ? undefined : await reserveKey(database, scope, key, requestHash, now());
  if (reservation && reservation.kind !== 'new') return answerReserved(reservation);
  try {
    const outcome = await database.write(async (trx) => {
      if (oneTransaction) {
        reservation = await reserveKey(database, scope, key, requestHash, now(), trx);
        if (reservation.kind !== 'new') return undefined;
      } else {
        await holdKey(trx, scope, key);
      }
      const result = await work(trx);
      const json = JSON.stringify(result.body);
      await recordResponse(trx, scope, key, result.status, json);
      return { status: result.status, json };
    });
    if (!outcome) return answerReserved(reservation!);
    // The text just stored, rather than the body serialized a second time.
    return c.body(outcome.json, outcome.status, { 'content-type': 'application/json' });
  } catch (error) {
    // A refusal is an answer too: the same request would be refused again.
    if (error instanceof ProblemError && error.status < 500 && error.status !== 429) {
      await recordRefusal(db, scope, key, requestHash, error.status, JSON.stringify(problemBody(c, error)), now());
    } else if (!oneTransaction) {
      await releaseKey(db, scope, key);
    }
    throw error;
  } finally {
    forgetKey(scope, key);
  }
}

/** The answer to a key that is not new: the first answer again, or why not. */
function answerReserved(reservation: Reservation): Response {
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
    case 'new':
      throw new Error('a new key has no answer yet');
  }
}
