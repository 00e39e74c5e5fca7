#!/usr/bin/env node
// The adversarial suite (RELIABILITY.md): every file in test/adversarial/, plus the widget
// checks that live beside the elements package (strict CSP + Trusted Types, no HTML from
// strings) and also run in `npm test`. Prints `N passed, N failed` and writes the cases
// each point tried into RELIABILITY.md between its markers.
// Usage: node scripts/test-adversarial.mjs [filter] — only files whose path contains `filter`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const referenced = ['packages/elements/test/csp.test.ts', 'packages/elements/test/no-html-injection.test.ts'];
const files = [
  ...readdirSync('test/adversarial').filter((name) => name.endsWith('.test.ts')).map((name) => join('test/adversarial', name)).sort(),
  ...referenced,
].filter((path) => path.includes(filter));
if (files.length === 0) {
  console.error(`No adversarial test files found${filter ? ` matching ${filter}` : ''}`);
  process.exit(1);
}

const tallyDir = mkdtempSync(join(tmpdir(), 'jianyi-adversarial-'));
const started = Date.now();
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, JIANYI_ADVERSARIAL_TALLY: tallyDir },
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const code = await new Promise((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
const passed = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
const failed = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
const seconds = Math.round((Date.now() - started) / 1000);

// Only a full, green run rewrites the figures: a filtered or failing run would show too few.
const tallyFile = join(tallyDir, 'tally.jsonl');
if (!filter && code === 0 && failed === 0 && existsSync(tallyFile)) {
  const cases = new Map();
  for (const line of readFileSync(tallyFile, 'utf8').split('\n').filter(Boolean)) {
    const { point, cases: n } = JSON.parse(line);
    cases.set(point, (cases.get(point) ?? 0) + n);
  }
  const rows = [...cases].sort(([a], [b]) => a.localeCompare(b)).map(([point, n]) => `| ${point} | ${n} |`);
  const table = [
    `Last full run: ${new Date().toISOString().slice(0, 10)}, ${passed} tests passed, ${seconds} s.`,
    '',
    '| point | cases tried |',
    '|---|---|',
    ...rows,
  ].join('\n');
  const doc = readFileSync('RELIABILITY.md', 'utf8');
  writeFileSync('RELIABILITY.md', doc.replace(/(<!-- adversarial:start -->\n)[\s\S]*?(\n<!-- adversarial:end -->)/, `$1${table}$2`));
}
rmSync(tallyDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
