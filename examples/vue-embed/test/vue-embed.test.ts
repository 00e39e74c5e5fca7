// The Vue example, the way its README says: `npm run build`, then `npm run preview` with
// the API proxied to `npm start`'s server, opened in Chromium at phone width. The widgets
// show the server's data, and the Vue page's own `@jy-voted` / `@jy-rated` handlers react.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@jianyi/core';
import type { Browser, Page } from 'playwright-core';
import { launchWatchedBrowser, screenshot, startDemoStack, type DemoStack } from '../../city-portal/test/demo-stack.js';

const app = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run preview` on a free port; resolves with its URL once Vite says it listens. */
async function preview(api: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(npm, ['run', 'preview', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, JIANYI_API: api },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops Vite under npm too.
    detached: true,
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite preview did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const found = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`vite preview exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => child.exitCode === null && process.kill(-child.pid!, 'SIGTERM') };
}

describe('examples/vue-embed', { timeout: 180_000 }, () => {
  let stack: DemoStack;
  let site: { url: string; stop(): void };
  let browser: Browser;
  let page: Page;
  let violations: string[];

  before(async () => {
    stack = await startDemoStack();
    execFileSync(npm, ['run', 'build'], { cwd: app, stdio: 'pipe' });
    site = await preview(stack.url);
    const watched = await launchWatchedBrowser();
    browser = watched.browser;
    violations = watched.violations;
    const context = await watched.context({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    site?.stop();
    await stack?.stop();
  });

  test('the built app shows the widgets with the server\'s topic and suggestion', async () => {
    await page.goto(`${site.url}/`);
    const poll = page.locator('jy-hot-topic-poll');
    await poll.getByText('优先发展城市公交，提升公交服务品质').waitFor();
    const tracker = page.locator('jy-status-tracker');
    // JYDEMO000002's title, loaded with its access key: the full view offers the rating.
    await tracker.getByText('金鹗山公园北门一排路灯“失明”').first().waitFor();
    await tracker.getByRole('button', { name: '提交评价' }).waitFor();
    await page.locator('jy-suggestion-form').getByRole('button', { name: '提交建议' }).waitFor();
    await page.screenshot({ path: screenshot('vue-embed-390') });
  });

  test('a vote reaches the Vue handler bound with @jy-voted, with the server\'s count', async () => {
    const before = await createClient({ baseUrl: stack.url }).topics.get('topic-bus');
    const poll = page.locator('jy-hot-topic-poll');
    const option = poll.locator('[part="option"]').first();
    const label = (await option.textContent())!.trim();
    await option.click();
    await poll.getByRole('button', { name: '投票', exact: true }).click();
    const line = page.locator('[data-test="log"] li', { hasText: '投票成功' });
    await line.waitFor();
    const text = (await line.textContent())!;
    assert.ok(label.includes(text.replace(/^投票成功：/, '').replace(/（.*$/, '')), `${text} names the option chosen (${label})`);
    assert.match(text, new RegExp(`共 ${before.counts.participants + 1} 人参与`));
  });

  test('rating in the tracker reaches @jy-rated, and @jy-updated brings the new status', async () => {
    const tracker = page.locator('jy-status-tracker');
    await tracker.getByRole('radio', { name: '满意', exact: true }).click();
    await tracker.getByRole('radio', { name: '已解决' }).click();
    await tracker.getByRole('button', { name: '提交评价' }).click();
    await page.locator('[data-test="log"] li', { hasText: '感谢您的评价' }).waitFor();
    await page.locator('[data-test="log"] li', { hasText: 'JYDEMO000002 进度更新：已办结' }).waitFor();
    const mine = await createClient({ baseUrl: stack.url, accessKey: 'demo-key-000002-jianyi' }).suggestions.get('JYDEMO000002');
    assert.equal(mine.suggestion.status, 'closed');
    assert.equal(mine.suggestion.rating?.satisfaction, 'satisfied');
    // The top of the page: the Vue-rendered list of what the widgets reported.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot('vue-embed-events-390') });
    assert.deepEqual(violations, []);
  });
});
