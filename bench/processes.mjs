// Starts the real server bin (and the bare Hono ceiling) in their own processes, pinned
// to one core with taskset so the load generator in this process can have the other.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const serverBin = fileURLToPath(new URL('../packages/server/bin/jianyi-server.js', import.meta.url));
const ceilingScript = fileURLToPath(new URL('./ceiling-server.mjs', import.meta.url));
export const pgAdminUrl = process.env.JIANYI_BENCH_PG_ADMIN_URL ?? `postgresql://${userInfo().username}@%2Fvar%2Frun%2Fpostgresql/postgres`;

/** The core the server runs on; the bench itself is pinned to the others by `npm run bench`. */
export const serverCore = '0';
const canPin = cpus().length > 1 && hasTaskset();

function hasTaskset() {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const pinned = canPin;

/** Moves this process (all its threads: the load generator) off the server's core. */
export function pinSelfAwayFromServer() {
  if (!canPin) return;
  const others = cpus().map((_, index) => index).filter((index) => String(index) !== serverCore).join(',');
  execFileSync('taskset', ['-a', '-p', '-c', others, String(process.pid)], { stdio: 'ignore' });
}

/** Spawns `node script args`, waits for "listening on URL" on stdout. */
async function spawnListening(script, args) {
  const command = canPin ? 'taskset' : process.execPath;
  const argv = canPin ? ['-c', serverCore, process.execPath, script, ...args] : [script, ...args];
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output.join('')}`)), 60_000);
    const onData = (chunk) => {
      output.push(String(chunk));
      const match = /listening on (http:\/\/\S+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output.join('')}`)));
  });
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc). */
export async function rssOf(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

export async function createPostgresDatabase(prefix = 'jianyi_bench') {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: pgAdminUrl.replace(/\/postgres(\?|$)/, `/${name}$1`),
    async drop() {
      const client = new pg.Client({ connectionString: pgAdminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * The API on a fresh SQLite file or PostgreSQL database with the demo data. Rate limits are
 * turned off (0) on purpose: the load comes from one address, which they would stop at once.
 */
export async function startApi(kind, { rateLimits = 'create=0,vote=0,comment=0,lookup=0', extraArgs = [], databaseUrl, dataDir = mkdtempSync(join(tmpdir(), 'jianyi-bench-')) } = {}) {
  const database = kind === 'postgres' && !databaseUrl ? await createPostgresDatabase() : undefined;
  const url = databaseUrl ?? database?.url;
  const dbArgs = kind === 'postgres' ? ['--database-url', url] : ['--data-dir', dataDir];
  const server = await spawnListening(serverBin, ['--port', '0', '--job-every', '0', '--seed-demo', '--rate-limits', rateLimits, ...dbArgs, ...extraArgs]);
  return {
    ...server,
    kind,
    dataDir,
    async stop() {
      await server.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function startCeiling() {
  return spawnListening(ceilingScript, []);
}
