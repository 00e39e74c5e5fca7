import { parseArgs } from 'node:util';
import { defaultPolicy } from '@jianyi/core';
import { runSystemJob } from './jobs/system-job.js';
import { startServer } from './server.js';
import { parseSettings, SettingsError, usage } from './settings.js';
import { openDatabase } from './store/database.js';
import { createToken, disableToken, staffRoles, type StaffRole } from './store/tokens.js';

/** `jianyi-server [options]`, `jianyi-server token …`, `jianyi-server job …`. Returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(usage);
      return 0;
    }
    const [command, ...rest] = argv;
    if (command === 'token') return await tokenCommand(rest, env);
    if (command === 'job') return await jobCommand(rest, env);
    if (command && !command.startsWith('-')) throw new SettingsError(`unknown command "${command}"; see --help`);
    return await serveCommand(argv, env);
  } catch (error) {
    if (error instanceof SettingsError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`jianyi-server: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

async function serveCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const settings = parseSettings(argv, env);
  const server = await startServer(settings).catch((error: unknown) => {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'EADDRINUSE') throw new SettingsError(`port ${settings.port} is in use; choose another with --port`);
    if (code === 'ECONNREFUSED') throw new SettingsError('cannot reach the PostgreSQL server in --database-url; is it running?');
    throw error;
  });
  console.log(`Jianyi API listening on ${server.url} (database: ${server.services.database.dialect} at ${server.services.database.location})`);
  console.log(`OpenAPI document: ${server.url}/v1/openapi.json`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

function splitSettings(args: string[]): { own: string[]; shared: string[] } {
  // --data-dir and --database-url say which database a command works on.
  const shared: string[] = [];
  const own: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data-dir' || arg === '--database-url') shared.push(arg, args[++i] ?? '');
    else if (arg.startsWith('--data-dir=') || arg.startsWith('--database-url=')) shared.push(arg);
    else own.push(arg);
  }
  return { own, shared };
}

async function tokenCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [action, ...rest] = args;
  const { own, shared } = splitSettings(rest);
  const settings = parseSettings(shared, env);
  if (action === 'create') {
    const { values } = parseArgs({
      args: own,
      strict: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' }, member: { type: 'string' } },
    });
    const role = values.role as StaffRole | undefined;
    if (!role || !staffRoles.includes(role)) throw new SettingsError(`--role must be one of ${staffRoles.join(', ')}`);
    if (!values.name) throw new SettingsError('--name is required: the name shown on the timeline, e.g. "市城管局"');
    if (role === 'department' && !values.department) throw new SettingsError('a department token needs --department ID');
    if (role === 'member' && !values.member) throw new SettingsError('a member token needs --member ID');
    const database = await openDatabase(settings);
    const token = await createToken(database.db, { role, displayName: values.name, departmentId: values.department, memberId: values.member }, new Date().toISOString());
    await database.close();
    console.log(token);
    return 0;
  }
  if (action === 'disable') {
    const [token] = own;
    if (!token) throw new SettingsError('usage: jianyi-server token disable TOKEN');
    const database = await openDatabase(settings);
    const done = await disableToken(database.db, token);
    await database.close();
    if (!done) throw new SettingsError('no such token');
    console.log('disabled');
    return 0;
  }
  throw new SettingsError('usage: jianyi-server token create|disable …; see --help');
}

async function jobCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { own, shared } = splitSettings(args);
  const { values } = parseArgs({ args: own, strict: true, options: { now: { type: 'string' } } });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new SettingsError(`--now must be an ISO time like 2026-03-01T08:00:00Z, not "${values.now}"`);
  const database = await openDatabase(parseSettings(shared, env));
  const report = await runSystemJob(database, now, defaultPolicy);
  await database.close();
  console.log(JSON.stringify(report));
  return 0;
}
