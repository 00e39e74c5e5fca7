// The smallest page, as `npm start` serves it at /examples/cdn/: one script, one tag, and
// a citizen can submit a suggestion through it to the same origin's API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@jianyi/core';
import type { Browser } from 'playwright-core';
import { launchWatchedBrowser, screenshot, startDemoStack, submitWithContact, type DemoStack } from '../../city-portal/test/demo-stack.js';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe('examples/cdn', { timeout: 120_000 }, () => {
  let stack: DemoStack;
  let browser: Browser;
  let watched: Awaited<ReturnType<typeof launchWatchedBrowser>>;

  before(async () => {
    stack = await startDemoStack();
    watched = await launchWatchedBrowser();
    browser = watched.browser;
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('is one module script and one widget tag', () => {
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.match(html, /<script type="module" src="\/cdn\/jianyi\.js"><\/script>/);
    assert.deepEqual(html.match(/<jy-[a-z-]+/g), ['<jy-suggestion-form']);
  });

  test('served by npm start, the form loads the categories and submits to the same origin', async () => {
    const context = await watched.context({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/examples/cdn/`);
    const form = page.locator('jy-suggestion-form');
    await form.getByLabel('建议类别').selectOption('transport');
    await page.screenshot({ path: screenshot('cdn-390') });
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('建议公交站台增加实时到站显示屏');
    await form.getByRole('textbox', { name: '具体内容' }).fill('东茅岭站候车人多，站台没有实时到站信息，建议增加电子显示屏，方便老年人查看。');
    const { code, key } = await submitWithContact(page, form, { name: '彭先生', phone: '13974001234' });
    const { suggestion } = await createClient({ baseUrl: stack.url, accessKey: key }).suggestions.get(code);
    assert.equal(suggestion.title, '建议公交站台增加实时到站显示屏');
    assert.equal(suggestion.categoryId, 'transport');
    assert.deepEqual(watched.violations, []);
  });
});
