// The widgets on a portal page in Debian's Chromium: time to the first widget painted,
// layout shift, the longest main-thread task (and the longest one running our bundle),
// then the hot topic with 10,000+ comments loaded: DOM nodes, a scripted scroll's frames,
// and JS heap.
import { chromium } from 'playwright-core';
import { startApi } from './processes.mjs';
import { demoSiteArgs } from '../scripts/demo-site.mjs';
import { dataDirWithComments } from './comments-seed.mjs';

/** The page measured: the demo portal, served by the API server as `npm start` does. */
export const portalPath = '/';
// Chromium 156 also loads its own address-bar popup (a WebUI page in a renderer of its
// own) with every new window, in the same moments as the portal: on a core shared with the
// page, that took 15-20 ms of CPU from inside the measured task. Not the page's cost, so off.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'];

// Runs in the page before anything else: records layout shifts and the first frame in
// which a widget's shadow root has content.
const observe = () => {
  window.__bench = { shifts: [], firstWidgetPaint: undefined };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  const widgets = 'jy-hot-topic-poll, jy-status-tracker, jy-suggestion-form';
  const check = () => {
    const painted = [...document.querySelectorAll(widgets)].some((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getBoundingClientRect().height > 0);
    // The frame after the one that had content is when that content is on screen.
    if (painted) requestAnimationFrame(() => (window.__bench.firstWidgetPaint = performance.now()));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/** All nodes on the page (or in one element), inside shadow roots too. */
const countNodes = (selector) => {
  let nodes = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      nodes++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(selector ? document.querySelector(selector) : document);
  return nodes;
};

/** Main-thread tasks from a Chromium trace: the longest, and the longest running our bundle. */
function longestTasks(trace, bundleUrl) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const ours = onMain.filter((e) => JSON.stringify(e.args?.data ?? {}).includes(bundleUrl));
  let longest = 0;
  let longestOurs = 0;
  // The main thread's own CPU time in that task (the trace's thread time): the wall time
  // also counts the moments the thread waited for the core it shares (see the report).
  let longestOursCpu = 0;
  for (const task of tasks) {
    const ms = task.dur / 1000;
    longest = Math.max(longest, ms);
    if (ms > longestOurs && ours.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur)) {
      longestOurs = ms;
      longestOursCpu = (task.tdur ?? task.dur) / 1000;
    }
  }
  return { longest, longestOurs, longestOursCpu };
}

async function loadPage(browser, portal) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const bundleUrl = `${portal}/cdn/jianyi.js`;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${portal}${portalPath}`);
  await page.waitForFunction(() => window.__bench.firstWidgetPaint !== undefined, null, { timeout: 30_000 });
  // Let the widgets' data arrive and settle before counting shifts.
  await page.waitForFunction(() => !!document.querySelector('jy-hot-topic-poll')?.shadowRoot?.querySelector('[part~="load-more"]'), null, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  const tasks = longestTasks(await browser.stopTracing(), bundleUrl);
  const figures = await page.evaluate((url) => {
    const script = performance.getEntriesByName(url)[0];
    return {
      scriptStart: script.responseEnd,
      firstWidgetPaint: window.__bench.firstWidgetPaint,
      cls: window.__bench.shifts.reduce((sum, value) => sum + value, 0),
    };
  }, bundleUrl);
  return {
    context,
    page,
    firstWidgetFromScript: figures.firstWidgetPaint - figures.scriptStart,
    firstWidgetFromNavigation: figures.firstWidgetPaint,
    cls: figures.cls,
    ...tasks,
  };
}

async function loadAllComments(page) {
  const started = performance.now();
  for (;;) {
    const more = await page.evaluate(() => {
      const button = document.querySelector('jy-hot-topic-poll').shadowRoot.querySelector('[part~="load-more"]');
      if (!button) return false;
      if (button.getAttribute('aria-disabled') !== 'true') button.click();
      return true;
    });
    if (!more) break;
    await page.waitForTimeout(20);
  }
  return (performance.now() - started) / 1000;
}

/**
 * Scrolls the page from top to bottom in `frames` equal steps, one per frame (a fast fling
 * through the whole list, each step several screens); returns the gaps between frames.
 */
const scriptedScroll = (frames) =>
  new Promise((resolve) => {
    const scroller = document.scrollingElement;
    scroller.scrollTop = 0;
    const stepPx = (scroller.scrollHeight - innerHeight) / frames;
    const gaps = [];
    let last = 0;
    const step = (time) => {
      if (last) gaps.push(time - last);
      last = time;
      if (gaps.length >= frames) return resolve({ gaps, stepPx });
      scroller.scrollTop += stepPx;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });

export async function renderBench({ runs = 3 } = {}) {
  const dataDir = await dataDirWithComments(10_000);
  const api = await startApi('sqlite', { dataDir, extraArgs: demoSiteArgs });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { context, page, ...load } = await loadPage(browser, api.url);
      const client = await context.newCDPSession(page);
      const loadSeconds = await loadAllComments(page);
      const shown = await page.evaluate(() => document.querySelector('jy-hot-topic-poll').shadowRoot.querySelector('.list-end')?.textContent?.trim());
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { gaps, stepPx } = await page.evaluate(scriptedScroll, 300);
      const nodesAtEnd = await page.evaluate(countNodes);
      const pollNodes = await page.evaluate(countNodes, 'jy-hot-topic-poll');
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await client.send('Runtime.getHeapUsage');
      const sorted = [...gaps].sort((a, b) => a - b);
      results.push({
        ...load,
        commentsLoadSeconds: loadSeconds,
        listEnd: shown,
        nodes: nodesAtEnd,
        pollNodes,
        heapMB: usedSize / 2 ** 20,
        scrollFrames: gaps.length,
        scrollStepPx: stepPx,
        frameP95: sorted[Math.floor(sorted.length * 0.95)],
        longFrames: gaps.filter((gap) => gap > 50).length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await api.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await renderBench({ runs: Number(process.argv[2] ?? 1) }));
}
