import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRateLimits, type RateLimits } from './context.js';
import { parseStaticMount, type StaticMount } from './http/static-site.js';

export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  corsOrigins: string[];
  seedDemo: boolean;
  rateLimits: RateLimits;
  /** Minutes between runs of the system job inside the server; 0 turns it off. */
  jobEveryMinutes: number;
  /** Folders served beside the API (a portal's pages, the widget bundle). */
  staticMounts: StaticMount[];
}

export const usage = `Usage: jianyi-server [options]
       jianyi-server token create --role ROLE --name NAME [--department ID] [--member ID]
       jianyi-server token disable TOKEN
       jianyi-server job [--now ISO-TIME]

Runs the Jianyi reference API.

Options (each also an environment variable):
  --port N              port to listen on, 0 for any free one JIANYI_PORT (default 8787)
  --host ADDRESS        address to bind                       JIANYI_HOST (default 127.0.0.1)
  --data-dir DIR        where the embedded SQLite file lives  JIANYI_DATA_DIR (default ./.data)
  --database-url URL    use PostgreSQL instead of SQLite      DATABASE_URL
  --cors-origin ORIGINS portal origins allowed, comma-separated JIANYI_CORS_ORIGINS
  --seed-demo           load the demo data (idempotent)       JIANYI_SEED_DEMO=1
  --rate-limits SPEC    per-IP limits per minute, e.g. create=10,vote=30,comment=10,lookup=120;
                        0 turns one off (when a gateway in front limits instead)
                                                              JIANYI_RATE_LIMITS
  --job-every MINUTES   run the urge/auto-close job this often; 0 = never
                                                              JIANYI_JOB_EVERY (default 10)
  --static [PREFIX=]DIR serve a folder's files under PREFIX (default /), HTML pages
                        with a strict Content-Security-Policy; repeatable
                                                              JIANYI_STATIC (comma-separated)
  --help                show this text

Environment only:
  JIANYI_STREAM_MAX_MS  how long one timeline stream (SSE) lasts before it ends with an
                        \`end\` event and the browser reconnects (default 600000)

Roles for tokens: member, integrator, dispatcher, department, supervisor, admin.`;

/** A setting that cannot be used; its message is one line a person can act on. */
export class SettingsError extends Error {}

export function parseSettings(args: string[], env: NodeJS.ProcessEnv): Settings {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'cors-origin': { type: 'string' },
      'seed-demo': { type: 'boolean' },
      'rate-limits': { type: 'string' },
      'job-every': { type: 'string' },
      static: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  const portText = values.port ?? env.JIANYI_PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new SettingsError(`--port must be a number from 0 (any free port) to 65535, not "${portText}"`);
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL ?? undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new SettingsError('--database-url must start with postgres:// or postgresql://');
  }
  const corsOrigins = (values['cors-origin'] ?? env.JIANYI_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new SettingsError(`--cors-origin: "${origin}" is not an origin like https://www.example.gov.cn`);
    }
  }
  const jobText = values['job-every'] ?? env.JIANYI_JOB_EVERY ?? '10';
  if (!/^\d+$/.test(jobText)) throw new SettingsError(`--job-every must be a whole number of minutes, not "${jobText}"`);
  const staticSpecs = values.static ?? (env.JIANYI_STATIC ?? '').split(',').map((spec) => spec.trim()).filter(Boolean);
  const staticMounts = staticSpecs.map((spec) => {
    const mount = parseStaticMount(spec);
    if (typeof mount === 'string') throw new SettingsError(mount);
    return mount;
  });
  return {
    port,
    host: values.host ?? env.JIANYI_HOST ?? '127.0.0.1',
    dataDir: resolve(values['data-dir'] ?? env.JIANYI_DATA_DIR ?? '.data'),
    databaseUrl,
    corsOrigins,
    seedDemo: values['seed-demo'] ?? ['1', 'true', 'yes'].includes(env.JIANYI_SEED_DEMO ?? ''),
    rateLimits: parseRateLimits(values['rate-limits'] ?? env.JIANYI_RATE_LIMITS),
    jobEveryMinutes: Number(jobText),
    staticMounts,
  };
}

function parseRateLimits(spec: string | undefined): RateLimits {
  const limits = { ...defaultRateLimits };
  if (!spec) return limits;
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=').map((piece) => piece.trim());
    if (!name || !(name in limits) || !value || !/^\d+$/.test(value)) {
      throw new SettingsError(`--rate-limits: "${part}" is not like create=10 (names: ${Object.keys(limits).join(', ')})`);
    }
    limits[name as keyof RateLimits] = Number(value);
  }
  return limits;
}
