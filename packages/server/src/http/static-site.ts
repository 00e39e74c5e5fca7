import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';

/** A folder served beside the API: the widget bundle, or a portal's own pages. */
export interface StaticMount {
  /** URL path it is served under, starting and ending with `/`. */
  prefix: string;
  /** Absolute folder. */
  dir: string;
}

/**
 * The policy HTML pages from a static folder are served with: scripts only from this
 * origin, no inline script, Trusted Types required. The widgets are built for it (Lit's
 * templates go through the `lit-html` policy; styles are constructed sheets), so a page
 * that works here cannot be turned against its citizens by a stored payload.
 */
export const strictPagePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Parses `--static [PREFIX=]DIR`; returns a message a person can act on when it is unusable. */
export function parseStaticMount(spec: string): StaticMount | string {
  const at = spec.indexOf('=');
  const rawPrefix = at > 0 ? spec.slice(0, at) : '/';
  const dir = resolve(at > 0 ? spec.slice(at + 1) : spec);
  if (!rawPrefix.startsWith('/') || rawPrefix.startsWith('/v1') || /[\s?#]|\.\./.test(rawPrefix)) {
    return `--static: "${rawPrefix}" must be a URL path like /portal/ outside /v1`;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--static: folder "${dir}" does not exist`;
  return { prefix: rawPrefix.endsWith('/') ? rawPrefix : `${rawPrefix}/`, dir };
}

/** Serves each mount, longest prefix first, after the API routes. */
export function mountStaticSites(app: Hono<AppEnv>, mounts: StaticMount[]) {
  const longestFirst = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const { prefix, dir } of longestFirst) {
    const below = prefix.length - 1;
    // `/prefix` without its slash (which `prefix*` would match too): relative links inside
    // the folder need the slash.
    if (prefix !== '/') app.get(prefix.slice(0, -1), (c) => c.redirect(prefix, 301));
    app.get(
      prefix === '/' ? '*' : `${prefix}*`,
      serveStatic({
        root: dir,
        rewriteRequestPath: (path) => path.slice(below) || '/',
        onFound: (path, c) => {
          // Pages and bundles change with every build; revalidate rather than go stale.
          c.header('cache-control', 'no-cache');
          if (path.endsWith('.html')) c.header('content-security-policy', strictPagePolicy);
        },
      }),
    );
  }
}
