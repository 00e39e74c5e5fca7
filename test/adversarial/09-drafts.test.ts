// A citizen who typed a long suggestion on a phone must never lose it: the connection
// drops as they press send, the form says what to do, they reload once back online, and
// the draft is there and is stored exactly once. Real server, real Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, minHumanFillMs } from '@jianyi/core';
import { startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { startPortal, type Portal } from './support/browser.js';
import { tally } from './support/tally.js';

describe('drafts survive a lost connection and a reload', () => {
  let api: TestServer;
  let portal: Portal;

  before(async () => {
    api = await startTestServer('sqlite', { args: ['--seed-demo', '--cors-origin', '*'] });
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Drafts</title><script type="module" src="/jianyi.js"></script></head>
      <body><jy-suggestion-form api-base="${api.baseUrl}"></jy-suggestion-form></body></html>`;
    portal = await startPortal(() => html);
  });
  after(async () => {
    await portal?.close();
    await api?.dispose();
  });

  test('offline submit fails with advice; after reload and back online the draft is restored and stored once', async () => {
    const context = await portal.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(portal.url);
    const form = tab.locator('jy-suggestion-form');
    const title = '南湖大道公交站台缺少遮雨棚';
    const body = '南湖大道与金鹗路交叉口的公交站台没有遮雨棚，下雨天等车的老人和孩子只能淋雨，建议尽快加装遮雨棚和座椅。'.repeat(3);
    await form.locator('[part="category"]').selectOption('transport');
    await form.locator('[part="title"]').fill(title);
    await form.locator('[part="body"]').fill(body);
    await form.getByText('匿名提交', { exact: true }).click();
    await tab.waitForTimeout(minHumanFillMs);

    await context.setOffline(true);
    await form.locator('[part="submit"]').click();
    const error = form.locator('[part="error"]');
    await error.waitFor();
    const advice = (await error.textContent())?.trim() ?? '';
    assert.match(advice, /网络|连接/, `the message says what went wrong: ${advice}`);
    assert.match(advice, /重试|再试|稍后/, `and what to do: ${advice}`);
    assert.equal(await form.locator('[part="title"]').inputValue(), title, 'nothing typed is cleared');

    await context.setOffline(false);
    await tab.reload();
    await form.locator('[part="title"]').waitFor();
    assert.equal(await form.locator('[part="title"]').inputValue(), title, 'the title is restored');
    assert.equal(await form.locator('[part="body"]').inputValue(), body, 'the body is restored');
    await form.getByText('已恢复您上次未提交的内容。').waitFor();
    await form.locator('[part="submit"]').click();
    const code = (await form.locator('[part="tracking-code"]').textContent())?.trim() ?? '';
    assert.match(code, /^JY[0-9A-Z]{10}$/);

    // Pressing send again after a reload (the old page's draft is gone) makes nothing new.
    await tab.reload();
    await form.locator('[part="title"]').waitFor();
    assert.equal(await form.locator('[part="title"]').inputValue(), '', 'the sent draft is cleared');
    const staff = createClient({ baseUrl: api.baseUrl, token: 'demo-dispatcher' });
    const found = await staff.suggestions.list({ q: title, limit: 100 });
    assert.deepEqual(found.items.map((item) => item.id), [code], 'stored exactly once');
    assert.equal(found.items[0]!.body, body);
    tally('09 drafts: offline submit, reload, resubmit', 1);
    await context.close();
  });
});
