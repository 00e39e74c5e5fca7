// The operator's side: the command line says what is wrong in one line, and the OpenAPI
// document that integrators generate clients from is valid.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { serverBin, startTestServer, type TestServer } from './support/server-process.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [serverBin, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line', () => {
  test('--help lists every setting with its environment variable', () => {
    const { code, stdout } = run('--help');
    assert.equal(code, 0);
    for (const text of ['--port', '--data-dir', '--database-url', '--cors-origin', '--seed-demo', 'JIANYI_PORT', 'JIANYI_DATA_DIR', 'DATABASE_URL', 'JIANYI_CORS_ORIGINS']) {
      assert.ok(stdout.includes(text), text);
    }
  });

  test('a bad value is refused with one line that says what to do, not a stack trace', () => {
    for (const [args, expected] of [
      [['--port', 'eighty'], /--port must be a number/],
      [['--database-url', 'mysql://x'], /must start with postgres/],
      [['--cors-origin', 'not an origin'], /is not an origin like/],
      [['--rate-limits', 'create=lots'], /is not like create=10/],
      [['--frobnicate'], /Unknown option/],
      [['--static', '/portal/=/no/such/folder'], /folder ".*" does not exist/],
      [['--static', '/v1/=.'], /must be a URL path like \/portal\/ outside \/v1/],
      [['token', 'create', '--role', 'king', '--name', 'x'], /--role must be one of/],
    ] as const) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, expected);
      assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
      assert.doesNotMatch(stderr, /at .*\.js:\d+/);
    }
  });
});

describe('OpenAPI document', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite');
  });
  after(() => server?.dispose());

  test('is served, valid OpenAPI 3.1, and describes every route', async () => {
    const response = await fetch(`${server.baseUrl}/v1/openapi.json`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.ok(result.valid, JSON.stringify(result.errors ?? []).slice(0, 2000));
    for (const path of ['/v1/suggestions', '/v1/suggestions/{id}', '/v1/suggestions/{id}/actions', '/v1/topics/{id}/votes', '/v1/topics/{id}/comments', '/v1/stats', '/v1/attachments']) {
      assert.ok(document.paths[path], path);
    }
    // Limits from core's schemas are in the document.
    const title = document.components.schemas.SuggestionInput?.properties?.title as { type: string };
    assert.equal(title.type, 'string');
  });
});
