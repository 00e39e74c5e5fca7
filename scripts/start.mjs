#!/usr/bin/env node
// `npm start`: builds the packages, then runs the reference API on its embedded SQLite
// database with demo data, serving beside it the demo city portal (examples/city-portal),
// the widgets' script-tag bundle, the browser SDK and the other examples, all from one
// origin; and prints where everything is. Settings come from the same environment
// variables the server reads (JIANYI_PORT, JIANYI_DATA_DIR, DATABASE_URL …).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { demoSiteArgs } from './demo-site.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// The end-to-end test starts this stack after `npm test` has built everything once.
if (process.env.JIANYI_START_SKIP_BUILD !== '1') {
  const build = spawnSync(npm, ['run', 'build', '--silent'], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { demoTokens } = await import('@jianyi/core/demo-data');
const env = {
  ...process.env,
  JIANYI_DATA_DIR: process.env.JIANYI_DATA_DIR ?? '.data/demo',
  JIANYI_SEED_DEMO: process.env.JIANYI_SEED_DEMO ?? '1',
  JIANYI_CORS_ORIGINS: process.env.JIANYI_CORS_ORIGINS ?? '*',
};
const server = spawn(process.execPath, [fileURLToPath(new URL('../packages/server/bin/jianyi-server.js', import.meta.url)), ...demoSiteArgs, ...process.argv.slice(2)], { env, stdio: ['inherit', 'pipe', 'inherit'] });
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const url = /listening on (http:\/\/\S+)/.exec(chunk.toString())?.[1];
  if (url && !announced) {
    announced = true;
    const departments = Object.entries(demoTokens.department).slice(0, 3).map(([id, token]) => `${token} (${id})`).join(', ');
    console.log(`
Jianyi demo is running.
  Portal         ${url}/            (open on a phone-sized window: 我要建言, 热点关注, 进度查询)
  Staff page     ${url}/staff.html  (accept, assign, reply as the demo staff below)
  API            ${url}/v1/
  OpenAPI        ${url}/v1/openapi.json
  Try            curl ${url}/v1/suggestions/JYDEMO000001
Staff demo tokens (Authorization: Bearer …):
  dispatcher     ${demoTokens.dispatcher}
  supervisor     ${demoTokens.supervisor}
  admin          ${demoTokens.admin}
  departments    ${departments} …
Demo suggestions JYDEMO000001 … with access keys demo-key-000001-jianyi …
Press Ctrl+C to stop.`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
