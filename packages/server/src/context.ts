import type { Actor, LifecyclePolicy } from '@jianyi/core';
import type { ResponseCache } from './http/response-cache.js';
import type { DatabaseHandle } from './store/database.js';

export interface RateLimits {
  /** Requests per minute per IP address for anonymous callers; staff tokens are not limited. */
  create: number;
  vote: number;
  comment: number;
  lookup: number;
}

export const defaultRateLimits: RateLimits = { create: 10, vote: 30, comment: 10, lookup: 120 };

/** Everything a request handler needs, made once at start-up. */
export interface Services {
  database: DatabaseHandle;
  /** The clock; tests and the system job inject their own. */
  now: () => Date;
  policy: LifecyclePolicy;
  rateLimits: RateLimits;
  /** Public answers kept in memory while what they were built from is unchanged. */
  cache: ResponseCache;
  log: (line: string) => void;
}

export interface AppEnv {
  Variables: {
    services: Services;
    /** Who is calling, from the bearer token; `public` without one. */
    actor: Actor;
    /** SHA-256 of the bearer token, to keep one caller's idempotency keys apart from another's. */
    tokenHash: string;
    /** The security and CORS headers every answer carries (set in app.ts). */
    commonHeaders: [string, string][];
  };
}

export const publicActor: Actor = { role: 'public', displayName: '市民' };
export const submitterActor: Actor = { role: 'submitter', displayName: '市民' };
