import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The server as users run it: the built bin, in its own process. */
export const serverBin = fileURLToPath(new URL('../../bin/jianyi-server.js', import.meta.url));

export type DatabaseKind = 'sqlite' | 'postgres';

/** Where tests may create PostgreSQL databases; local peer authentication by default. */
const adminUrl = process.env.JIANYI_TEST_PG_ADMIN_URL ?? `postgresql://${userInfo().username}@%2Fvar%2Frun%2Fpostgresql/postgres`;

let postgresChecked: Promise<string | undefined> | undefined;
/** Undefined when PostgreSQL is reachable; otherwise why not. */
export function postgresUnavailable(): Promise<string | undefined> {
  postgresChecked ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (error) {
      if (process.env.JIANYI_REQUIRE_POSTGRES) throw new Error(`PostgreSQL is required here but not reachable: ${String(error)}`);
      return `PostgreSQL not reachable at ${adminUrl} (${String(error)}); start it to run these tests on PostgreSQL too`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return postgresChecked;
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jianyi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres(\?|$)/, `/${name}$1`);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestServer {
  kind: DatabaseKind;
  baseUrl: string;
  /** Arguments that point a CLI command at this server's database. */
  databaseArgs: string[];
  output: string[];
  /** Runs `jianyi-server …` against the same database and returns its stdout. */
  cli(...args: string[]): string;
  token(role: string, name: string, extra?: string[]): string;
  /** Stops the process: gracefully, or with SIGKILL like a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same database. */
  restart(): Promise<void>;
  /** Stops it and deletes its database. */
  dispose(): Promise<void>;
  /** A second server process on the same database, as a scaled-out deployment runs. */
  another(): Promise<{ baseUrl: string; stop(): Promise<void> }>;
}

const generousLimits = 'create=100000,vote=100000,comment=100000,lookup=100000';

export async function startTestServer(kind: DatabaseKind, options: { args?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jianyi-test-'));
  const postgres = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const databaseArgs = postgres ? ['--database-url', postgres.url] : ['--data-dir', dataDir];
  const output: string[] = [];
  let child: ChildProcess | undefined;
  let baseUrl = '';
  let port = '0';

  async function launch() {
    const args = [serverBin, '--port', port, '--job-every', '0', '--rate-limits', generousLimits, ...databaseArgs, ...(options.args ?? [])];
    const started = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 20_000);
      started.stdout!.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        const match = /listening on (http:\/\/\S+)/.exec(output.join(''));
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      started.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output.join('')}`));
      });
    });
    // Restarts come back on the same port, as a real deployment would.
    port = new URL(baseUrl).port;
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM') {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  }

  await launch();
  const extra: ChildProcess[] = [];
  const cli = (...args: string[]) => execFileSync(process.execPath, [serverBin, ...args, ...databaseArgs], { encoding: 'utf8' }).trim();
  return {
    kind,
    get baseUrl() {
      return baseUrl;
    },
    databaseArgs,
    output,
    cli,
    token: (role, name, extra = []) => cli('token', 'create', '--role', role, '--name', name, ...extra),
    stop,
    async restart() {
      await stop();
      await launch();
    },
    async another() {
      const args = [serverBin, '--port', '0', '--job-every', '0', '--rate-limits', generousLimits, ...databaseArgs];
      const second = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let seen = '';
      const url = await new Promise<string>((resolve, reject) => {
        second.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(seen);
          if (match) resolve(match[1]!);
        });
        second.once('exit', (code) => reject(new Error(`second server exited with ${code}: ${seen}`)));
      });
      extra.push(second);
      return {
        baseUrl: url,
        stop: () =>
          new Promise<void>((resolve) => {
            if (second.exitCode !== null) return resolve();
            second.once('exit', () => resolve());
            second.kill();
          }),
      };
    },
    async dispose() {
      for (const process of extra) process.kill();
      await stop();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The database kinds to run a suite on, with the reason when one is skipped. */
export async function databaseKinds(): Promise<{ kind: DatabaseKind; skip: string | false }[]> {
  const reason = await postgresUnavailable();
  return [
    { kind: 'sqlite', skip: false },
    { kind: 'postgres', skip: reason ?? false },
  ];
}
