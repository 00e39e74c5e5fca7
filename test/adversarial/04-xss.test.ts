// Cross-site scripting, the most common hole in civic platforms: hostile text is stored
// through the real API in every field citizens and staff can fill, then every page that
// shows it is opened in Chromium. Nothing runs (a canary global stays unset, no element
// the payload describes appears) and the text shows as text.
// The static check that no widget builds HTML from strings is
// packages/elements/test/no-html-injection.test.ts, run with this suite.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, minHumanFillMs } from '@jianyi/core';
import type { Page } from 'playwright-core';
import { launchWatchedBrowser, startDemoStack, type DemoStack } from '../../examples/city-portal/test/demo-stack.js';
import { startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { startPortal, type Portal } from './support/browser.js';
import { tally } from './support/tally.js';

/** Each sets `window.__xss` if it ever runs. Short enough for the shortest fields (20 characters is the least). */
const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror=window.__xss=2>',
  '<svg onload=window.__xss=3>',
  '"><img src=x onerror=window.__xss=4>',
  "'-window.__xss=5-'",
  'javascript:window.__xss=6',
  'data:text/html,<script>window.__xss=7</script>',
  '<a href="javascript:window.__xss=8">点我</a>',
  '<iframe srcdoc="<script>parent.__xss=9</script>">',
  '<form id="__xss"><input name="x"></form>',
  '<div id="jianyi" name="config">clobber</div>',
  '{{constructor.constructor("window.__xss=10")()}}',
  '\u202e\u2066gnp.exe\u2069 右到左',
  '𠮷野家の牛丼 🍜 繁體中文 ㊗️',
];
const short = ['<b onmouseover=x>', '<svg/onload=x>', '\u202eevil', '𠮷🍜繁體'];

/**
 * The pages to try, each a body of widgets. The portal's staff page, which shows
 * everything unmasked to staff, has its own block below.
 */
const pages: { name: string; body: (ids: Ids) => string; use?: (tab: Page) => Promise<void> }[] = [
  {
    name: 'status tracker of a suggestion with every text hostile',
    body: ({ id, key }) => `<jy-status-tracker tracking-code="${id}" access-key="${key}" poll-interval="1"></jy-status-tracker>`,
  },
  { name: 'public view of it (no key)', body: ({ id }) => `<jy-status-tracker tracking-code="${id}"></jy-status-tracker>` },
  {
    name: 'rating with a hostile comment',
    body: ({ replied, repliedKey }) => `<jy-rating suggestion="${replied}" access-key="${repliedKey}"></jy-rating>`,
    use: async (tab) => {
      const rating = tab.locator('jy-rating');
      await rating.locator('[data-choice="unsatisfied"]').click();
      await rating.locator('[data-choice="no"]').click();
      await rating.locator('textarea').fill(payloads[1]!);
      await rating.locator('[part="submit"]').click();
      await rating.locator('.done').waitFor();
    },
  },
  { name: 'hot topic with hostile poll, aspects and comments', body: ({ topic }) => `<jy-hot-topic-poll topic="${topic}"></jy-hot-topic-poll>` },
];

interface Ids {
  id: string;
  key: string;
  replied: string;
  repliedKey: string;
  topic: string;
}

/** All text of the page, through every shadow root, and whether any element a payload describes exists. */
async function inspect(tab: Page) {
  return tab.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const injected = roots.flatMap((root) => [...root.querySelectorAll('img[src="x"], iframe, svg[onload], form#__xss, #jianyi, [onerror], [onload], [onmouseover], a[href^="javascript:"]')].map((el) => el.outerHTML.slice(0, 80)));
    const text = roots.map((root) => (root instanceof Document ? root.body.innerText : [...root.childNodes].map((node) => node.textContent ?? '').join(' '))).join('\n');
    return { xss: (window as unknown as { __xss?: number }).__xss, injected, text };
  });
}

describe('XSS: stored hostile text renders as text in every widget', () => {
  let api: TestServer;
  let portal: Portal;
  let ids: Ids;
  let html = '';
  let tried = 0;

  before(async () => {
    api = await startTestServer('sqlite', { args: ['--seed-demo', '--cors-origin', '*'] });
    const citizen = createClient({ baseUrl: api.baseUrl });
    const dispatcher = createClient({ baseUrl: api.baseUrl, token: 'demo-dispatcher' });
    const department = createClient({ baseUrl: api.baseUrl, token: 'demo-dept-urban' });
    const all = payloads.join(' ');
    const created = await citizen.suggestions.create({
      categoryId: 'urban',
      title: payloads[1]!,
      body: `${all} ${'长'.repeat(2000 - all.length - 1)}`,
      location: { address: `岳阳楼区${payloads[3]}`, public: true },
      anonymous: false,
      consent: true,
      contact: { name: short[0]!, phone: '13812345678' },
    });
    const id = created.suggestion.id;
    await dispatcher.suggestions.act(id, { type: 'accept', note: all });
    await dispatcher.suggestions.act(id, { type: 'assign', departmentId: 'urban', note: payloads[0]! });
    await department.suggestions.act(id, { type: 'start', note: payloads[2]! });
    await department.suggestions.act(id, { type: 'reply', body: all });

    const second = await citizen.suggestions.create({ categoryId: 'urban', title: payloads[0]!, body: all, anonymous: true });
    await dispatcher.suggestions.act(second.suggestion.id, { type: 'accept' });
    await dispatcher.suggestions.act(second.suggestion.id, { type: 'answer', kind: 'direct-answer', body: all });

    const topic = await createClient({ baseUrl: api.baseUrl, token: 'demo-admin' }).topics.create({
      title: payloads[1]!,
      description: all,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      aspects: short,
      poll: { question: payloads[0]!, options: [payloads[2]!, payloads[6]!.slice(0, 40), short[3]!], multiple: false },
    });
    const aspects = (await citizen.topics.get(topic.id)).aspects;
    for (const [index, payload] of payloads.entries()) {
      await citizen.topics.comment(topic.id, { body: payload, authorName: short[index % short.length]!, ...(aspects[0] && { aspectId: aspects[index % aspects.length]!.id }) });
    }
    ids = { id, key: created.accessKey, replied: second.suggestion.id, repliedKey: second.accessKey, topic: topic.id };

    portal = await startPortal(() => html);
  });
  after(async () => {
    await portal?.close();
    await api?.dispose();
  });

  function pageWith(body: string) {
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>XSS</title>
      <script type="module" src="/jianyi.js"></script></head>
      <body><jy-provider api-base="${api.baseUrl}">${body}</jy-provider></body></html>`;
  }

  for (const { name, body, use } of pages) {
    test(name, async () => {
      html = pageWith(body(ids));
      const tab = await portal.browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(portal.url);
      // A page that shows stored text waits for it; one the citizen types into is used instead.
      if (use) await use(tab);
      else await tab.waitForFunction(() => document.querySelector('jy-provider')?.firstElementChild?.shadowRoot?.textContent?.includes('<'), undefined, { timeout: 15_000 });
      // Hover and click everything a payload might hide behind.
      for (const link of await tab.locator('a, button:not([type="submit"])').all()) await link.hover({ timeout: 1000 }).catch(() => {});
      await tab.waitForTimeout(1500);
      const seen = await inspect(tab);
      tried += payloads.length;
      assert.equal(seen.xss, undefined, 'no payload ran');
      assert.deepEqual(seen.injected, [], 'no payload became an element');
      if (!use) assert.ok(seen.text.includes('<img src=x onerror=window.__xss='), `the markup shows as text:\n${seen.text.slice(0, 300)}`);
      assert.deepEqual(errors, []);
      await tab.close();
    });
  }

  test('the canary does fire when markup is injected', async () => {
    html = pageWith(`<div>${payloads[1]}${payloads[9]}</div>`);
    const tab = await portal.browser.newPage();
    await tab.goto(portal.url);
    await tab.waitForFunction(() => (window as unknown as { __xss?: number }).__xss === 2);
    assert.ok((await inspect(tab)).injected.length >= 2, 'the injected elements are found');
    await tab.close();
  });

  test('the form: hostile text typed and sent shows as text in the success view', async () => {
    html = pageWith('<jy-suggestion-form></jy-suggestion-form>');
    const tab = await portal.browser.newPage({ viewport: { width: 390, height: 844 } });
    await tab.goto(portal.url);
    const form = tab.locator('jy-suggestion-form');
    await form.locator('[part="category"]').selectOption('urban');
    await form.locator('[part="title"]').fill(payloads[1]!);
    await form.locator('[part="body"]').fill(payloads.join(' '));
    await form.getByText('匿名提交', { exact: true }).click();
    await tab.waitForTimeout(minHumanFillMs);
    await form.locator('[part="submit"]').click();
    const code = (await form.locator('[part="tracking-code"]').textContent())?.trim() ?? '';
    const seen = await inspect(tab);
    assert.equal(seen.xss, undefined);
    assert.deepEqual(seen.injected, []);
    const stored = await createClient({ baseUrl: api.baseUrl, token: 'demo-dispatcher' }).suggestions.get(code);
    assert.equal(stored.suggestion.body, payloads.join(' '), 'stored exactly as typed');
    tried += payloads.length;
    await tab.close();
    tally('04 XSS: payloads rendered (payload × page)', tried);
  });
});

describe('XSS: the staff page shows hostile text as text', () => {
  let stack: DemoStack;
  let watched: Awaited<ReturnType<typeof launchWatchedBrowser>>;
  before(async () => {
    stack = await startDemoStack();
    watched = await launchWatchedBrowser();
  });
  after(async () => {
    await watched?.browser.close();
    await stack?.stop();
  });

  test('a dispatcher lists and opens a suggestion whose every field is hostile', async () => {
    const all = payloads.join(' ');
    const created = await createClient({ baseUrl: stack.url }).suggestions.create({
      categoryId: 'urban',
      title: payloads[1]!,
      body: all,
      anonymous: false,
      consent: true,
      contact: { name: short[0]!, phone: '13812345678' },
    });
    const id = created.suggestion.id;
    await createClient({ baseUrl: stack.url, token: 'demo-dispatcher' }).suggestions.act(id, { type: 'accept', note: payloads[2]!, internalNote: payloads[0]! });
    const tab = await (await watched.context({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${stack.url}/staff.html`);
    await tab.getByRole('link', { name: id }).click();
    await tab.locator('#detail-title').filter({ hasText: id }).waitFor();
    for (const link of await tab.locator('a, button').all()) await link.hover({ timeout: 1000 }).catch(() => {});
    await tab.waitForTimeout(500);
    const seen = await inspect(tab);
    assert.equal(seen.xss, undefined, 'no payload ran');
    assert.deepEqual(seen.injected, [], 'no payload became an element');
    assert.ok(seen.text.includes(payloads[1]!), 'the title shows as text');
    assert.ok(seen.text.includes(payloads[0]!), 'the internal note shows as text');
    assert.deepEqual(errors, []);
    assert.deepEqual(watched.violations, [], 'the strict policy reported nothing');
    tally('04 XSS: payloads rendered on the staff page', payloads.length);
  });
});
