import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { ChangeWatcher, Domain } from '../store/changes.js';

const utf8 = new TextEncoder();

/** One public answer as sent, and what it was built from. */
export interface CachedResponse {
  /** UTF-8 bytes, encoded once rather than at every send. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The domain's version when it was built (see store/changes.ts). */
  version: number;
  builtAt: number;
  /** When it stops being right whatever the database says (a topic opening or closing), ms. */
  expiresAt: number;
  /** Private answers (a submitter's full view) say so to shared caches. */
  private: boolean;
  /** The access key hash a request must match to be given a private answer. */
  accessKeyHash?: string;
}

/**
 * Serialized answers to the reads a hot-topic drive and a tracking page repeat thousands of
 * times, served from memory while nothing they were built from has changed: each entry
 * holds the version of its domain and is used only while that version is current. Only
 * answers that depend on nothing but the stored data (and the clock, see `expiresAt`) are
 * kept: never one that depends on a staff token. Bounded; the oldest entry goes first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(
    private readonly changes: ChangeWatcher,
    private readonly maxEntries = 5000,
  ) {}

  /** The version to build an answer at, read before reading the data; undefined: do not cache. */
  version(domain: Domain): number | undefined {
    return this.changes.version(domain);
  }

  /** The entry for `key` if it is still exactly what a fresh build would give. */
  get(key: string, domain: Domain, nowMs: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry || nowMs >= entry.expiresAt || nowMs - entry.builtAt > this.changes.maxAgeMs) return undefined;
    return entry.version === this.changes.version(domain) ? entry : undefined;
  }

  /** Keeps an answer built at `version` (when there is one) and returns it ready to send. */
  put(key: string, version: number | undefined, body: string, options: { builtAt: number; expiresAt?: number; private?: boolean; accessKeyHash?: string }): CachedResponse {
    const entry: CachedResponse = {
      body: utf8.encode(body),
      builtAt: options.builtAt,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      version: version ?? -1,
      expiresAt: options.expiresAt ?? Infinity,
      private: options.private ?? false,
      ...(options.accessKeyHash !== undefined && { accessKeyHash: options.accessKeyHash }),
    };
    if (version === undefined) return entry;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  get size() {
    return this.entries.size;
  }
}

/** Answers made here already carry the common headers. */
const complete = new WeakSet<Response>();

export function hasCommonHeaders(response: Response): boolean {
  return complete.has(response) || response.headers.has('x-content-type-options');
}

/** Sends a cached answer with the common headers the app's first middleware chose. */
export function sendCached(c: Context<AppEnv>, entry: CachedResponse): Response {
  const response = cachedAnswer(entry, c.get('commonHeaders') ?? [], c.req.header('if-none-match'));
  complete.add(response);
  return response;
}

/**
 * A cached answer, or 304 when the client already has these exact bytes. The Response is
 * made directly with plain headers and bytes, the cheapest kind for @hono/node-server to
 * write, the common headers included.
 */
export function cachedAnswer(entry: CachedResponse, common: readonly [string, string][], ifNoneMatch: string | null | undefined): Response {
  const headers: Record<string, string> = {};
  for (const [name, value] of common) headers[name] = name === 'vary' && headers.vary ? `${headers.vary}, ${value}` : value;
  headers.vary = headers.vary ? `${headers.vary}, Authorization, X-Access-Key` : 'Authorization, X-Access-Key';
  headers.etag = entry.etag;
  // Browsers keep it but ask again each time; the answer is then a 304 without a body.
  headers['cache-control'] = entry.private ? 'private, no-cache' : 'no-cache';
  const notModified = ifNoneMatch != null && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag);
  if (notModified) return new Response(null, { status: 304, headers });
  headers['content-type'] = 'application/json';
  return new Response(entry.body, { status: 200, headers });
}
