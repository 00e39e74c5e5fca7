import { serve, type ServerType } from '@hono/node-server';
import { defaultPolicy } from '@jianyi/core';
import { createApp } from './app.js';
import type { Services } from './context.js';
import { ResponseCache } from './http/response-cache.js';
import { runSystemJob } from './jobs/system-job.js';
import { openDatabase } from './store/database.js';
import { seedDemo } from './store/seed-demo.js';
import type { Settings } from './settings.js';

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** Opens the database, seeds it if asked, and serves the API until `close`. */
export async function startServer(settings: Settings, log: (line: string) => void = console.log): Promise<RunningServer> {
  const database = await openDatabase(settings);
  const services: Services = { database, now: () => new Date(), policy: defaultPolicy, rateLimits: settings.rateLimits, cache: new ResponseCache(database.changes), log };
  if (settings.seedDemo) {
    const seeded = await seedDemo(database, services.now());
    if (seeded) log(`Loaded demo data: ${seeded.suggestions} suggestions, ${seeded.topics} topics, ${seeded.comments} comments`);
  }
  const app = createApp(services, { corsOrigins: settings.corsOrigins, staticMounts: settings.staticMounts });
  const server: ServerType = await new Promise((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () => resolve(started));
    started.once('error', reject);
  });
  let timer: NodeJS.Timeout | undefined;
  if (settings.jobEveryMinutes > 0) {
    timer = setInterval(() => {
      runSystemJob(database, services.now(), services.policy).catch((error: unknown) => log(`system job failed: ${String(error)}`));
    }, settings.jobEveryMinutes * 60_000);
    timer.unref();
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return {
    url: `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`,
    services,
    async close() {
      if (timer) clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
