import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, RateLimits } from '../context.js';
import { takeToken } from '../store/rate-limits.js';
import { ProblemError } from './problem.js';

/**
 * Per-IP limits for anonymous callers, counted in the database so that every server
 * process shares them. Staff and integrators authenticate and are not limited here.
 * A limit of 0 turns the check off, database write included, for sites that limit at a
 * gateway in front (and for load tests from one address).
 */
export function rateLimit(kind: keyof RateLimits): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const services = c.get('services');
    const actor = c.get('actor');
    if (actor.role !== 'public' || services.rateLimits[kind] === 0) return next();
    const ip = getConnInfo(c).remote.address ?? 'unknown';
    const wait = await takeToken(services.database, `${kind}:${ip}`, services.rateLimits[kind], 60, services.now().getTime());
    if (wait > 0) throw new ProblemError(429, 'rate_limited', 'rateLimited', { retryAfter: wait, params: { seconds: wait } });
    return next();
  };
}
