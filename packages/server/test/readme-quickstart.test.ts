// The README's Node quick start, run exactly as written against a real server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './support/server-process.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const snippet = /## Quick start: Node[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('README quick start', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo'] });
  });
  after(() => server?.dispose());

  test('runs in Node and prints what the README says', () => {
    assert.ok(snippet.includes('createClient'), 'the README has a Node quick start');
    // Saved in the repository root, as the README tells, so @jianyi/core resolves.
    const file = `${root}quickstart-test-${process.pid}.mjs`;
    writeFileSync(file, snippet);
    try {
      const output = execFileSync(process.execPath, [file], { env: { ...process.env, JIANYI_API: server.baseUrl }, encoding: 'utf8' });
      assert.match(output, /查询码 JY[0-9A-Z]{10} 查询密钥 \S{20,}/);
      assert.match(output, /assigned submit → accept → assign/);
      assert.match(output, /public view shows the phone: false/);
      assert.match(output, /title: '至少需要 5 个字'/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('examples/quickstart/node.mjs is the same code', () => {
    const example = readFileSync(`${root}examples/quickstart/node.mjs`, 'utf8');
    assert.ok(example.endsWith(snippet), 'update examples/quickstart/node.mjs from the README');
  });
});
