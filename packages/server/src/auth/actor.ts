import type { MiddlewareHandler } from 'hono';
import { publicActor, type AppEnv } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { actorForToken } from '../store/tokens.js';
import { hashSecret } from './secrets.js';

/** Resolves `Authorization: Bearer …` to a staff actor; an unknown or disabled token is 401. */
export function resolveActor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('actor', publicActor);
      c.set('tokenHash', '');
      return next();
    }
    const token = /^Bearer\s+(\S{8,200})$/i.exec(header)?.[1];
    const actor = token ? await actorForToken(c.get('services').database.db, token) : undefined;
    if (!token || actor === undefined || actor === 'disabled') {
      throw new ProblemError(401, 'invalid_token', 'unauthorized');
    }
    c.set('actor', actor);
    c.set('tokenHash', hashSecret(token));
    return next();
  };
}

/** Refuses callers whose role is not listed. */
export function requireRole(...roles: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('actor').role)) {
      throw c.get('actor').role === 'public' ? new ProblemError(401, 'unauthenticated', 'unauthorized') : new ProblemError(403, 'forbidden', 'forbidden');
    }
    return next();
  };
}
