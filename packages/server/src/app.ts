import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { resolveActor } from './auth/actor.js';
import type { AppEnv, Services } from './context.js';
import { cachedReadsFirst } from './http/cached-reads.js';
import { allowOriginOf, commonHeaders, exposeHeaders } from './http/common-headers.js';
import { problemResponse, ProblemError } from './http/problem.js';
import { hasCommonHeaders } from './http/response-cache.js';
import { mountStaticSites, type StaticMount } from './http/static-site.js';
import { attachmentRoutes } from './routes/attachments.js';
import { metaRoutes } from './routes/meta.js';
import { openApiRoutes } from './routes/openapi.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { topicRoutes } from './routes/topics.js';

export interface AppOptions {
  /** Portal origins allowed to call the API from a browser. */
  corsOrigins: string[];
  /** Folders served beside the API; none by default. */
  staticMounts?: StaticMount[];
}

export function createApp(services: Services, options: AppOptions) {
  const app = new Hono<AppEnv>();
  const allowOrigin = allowOriginOf(options.corsOrigins);
  const preflight = cors({
    origin: allowOrigin,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Access-Key', 'X-Voter-Token', 'Accept-Language', 'Last-Event-ID'],
    exposeHeaders,
    maxAge: 600,
  });
  // The headers every answer carries, given before the handler makes its response, so that
  // it is made once with them (touching a made response copies it: a third of a cached read).
  app.use('*', async (c, next) => {
    c.set('services', services);
    // A preflight gets its CORS headers from hono/cors (below).
    const headers = commonHeaders(c.req.method === 'OPTIONS' ? '' : c.req.path, c.req.header('origin'), allowOrigin);
    c.set('commonHeaders', headers);
    for (const [name, value] of headers) c.header(name, value, { append: name === 'vary' });
    await next();
    // A handler's own Response (a problem, a replay, a file) was made without them.
    if (!hasCommonHeaders(c.res)) for (const [name, value] of headers) c.header(name, value, { append: name === 'vary' });
  });
  app.use('/v1/*', (c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next()));
  app.use('/v1/*', resolveActor());

  app.route('/v1', suggestionRoutes);
  app.route('/v1', topicRoutes);
  app.route('/v1', metaRoutes);
  app.route('/v1', attachmentRoutes);
  app.route('/v1', openApiRoutes);
  app.get('/healthz', (c) => c.json({ ok: true, database: services.database.dialect }));
  mountStaticSites(app, options.staticMounts ?? []);

  app.notFound((c) => problemResponse(c, new ProblemError(404, 'not_found', 'notFound')));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    services.log(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return problemResponse(c, new ProblemError(500, 'internal_error', 'serverError'));
  });
  // Repeated topic and tracker reads are answered before all of the above when nothing in it could change the answer.
  app.fetch = cachedReadsFirst(app.fetch, services, allowOrigin);
  return app;
}
