import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { resolveActor } from './auth/actor.js';
import type { AppEnv, Services } from './context.js';
import { problemResponse, ProblemError } from './http/problem.js';
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
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
  });
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (options.corsOrigins.includes('*') || options.corsOrigins.includes(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Access-Key', 'X-Voter-Token', 'Accept-Language', 'Last-Event-ID'],
      exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
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
  return app;
}
