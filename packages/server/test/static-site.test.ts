// `--static`: a folder served beside the API (how `npm start` serves the demo portal):
// its pages come with the strict Content-Security-Policy the widgets are built for,
// nothing outside the folder can be reached, and the API keeps its own answers.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './support/server-process.js';

describe('static folders beside the API', () => {
  let server: TestServer;
  let site: string;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'jianyi-site-'));
    mkdirSync(join(site, 'portal'));
    writeFileSync(join(site, 'portal', 'index.html'), '<!doctype html><title>门户</title><p>建言</p>');
    writeFileSync(join(site, 'portal', 'app.js'), 'console.log(1)');
    writeFileSync(join(site, 'secret.txt'), 'outside the mount');
    server = await startTestServer('sqlite', { args: ['--static', `/portal/=${join(site, 'portal')}`] });
  });
  after(async () => {
    await server?.dispose();
    rmSync(site, { recursive: true, force: true });
  });

  test('a page is served with the strict policy; a script without it', async () => {
    const page = await fetch(`${server.baseUrl}/portal/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html', "frame-ancestors 'none'"]) {
      assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    }
    assert.ok(!policy.includes('unsafe-inline'));
    assert.match(await page.text(), /建言/);
    const script = await fetch(`${server.baseUrl}/portal/app.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  });

  test('the folder without its slash redirects, so relative links work', async () => {
    const response = await fetch(`${server.baseUrl}/portal`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/portal/');
  });

  test('nothing outside the folder is reachable, however the path is spelled', async () => {
    for (const path of ['/portal/../secret.txt', '/portal/%2e%2e/secret.txt', '/portal/..%2fsecret.txt', '/portal//etc/passwd', '/secret.txt']) {
      const response = await fetch(`${server.baseUrl}${path}`);
      const body = await response.text();
      assert.ok(!body.includes('outside the mount'), path);
      assert.notEqual(response.status, 200, path);
    }
  });

  test('the API is unchanged: its routes and its problem answers', async () => {
    assert.equal((await fetch(`${server.baseUrl}/v1/categories`)).status, 200);
    const missing = await fetch(`${server.baseUrl}/portal/missing.html`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
  });
});
