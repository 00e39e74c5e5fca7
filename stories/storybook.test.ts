// The Storybook as a portal developer gets it: `storybook build` into a temporary folder,
// served as plain files, every story opened in Chromium. No story may fail to render,
// throw, or report an axe violation, and a few are read to see the widget really drew
// the mocked demo city (a timeline, poll options, categories), not an empty shell.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { statuses } from '@jianyi/core';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybookBin = join(root, 'node_modules/storybook/dist/bin/dispatcher.js');
let base = '';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the built Storybook as any static host would. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Outcome {
  /** Storybook's events that say a story did not render or its play function failed. */
  failures: string[];
  /** What the a11y addon reported after rendering: passed, failed or warning. */
  a11y?: string;
  violations: string[];
}

/**
 * Loaded before Storybook's preview: listens on its channel from the moment the preview
 * creates it, so no event of the story's first render is missed. Plain JavaScript, as it
 * runs in the page untouched by tsx.
 */
const listen = `
window.__story = { failures: [], finished: null };
let channel;
Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
  configurable: true,
  get: () => channel,
  set(value) {
    channel = value;
    for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying']) {
      value.on(name, (error) => window.__story.failures.push(name + ': ' + String(error?.message ?? JSON.stringify(error)).split('\\n')[0]));
    }
    value.on('storyFinished', (result) => { window.__story.finished = JSON.parse(JSON.stringify(result)); });
  },
});`;

type Finished = { reporters?: { type: string; status: string; result?: { violations?: { id: string; nodes: { target: string[] }[] }[] } }[] };

/** Opens one story as its own page and waits until Storybook says it finished, a11y included. */
async function show(page: Page, storyId: string): Promise<Outcome> {
  await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=story`);
  await page.waitForFunction(() => (window as unknown as { __story: { finished: unknown } }).__story.finished);
  const story = await page.evaluate(() => (window as unknown as { __story: { failures: string[]; finished: Finished } }).__story);
  const a11y = story.finished.reporters?.find((report) => report.type === 'a11y');
  return {
    failures: story.failures,
    a11y: a11y?.status,
    violations: (a11y?.result?.violations ?? []).map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`),
  };
}

/** Text inside the story's widget (its shadow root), whitespace collapsed. */
const widgetText = (page: Page, tag: string) =>
  page.locator(tag).first().evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

const count = (page: Page, tag: string, selector: string) =>
  page.locator(tag).first().evaluate((el, s) => el.shadowRoot?.querySelectorAll(s).length ?? 0, selector);

describe('Storybook', () => {
  let out: string;
  let site: Server;
  let browser: Browser;
  let page: Page;
  let storyIds: string[];
  const pageErrors: string[] = [];

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'jianyi-storybook-'));
    const build = spawnSync(process.execPath, [storybookBin, 'build', '--output-dir', out, '--quiet', '--disable-telemetry'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' },
    });
    assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
    storyIds = Object.entries(index.entries).filter(([, entry]) => entry.type === 'story').map(([id]) => id);
    site = await serve(out);
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // tsx names the functions it compiles with a `__name` helper the page does not have.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.addInitScript(listen);
  });
  after(async () => {
    await browser?.close();
    site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('has a story for each widget, each lifecycle status, and the shared states', () => {
    for (const tag of ['jy-suggestion-form', 'jy-hot-topic-poll', 'jy-status-tracker', 'jy-rating', 'jy-provider']) {
      for (const state of ['dark', 'traditional-chinese', 'english', 'small-phone']) {
        assert.ok(storyIds.includes(`widgets-${tag}--${state}`), `${tag} has a ${state} story`);
      }
    }
    for (const status of statuses) {
      assert.ok(storyIds.includes(`widgets-jy-status-tracker--${status.replace('_', '-')}`), `the tracker has a story for ${status}`);
    }
    for (const id of ['jy-status-tracker--overdue', 'jy-status-tracker--loading', 'jy-status-tracker--server-error', 'jy-hot-topic-poll--closed-topic', 'jy-hot-topic-poll--no-comments', 'jy-suggestion-form--categories-failed']) {
      assert.ok(storyIds.includes(`widgets-${id}`), `${id} exists`);
    }
  });

  test('every story renders without an error, a thrown exception or an axe violation', async () => {
    const problems: string[] = [];
    for (const id of storyIds) {
      const outcome = await show(page, id);
      problems.push(...outcome.failures.map((failure) => `${id}: ${failure}`));
      if (outcome.a11y !== 'passed') problems.push(`${id}: a11y ${outcome.a11y ?? 'not run'} ${outcome.violations.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(pageErrors, []);
  });

  test('the tracker shows a replied suggestion with its timeline, from the mocked API', async () => {
    await show(page, 'widgets-jy-status-tracker--replied');
    await page.waitForFunction(() => (document.querySelector('jy-status-tracker')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0);
    assert.ok((await count(page, 'jy-status-tracker', '[part~="event"]')) >= 4, 'submitted, accepted, assigned, replied at least');
    assert.match(await widgetText(page, 'jy-status-tracker'), /已答复/);
  });

  test('the tracker marks the overdue story, and speaks English in the English one', async () => {
    await show(page, 'widgets-jy-status-tracker--overdue');
    await page.waitForFunction(() => document.querySelector('jy-status-tracker')?.shadowRoot?.querySelector('[part~="overdue"]'));
    assert.match(await widgetText(page, 'jy-status-tracker'), /已超期/);
    await show(page, 'widgets-jy-status-tracker--english');
    await page.waitForFunction(() => document.querySelector('jy-status-tracker')?.shadowRoot?.querySelector('[part~="event"]'));
    assert.match(await widgetText(page, 'jy-status-tracker'), /Replied/);
  });

  test("the tracker's controls are its public properties, from custom-elements.json", async () => {
    await show(page, 'widgets-jy-status-tracker--replied');
    const controls = await page.evaluate(() => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { currentRender: { story: { argTypes: Record<string, { table?: { category?: string } }> } } } }).__STORYBOOK_PREVIEW__;
      return Object.entries(preview.currentRender.story.argTypes)
        .filter(([, argType]) => argType.table?.category === 'properties')
        .map(([name]) => name)
        .sort();
    });
    assert.deepEqual(controls, ['apiBase', 'pollInterval', 'submitterKey', 'theme', 'timelineOrder', 'trackingCode']);
  });

  test('the poll shows the open topic with options to vote for, and the closed one read-only', async () => {
    await show(page, 'widgets-jy-hot-topic-poll--open-topic');
    await page.waitForFunction(() => (document.querySelector('jy-hot-topic-poll')?.shadowRoot?.querySelectorAll('input[type="checkbox"], input[type="radio"]').length ?? 0) >= 2);
    assert.match(await widgetText(page, 'jy-hot-topic-poll'), /公交/);
    await show(page, 'widgets-jy-hot-topic-poll--closed-topic');
    await page.waitForFunction(() => document.querySelector('jy-hot-topic-poll')?.shadowRoot?.querySelector('table'));
    assert.equal(await count(page, 'jy-hot-topic-poll', 'input[type="checkbox"], input[type="radio"], textarea'), 0, 'no vote and no comment box');
  });

  test('the form lists the demo categories, and says so when they fail to load', async () => {
    await show(page, 'widgets-jy-suggestion-form--empty');
    await page.waitForFunction(() => (document.querySelector('jy-suggestion-form')?.shadowRoot?.querySelectorAll('#category option').length ?? 0) > 5);
    await show(page, 'widgets-jy-suggestion-form--categories-failed');
    await page.waitForFunction(() => document.querySelector('jy-suggestion-form')?.shadowRoot?.querySelector('[part~="retry"]'));
    assert.match(await widgetText(page, 'jy-suggestion-form'), /服务器暂时无法处理请求/);
  });

  test('the 320 px stories fit a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const id of storyIds.filter((story) => story.endsWith('--small-phone'))) {
        await show(page, id);
        await page.waitForFunction(() => ![...document.querySelectorAll('.jy-story *')].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${id} is ${width} px wide`);
      }
    } finally {
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });
});
