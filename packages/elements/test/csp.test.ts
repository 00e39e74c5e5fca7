// The widgets in a portal page served with a strict Content-Security-Policy and Trusted
// Types required: the script-tag bundle against the real reference server, in Chromium.
// Not one violation report while a citizen uses them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minHumanFillMs } from '@jianyi/core';
import { demoAccessKey, demoTrackingCode } from '@jianyi/core/demo-data';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../server/test/support/server-process.js';

const bundle = fileURLToPath(new URL('../dist/cdn/jianyi.js', import.meta.url));

/** Collects violations from the first moment; loaded before anything else on the page. */
const probe = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});`;

function page(apiBase: string, body: string) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CSP</title>
  <script src="/probe.js"></script>
  <script type="module" src="/jianyi.js"></script>
</head>
<body>
  <jy-provider api-base="${apiBase}">${body}</jy-provider>
</body>
</html>`;
}

describe('strict CSP with Trusted Types', () => {
  let api: TestServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  let html = '';

  before(async () => {
    api = await startTestServer('sqlite', { args: ['--seed-demo', '--cors-origin', '*'] });
    site = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const csp = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        `connect-src 'self' ${new URL(api.baseUrl).origin}`,
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; ');
      if (path === '/jianyi.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
      // The parts jianyi.js fetches later (the poll's vote and comment code, the form's success view, other locales).
      if (/^\/(shared|locales)\/[\w.-]+\.js$/.test(path)) {
        return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL(`../dist/cdn${path}`, import.meta.url)));
      }
      if (path === '/probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(probe);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
    site?.close();
    await api?.dispose();
  });

  test('rating a reply: no violation, and the rating is stored', async () => {
    // JYDEMO… in state `replied`: find it through the API as staff.
    const list = (await (await fetch(`${api.baseUrl}/v1/suggestions?status=replied`, { headers: { authorization: 'Bearer demo-dispatcher' } })).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const key = demoAccessKey(Number(id.replace('JYDEMO', '')));
    assert.equal(id, demoTrackingCode(Number(id.replace('JYDEMO', ''))));
    html = page(api.baseUrl, `<jy-rating suggestion="${id}" access-key="${key}"></jy-rating>`);

    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(siteUrl);
    await tab.locator('jy-rating [data-choice="satisfied"]').click();
    await tab.locator('jy-rating [data-choice="yes"]').click();
    await tab.locator('jy-rating [part="submit"]').click();
    await tab.locator('jy-rating .done').waitFor();

    assert.deepEqual(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    const stored = (await (await fetch(`${api.baseUrl}/v1/suggestions/${id}`, { headers: { 'x-access-key': key } })).json()) as { suggestion: { status: string } };
    assert.equal(stored.suggestion.status, 'closed');
    await tab.close();
  });

  test('voting, commenting and tracking: no violation', async () => {
    const id = 'JYDEMO000005';
    const key = demoAccessKey(5);
    html = page(
      api.baseUrl,
      `<jy-hot-topic-poll topic="topic-bus"></jy-hot-topic-poll>
       <jy-status-tracker tracking-code="${id}" access-key="${key}" poll-interval="1"></jy-status-tracker>`,
    );
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(siteUrl);
    const poll = tab.locator('jy-hot-topic-poll');
    await poll.getByRole('checkbox').first().check();
    await poll.getByRole('button', { name: '投票' }).click();
    await poll.getByRole('table').waitFor();
    await poll.locator('textarea').fill('建议早高峰加密 15 路公交班次，谢谢！');
    await poll.getByRole('button', { name: '发表留言' }).click();
    await poll.getByText('建议早高峰加密 15 路公交班次，谢谢！').waitFor();
    const tracker = tab.locator('jy-status-tracker');
    await tracker.getByText(id).first().waitFor();
    await tab.waitForTimeout(1500); // a poll of the tracker goes by
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('submitting a suggestion through the form: no violation, and it is stored', async () => {
    html = page(api.baseUrl, `<jy-suggestion-form workstation="ws-yueyanglou"></jy-suggestion-form>`);
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(siteUrl);
    const form = tab.locator('jy-suggestion-form');
    await form.locator('[part="category"]').selectOption('urban');
    await form.locator('[part="title"]').fill('洞庭南路人行道井盖松动');
    await form.locator('[part="body"]').fill('洞庭南路 12 号附近人行道井盖松动，踩上去会翻，夜里很危险，请尽快加固。');
    await form.getByText('匿名提交', { exact: true }).click(); // the switch's label, as a finger would
    await tab.waitForTimeout(minHumanFillMs); // a person takes this long at least; faster is a bot's, not stored
    await form.locator('[part="submit"]').click();
    const code = (await form.locator('[part="tracking-code"]').textContent())?.trim() ?? '';
    assert.match(code, /^JY[0-9A-Z]{10}$/);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    const stored = (await (await fetch(`${api.baseUrl}/v1/suggestions/${code}`, { headers: { authorization: 'Bearer demo-dispatcher' } })).json()) as { suggestion: { workstationId: string } };
    assert.equal(stored.suggestion.workstationId, 'ws-yueyanglou');
    await tab.close();
  });

  test('the probe does see a violation when there is one', async () => {
    html = page(api.baseUrl, `<div id="x"></div>`).replace('</body>', '<img src="https://example.invalid/x.png"></body>');
    const tab = await browser.newPage();
    await tab.goto(siteUrl);
    await tab.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    await tab.close();
  });
});
