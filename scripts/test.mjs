#!/usr/bin/env node
// Runs every package's Node tests in one `node --test` run, so one summary line counts them all.
// Usage: node scripts/test.mjs [filter]  — only test files whose path contains `filter`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const files = readdirSync('packages', { recursive: true, encoding: 'utf8' })
  .map((path) => join('packages', path))
  .filter((path) => /\/test\/.*\.test\.ts$/.test(path) && !path.includes('node_modules') && path.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`No test files found under packages/*/test${filter ? ` matching ${filter}` : ''}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
