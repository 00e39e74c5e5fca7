/** Headers a browser may read on a cross-origin answer. */
export const exposeHeaders = ['Retry-After', 'Idempotent-Replayed'];
const exposed = exposeHeaders.join(',');

/** The CORS policy: the origin to allow for a request's `Origin`, or null. */
export type AllowOrigin = (origin: string) => string | null;

export function allowOriginOf(corsOrigins: string[]): AllowOrigin {
  return (origin) => (corsOrigins.includes('*') || corsOrigins.includes(origin) ? origin : null);
}

/** Security headers for all, and CORS for the API (as hono/cors gives them outside a preflight). */
export function commonHeaders(path: string, origin: string | null | undefined, allowOrigin: AllowOrigin): [string, string][] {
  const headers: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'no-referrer'],
  ];
  if (!path.startsWith('/v1/')) return headers;
  const allowed = allowOrigin(origin ?? '');
  if (allowed) headers.push(['access-control-allow-origin', allowed]);
  headers.push(['access-control-expose-headers', exposed], ['vary', 'Origin']);
  return headers;
}
