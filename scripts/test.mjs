#!/usr/bin/env node
// Runs every test: the Node suites of all packages in one `node --test` run, then the
// widget suites in Chromium (@web/test-runner), and prints one closing line for both.
// Usage: node scripts/test.mjs [filter]  — only test files whose path contains `filter`.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
// Node suites: packages/*/test/, examples/*/test/ (the examples run as their READMEs
// say) and the Storybook's own (stories/storybook.test.ts).
const all = ['packages', 'examples', 'stories']
  .flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).map((path) => join(root, path)))
  .filter((path) => path.endsWith('.test.ts') && !path.includes('node_modules') && path.includes(filter))
  .sort();
const nodeFiles = all.filter((path) => /^(packages|examples)\/[^/]+\/test\//.test(path) || path.startsWith('stories/'));
const browserFiles = all.filter((path) => path.startsWith('packages/elements/src/'));
if (all.length === 0) {
  console.error(`No test files found${filter ? ` matching ${filter}` : ''}`);
  process.exit(1);
}

/** Runs a command, showing its output as it comes, and returns all of it. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
let ok = true;
if (nodeFiles.length > 0) {
  const result = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...nodeFiles]);
  passed += Number(/^# pass (\d+)/m.exec(result.output)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(result.output)?.[1] ?? 0);
  ok &&= result.code === 0;
}
if (browserFiles.length > 0) {
  // Exactly the files found above, whether the filter names a file, a folder or a word.
  const pattern = browserFiles.length === 1 ? browserFiles[0] : `{${browserFiles.join(',')}}`;
  const result = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'packages/elements/web-test-runner.config.mjs'], {
    JIANYI_WTR_FILES: pattern,
  });
  const counts = [...result.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  passed += Number(counts?.[1] ?? 0);
  failed += Number(counts?.[2] ?? 0);
  ok &&= result.code === 0 && counts !== undefined;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
