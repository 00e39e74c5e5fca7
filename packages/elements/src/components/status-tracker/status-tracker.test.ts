import { isOverdue, statuses, term, type Status } from '@jianyi/core';
import { demoAccessKey } from '@jianyi/core/demo-data';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { JyErrorEvent } from '../../events/jy-error.js';
import type { JyRatedEvent } from '../../events/jy-rated.js';
import type { JyUpdatedEvent } from '../../events/jy-updated.js';
import { formatDateTime } from '../../internal/localize.js';
import { apiBase, mockApi } from '../../test-support/mock-api.js';
import { screenshot } from '../../test-support/screenshot.js';
import type { JyStatusTracker } from './status-tracker.js';
import './jy-status-tracker.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<E>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nodeOf = (n: number) => `JYDEMO${String(n).padStart(6, '0')}`;

async function fresh() {
  const api = await mockApi();
  api.worker.resetHandlers();
  api.store.reset();
  return api;
}

/** The demo suggestion in `status` (the first one), with its access key. */
async function demo(status: Status, which: (record: { suggestion: { id: string } }) => boolean = () => true) {
  const { store } = await mockApi();
  const record = store.records().find((candidate) => candidate.suggestion.status === status && which(candidate));
  if (!record) throw new Error(`no demo suggestion in ${status}`);
  return { id: record.suggestion.id, key: record.accessKey, record, store };
}

/** Waits until the tracker shows something other than its skeleton. */
async function settled(el: JyStatusTracker) {
  await el.updateComplete;
  await waitUntil(() => !$(el, '[part~="skeleton"]'), 'the tracker kept loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function tracker(code: string, key = '', extra: { poll?: number } = {}) {
  const el = await fixture<JyStatusTracker>(
    html`<jy-status-tracker api-base=${apiBase} tracking-code=${code} access-key=${key} poll-interval=${extra.poll ?? 30}></jy-status-tracker>`,
  );
  return settled(el);
}

/** The status badge as seen: without its screen-reader prefix. */
const statusWord = (el: HTMLElement) => {
  const badge = $(el, '[part~="status"]')!;
  return text(badge).slice(text(badge.querySelector('.visually-hidden')).length).trim();
};
const timelineTypes = (el: HTMLElement) => $$(el, '[part~="event"]').map((item) => item.dataset.type);

async function typeInto(el: JyStatusTracker, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

// First in the file: once the page has fetched the suggestion's view, it keeps it.
describe('<jy-status-tracker> before its suggestion view is fetched', () => {
  beforeEach(fresh);

  it('asking for a code fetches no view; looking one up fetches it with the suggestion, and a failed fetch can be retried', async () => {
    const { worker } = await mockApi();
    const fetched: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('suggestion-view')) fetched.push(request.url);
    });
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase}></jy-status-tracker>`);
    await typeInto(el, '#code', 'JYDEMO000001');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched).to.deep.equal([], 'the lookup form alone needs no view');

    // Offline for the view: the error says what happened, and the retry fetches it again.
    worker.use(http.get(/suggestion-view/, () => HttpResponse.error()));
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await waitUntil(() => $(el, '[part~="error"]'), 'no error shown', { timeout: 8000 });
    expect(text($(el, '.error-title'))).to.equal('暂时无法加载办理进度');
    expect(text($(el, '[part~="error"] .error'))).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    await expect(el).to.be.accessible();
    expect(fetched.length).to.be.greaterThan(0);

    worker.resetHandlers();
    $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
    await settled(el);
    expect(statusWord(el)).to.equal('已办结');
    expect(text($(el, 'h2'))).to.not.equal('');
    // The view's own styles came with it: the steps are laid out in a row.
    expect(getComputedStyle($(el, '[part~="steps"]')!).display).to.equal('grid');
    worker.events.removeAllListeners();
  });
});

describe('<jy-status-tracker>', () => {
  beforeEach(fresh);

  it('asks for the tracking code when it has none, and validates what is typed', async () => {
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase}></jy-status-tracker>`);
    await expect(el).to.be.accessible();
    expect(text($(el, 'h2'))).to.equal('查询建议办理进度');
    const code = $<HTMLInputElement>(el, '#code')!;
    expect(code.labels?.[0]?.textContent).to.equal('查询码');

    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#code-error'))).to.equal('请输入查询码');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(code.getAttribute('aria-describedby')).to.contain('code-error');
    expect(shadow(el).activeElement === code).to.equal(true, 'focus is on the code field');
    await expect(el).to.be.accessible();

    await typeInto(el, '#code', 'JY 12<3>');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#code-error'))).to.equal('查询码只含字母、数字、“-”和“_”');

    await typeInto(el, '#code', 'JYDEMO000009');
    await typeInto(el, '#key', 'short');
    $<HTMLInputElement>(el, '#key')!.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(text($(el, '#key-error'))).to.equal('查询密钥至少 16 位，请核对');
    expect(Boolean($(el, '#code-error'))).to.equal(false, 'a corrected code loses its message');
  });

  it('looks a code up from the form with the keyboard alone', async () => {
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase}></jy-status-tracker>`);
    $<HTMLInputElement>(el, '#code')!.focus();
    await sendKeys({ type: 'jydemo000009' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: demoAccessKey(9) });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.trackingCode).to.equal('JYDEMO000009', 'our codes are upper-cased as typed on a phone');
    expect(statusWord(el)).to.equal('待受理');
    expect(el.detail?.view).to.equal('full');
    expect(shadow(el).activeElement?.id).to.equal('title', 'focus moves to what was found');
  });

  it('shows a skeleton that reserves space while loading', async () => {
    const { worker } = await mockApi();
    worker.use(http.get(`${apiBase}/v1/suggestions/:id`, async () => delay('infinite')));
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase} tracking-code="JYDEMO000001"></jy-status-tracker>`);
    await expect(el).to.be.accessible();
    const skeleton = $(el, '[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal('正在加载办理进度…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(400);
  });

  it('an unknown code: the server says so next to the code field, and jy-error fires', async () => {
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase}></jy-status-tracker>`);
    await typeInto(el, '#code', 'JYNOSUCHCODE');
    setTimeout(() => $<HTMLButtonElement>(el, 'button[type="submit"]')!.click());
    const event = (await oneEvent(el, 'jy-error')) as JyErrorEvent;
    expect(event.detail.status).to.equal(404);
    await settled(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '#code-error'))).to.equal('未找到该记录，请核对查询码');
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('JYNOSUCHCODE', 'what was typed stays to be corrected');
    expect(shadow(el).activeElement?.id).to.equal('code');
  });

  it('a wrong access key: the 403 message sits next to the key field', async () => {
    const el = await fixture<JyStatusTracker>(
      html`<jy-status-tracker api-base=${apiBase} tracking-code="JYDEMO000002" access-key="not-the-right-key-at-all"></jy-status-tracker>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '#key-error'))).to.equal('查询密钥与该建议不符，请核对后重试');
    expect(Boolean($(el, '#code-error'))).to.equal(false);
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('JYDEMO000002');
    expect($<HTMLInputElement>(el, '#key')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a server failure: an error with a retry that works', async () => {
    const { worker } = await mockApi();
    worker.use(
      http.get(`${apiBase}/v1/suggestions/:id`, () => HttpResponse.json({ title: '服务器暂时无法处理请求，请稍后重试', status: 503, code: 'unavailable' }, { status: 503 })),
    );
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase} tracking-code="JYDEMO000001"></jy-status-tracker>`);
    await waitUntil(() => $(el, '[part~="error"]'), 'no error shown', { timeout: 8000 });
    await expect(el).to.be.accessible();
    expect(text($(el, '[role="alert"]'))).to.contain('服务器暂时无法处理请求');
    worker.resetHandlers();
    $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
    await settled(el);
    expect(statusWord(el)).to.equal('已办结');
  });

  for (const status of statuses) {
    it(`shows a ${status} suggestion: status in words, steps, department, timeline`, async () => {
      const { id, key, record } = await demo(status);
      const el = await tracker(id, key);
      await expect(el).to.be.accessible();
      const s = record.suggestion;
      expect(statusWord(el)).to.equal(term('status', status, 'zh-CN'));
      expect(text($(el, 'h2'))).to.equal(s.title);
      // The step indicator: one current step, as many reached as the status says.
      const steps = $$(el, '[part~="step"]');
      expect(steps.filter((step) => step.getAttribute('aria-current') === 'step')).to.have.length(1);
      expect(text($(el, '[part~="steps"]'))).to.contain('提交');
      // Every event, each with who and a localized date.
      expect($$(el, '[part~="event"]')).to.have.length(record.events.length);
      const newest = record.events.at(-1)!;
      expect(text($(el, '[part~="event"]'))).to.contain(term('action', newest.type, 'zh-CN'));
      expect(text($(el, '[part~="event"] time'))).to.equal(formatDateTime(newest.at, 'zh-CN'));
      const facts = text($(el, '[part~="facts"]'));
      const { store } = await mockApi();
      const department = store.departments().find((candidate) => candidate.id === s.departmentId);
      expect(facts).to.contain(department ? department.name : '尚未交办');

      switch (status) {
        case 'submitted':
          expect(facts).to.contain('受理期限');
          expect(steps.map((step) => step.className.split(' ')[1])).to.deep.equal(['done', 'current', 'todo', 'todo', 'todo', 'todo']);
          break;
        case 'in_progress':
          expect(steps.map((step) => step.className.split(' ')[1])).to.deep.equal(['done', 'done', 'done', 'current', 'todo', 'todo']);
          expect(facts).to.contain('办理期限');
          break;
        case 'replied':
          // The citizen's turn: 评价 is the step it waits at.
          expect(steps.map((step) => step.className.split(' ')[1])).to.deep.equal(['done', 'done', 'done', 'done', 'done', 'current']);
          expect(text($(el, '[part~="reply"]'))).to.contain(term('replyKind', s.replies.at(-1)!.kind, 'zh-CN'));
          expect(text($(el, '[part~="reply"] .text'))).to.equal(s.replies.at(-1)!.body.replace(/\s+/g, ' ').trim());
          break;
        case 'under_review':
          expect(text(shadow(el))).to.contain('正在复核');
          expect(text($(el, '[part~="rating"]'))).to.contain('不满意');
          break;
        case 'closed':
          expect(text($(el, '[part~="rating"]'))).to.contain(term('satisfaction', s.rating!.satisfaction, 'zh-CN'));
          expect(text($(el, '[part~="rating"]'))).to.contain(s.rating!.comment ?? '');
          break;
        case 'rejected':
          expect(text($(el, '[part~="notice"]'))).to.contain(s.rejectionReason!);
          expect(steps.at(-1)!.className).to.contain('stopped');
          expect(text(steps.at(-1))).to.contain('不予受理');
          break;
        case 'merged':
          expect(text($(el, '[data-merged-into]'))).to.contain(s.mergedInto!);
          break;
      }
    });
  }

  it('a closed suggestion that was never rated says so instead of showing a rating', async () => {
    const { id, key } = await demo('closed', (record) => record.suggestion.id === nodeOf(3));
    const el = await tracker(id, key);
    expect(Boolean($(el, '[part~="rating"]'))).to.equal(false);
    expect(text(shadow(el))).to.contain('答复后未评价');
    expect($$(el, '[part~="step"]').map((step) => step.className.split(' ')[1])).to.deep.equal(['done', 'done', 'skipped', 'skipped', 'done', 'skipped']);
  });

  it('with the key: the full view and contact; without it: the public view, masked, no contact', async () => {
    const { id, key, record } = await demo('closed', (candidate) => candidate.suggestion.id === nodeOf(1));
    const phone = record.suggestion.contact!.phone!;
    const full = await tracker(id, key);
    expect(full.detail?.view).to.equal('full');
    expect(text($(full, '.contact'))).to.contain(phone);
    expect(text($(full, '.content'))).to.contain('13812345678');
    expect(text(shadow(full))).not.to.contain('公开信息');

    const anyone = await tracker(id);
    await expect(anyone).to.be.accessible();
    expect(anyone.detail?.view).to.equal('public');
    expect(Boolean($(anyone, '.contact'))).to.equal(false);
    expect(text(shadow(anyone))).not.to.contain(phone);
    expect(text(shadow(anyone))).not.to.contain('王小明');
    expect(text($(anyone, '.content'))).to.contain('138****5678');
    expect(text($(anyone, '.public-view'))).to.contain('个人信息已隐去');

    // From the public view the citizen can add the key.
    $<HTMLButtonElement>(anyone, '.public-view button')!.click();
    await anyone.updateComplete;
    expect($<HTMLInputElement>(anyone, '#code')!.value).to.equal(id);
    expect(shadow(anyone).activeElement?.id).to.equal('key');
    await typeInto(anyone, '#key', key);
    $<HTMLButtonElement>(anyone, 'button[type="submit"]')!.click();
    await settled(anyone);
    expect(anyone.detail?.view).to.equal('full');
  });

  it('marks the overdue suggestion, and only that one', async () => {
    const { store } = await mockApi();
    const now = new Date().toISOString();
    const overdue = store.records().find((record) => isOverdue(record.suggestion, now))!;
    const n = Number(overdue.suggestion.id.replace('JYDEMO', ''));
    const el = await tracker(overdue.suggestion.id, demoAccessKey(n));
    expect(text($(el, '[part~="overdue"]'))).to.equal('已超期');
    expect(text($(el, '.is-overdue'))).to.contain('已超期');
    const onTime = store.records().find((record) => record.suggestion.status === 'in_progress' && !isOverdue(record.suggestion, now))!;
    const other = await tracker(onTime.suggestion.id, onTime.accessKey);
    expect(Boolean($(other, '[part~="overdue"]'))).to.equal(false);
  });

  it('shows the rating inline when replied; rating it closes the suggestion and the tracker follows', async () => {
    const { id, key, store } = await demo('replied');
    const el = await tracker(id, key);
    const rating = $(el, 'jy-rating')!;
    expect(rating.getAttribute('suggestion')).to.equal(id);
    await expect(el).to.be.accessible();
    const inner = rating.shadowRoot!;
    inner.querySelector<HTMLButtonElement>('[data-kind="value"][data-choice="basically-satisfied"]')!.click();
    inner.querySelector<HTMLButtonElement>('[data-kind="solved"][data-choice="yes"]')!.click();
    await (rating as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const updated = oneEvent(el, 'jy-updated') as Promise<JyUpdatedEvent>;
    setTimeout(() => inner.querySelector<HTMLButtonElement>('[part="submit"]')!.click());
    const rated = (await oneEvent(el, 'jy-rated')) as JyRatedEvent;
    expect(rated.detail.rating).to.deep.equal({ satisfaction: 'basically-satisfied', solved: true });
    expect((await updated).detail.suggestion.status).to.equal('closed');
    await el.updateComplete;
    expect(statusWord(el)).to.equal('已办结');
    expect(Boolean($(el, 'jy-rating'))).to.equal(false);
    expect(text($(el, '[part~="rating"]'))).to.contain('基本满意');
    expect(timelineTypes(el)[0]).to.equal('rate');
    expect(store.record(id)!.suggestion.status).to.equal('closed');
  });

  it('a dark tracker shows its inline rating dark too, so its labels stay readable', async () => {
    const { id, key } = await demo('replied');
    const el = await fixture<JyStatusTracker>(html`<jy-status-tracker api-base=${apiBase} tracking-code=${id} access-key=${key} theme="dark"></jy-status-tracker>`);
    await settled(el);
    const rating = $(el, 'jy-rating')! as HTMLElement & { updateComplete: Promise<unknown> };
    await rating.updateComplete;
    expect(rating.dataset.theme).to.equal('dark');
    const legend = rating.shadowRoot!.querySelector('legend')!;
    expect(getComputedStyle(legend).color).to.equal('rgb(232, 234, 237)', 'the dark text colour');
    await expect(el).to.be.accessible();
  });

  it('no inline rating without the key', async () => {
    const { id } = await demo('replied');
    const el = await tracker(id);
    expect(Boolean($(el, 'jy-rating'))).to.equal(false);
    expect(Boolean($(el, '[part~="reply"]'))).to.equal(true);
  });

  it('follows the suggestion live by polling: a new step appears and jy-updated fires; nothing after removal', async () => {
    const { id, key, store, record } = await demo('submitted');
    const el = await tracker(id, key, { poll: 1 });
    expect(statusWord(el)).to.equal('待受理');
    const updated = oneEvent(el, 'jy-updated') as Promise<JyUpdatedEvent>;
    store.act(id, { type: 'accept', note: '已受理，请耐心等待。' }, { token: 'demo-dispatcher' });
    const event = await updated;
    expect(event.detail.suggestion.status).to.equal('accepted');
    await el.updateComplete;
    expect(statusWord(el)).to.equal('已受理');
    expect(timelineTypes(el)[0]).to.equal('accept');
    expect(text($(el, '[part~="event"]'))).to.contain('已受理，请耐心等待。');
    expect($$(el, '[part~="event"]')).to.have.length(record.events.length);
    expect(text($(el, '[role="status"]'))).to.equal('办理进度已更新：已受理');

    const { worker } = await mockApi();
    let requests = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.includes(`/suggestions/${id}`)) requests++;
    };
    worker.events.on('request:start', count);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    worker.events.removeListener('request:start', count);
    expect(requests).to.equal(0, 'a removed tracker stops polling');
  });

  it('follows the server\'s event stream where there is one, and falls back to polling when it fails', async () => {
    const { id, key, store, record } = await demo('submitted');
    const real = window.EventSource;
    const opened: FakeEventSource[] = [];
    class FakeEventSource extends EventTarget {
      closed = false;
      readyState = 1;
      constructor(readonly url: string) {
        super();
        opened.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    window.EventSource = FakeEventSource as unknown as typeof EventSource;
    try {
      // Polls every 30 s: within this test only the stream can bring news.
      const el = await tracker(id, key, { poll: 30 });
      expect(opened).to.have.length(1);
      const url = new URL(opened[0]!.url);
      expect(url.pathname).to.equal(`/api/v1/suggestions/${id}/events`);
      expect(url.searchParams.get('accessKey')).to.equal(key);
      expect(url.searchParams.get('after')).to.equal(String(record.suggestion.version));

      // A step arrives on the stream: the tracker shows it without waiting for a poll.
      const detail = store.act(id, { type: 'accept' }, { token: 'demo-dispatcher' });
      const updated = oneEvent(el, 'jy-updated');
      opened[0]!.dispatchEvent(new MessageEvent('timeline', { data: JSON.stringify(detail.events.at(-1)) }));
      await updated;
      await el.updateComplete;
      expect(statusWord(el)).to.equal('已受理');

      // The server ends a long stream with `end`: the browser's own reconnect (with
      // Last-Event-ID) is left to run, and the tracker stays on the stream.
      opened[0]!.dispatchEvent(new MessageEvent('end', { data: '{}' }));
      opened[0]!.readyState = 0;
      opened[0]!.dispatchEvent(new Event('error'));
      expect(opened[0]!.closed).to.equal(false);
      opened[0]!.readyState = 1;
      opened[0]!.dispatchEvent(new Event('open'));

      // The stream breaks: it is closed, not left to reconnect, and polling takes over
      // (a page coming back into view polls at once; the timer is the other test's).
      opened[0]!.dispatchEvent(new Event('error'));
      expect(opened[0]!.closed).to.equal(true);
      const next = oneEvent(el, 'jy-updated');
      store.act(id, { type: 'assign', departmentId: 'water' }, { token: 'demo-dispatcher' });
      document.dispatchEvent(new Event('visibilitychange'));
      await next;
      await el.updateComplete;
      expect(statusWord(el)).to.equal('已交办');
      expect(opened).to.have.length(1);
    } finally {
      window.EventSource = real;
    }
  });

  it('renders what people wrote as inert text', async () => {
    const { store } = await mockApi();
    const evil = '<img src=x onerror=window.__xss=1>';
    const created = store.createSuggestion({ categoryId: 'urban', title: evil, body: `${evil} <a href="javascript:alert(1)">点我</a>`, anonymous: true });
    store.act(created.suggestion.id, { type: 'accept', note: 'javascript:alert(1) <a href="javascript:alert(1)">详情</a>' }, { token: 'demo-dispatcher' });
    const el = await tracker(created.suggestion.id, created.accessKey);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text($(el, 'h2'))).to.equal(evil);
    expect(text($(el, '.content .body'))).to.contain(evil);
    expect(text($(el, '[data-type="accept"] .note'))).to.contain('javascript:alert(1)');
    expect(Boolean(shadow(el).querySelector('img'))).to.equal(false);
    expect(Boolean(shadow(el).querySelector('a[href^="javascript:"]'))).to.equal(false);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('never shows internal notes, even if a response carried them', async () => {
    const { id, key, store, worker } = await demo('closed', (record) => record.suggestion.id === nodeOf(1)).then(async (found) => ({ ...found, worker: (await mockApi()).worker }));
    const staffView = store.getSuggestion(id, { token: 'demo-dispatcher' });
    const internal = staffView.events.find((event) => 'internalNote' in event && event.internalNote)!;
    expect(internal).to.not.equal(undefined);
    worker.use(http.get(`${apiBase}/v1/suggestions/:id`, () => HttpResponse.json(staffView)));
    const el = await tracker(id, key);
    expect(text(shadow(el))).not.to.contain((internal as unknown as { internalNote: string }).internalNote);
    expect($$(el, '[part~="event"]').length).to.equal(staffView.events.length);
  });

  it('lists the timeline newest first; the citizen can flip it', async () => {
    const { id, key, record } = await demo('closed', (candidate) => candidate.suggestion.id === nodeOf(1));
    const el = await tracker(id, key);
    const types = record.events.map((event) => event.type);
    expect(timelineTypes(el)).to.deep.equal([...types].reverse());
    const order = $<HTMLButtonElement>(el, '.order')!;
    expect(order.getAttribute('aria-pressed')).to.equal('true');
    order.click();
    await el.updateComplete;
    expect(timelineTypes(el)).to.deep.equal(types);
    expect(order.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('timeline-order')).to.equal('oldest-first');
    // Who did it, by name, not by id.
    expect(text($(el, '[data-type="assign"]'))).to.contain('交办至 市城管局');
    expect(text($(el, '[data-type="start"] .meta'))).to.contain('市城管局');
  });

  it('follows the nearest lang: status words and dates in zh-TW and en', async () => {
    const { id, key, record } = await demo('in_progress');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><jy-status-tracker api-base=${apiBase} tracking-code=${id} access-key=${key}></jy-status-tracker></div>`,
    );
    const el = await settled(wrapper.querySelector('jy-status-tracker')!);
    const latest = record.events.at(-1)!;
    expect(statusWord(el)).to.equal('辦理中');
    expect(text($(el, '[part~="steps"]'))).to.contain('交辦');
    expect(text($(el, '[part~="event"] time'))).to.equal(formatDateTime(latest.at, 'zh-TW'));
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(statusWord(el)).to.equal('In progress');
    expect(text($(el, 'h3'))).to.not.match(/[办辦]/);
    const englishDate = text($(el, '[part~="event"] time'));
    expect(englishDate).to.equal(formatDateTime(latest.at, 'en'));
    expect(englishDate).to.match(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
    await expect(el).to.be.accessible();
  });

  it('a merged suggestion links to the one it joined, and back', async () => {
    const { id, key, record } = await demo('merged');
    const into = record.suggestion.mergedInto!;
    const el = await tracker(id, key);
    $<HTMLButtonElement>(el, '[data-merged-into]')!.click();
    await settled(el);
    expect(el.trackingCode).to.equal(into);
    expect(text($(el, '[part~="header"] .mono'))).to.equal(into);
    expect(el.detail?.suggestion.id).to.equal(into);
    expect(el.detail?.view).to.equal('public', 'the old key does not open the other suggestion');
    expect(shadow(el).activeElement?.id).to.equal('title');
    await expect(el).to.be.accessible();
    const back = $$<HTMLButtonElement>(el, '.footer button').find((button) => text(button).includes(id))!;
    back.click();
    await settled(el);
    expect(el.detail?.suggestion.id).to.equal(id);
    expect(el.detail?.view).to.equal('full');
  });
});

describe('<jy-status-tracker> screenshots', () => {
  beforeEach(fresh);

  it('in progress, replied with the rating, and the lookup form at 360 and 1280 px', async () => {
    const inProgress = await demo('in_progress', (record) => record.suggestion.id === nodeOf(5));
    await fixture(
      html`<main style="padding:12px;max-width:760px"><jy-status-tracker api-base=${apiBase} tracking-code=${inProgress.id} access-key=${inProgress.key}></jy-status-tracker></main>`,
    ).then((main) => settled((main as HTMLElement).querySelector('jy-status-tracker')!));
    for (const width of [360, 1280] as const) await screenshot('status-tracker-in-progress', width);
    fixtureCleanup();

    const replied = await demo('replied');
    await fixture(
      html`<main style="padding:12px;max-width:760px"><jy-status-tracker api-base=${apiBase} tracking-code=${replied.id} access-key=${replied.key}></jy-status-tracker></main>`,
    ).then((main) => settled((main as HTMLElement).querySelector('jy-status-tracker')!));
    for (const width of [360, 1280] as const) await screenshot('status-tracker-replied', width);
    fixtureCleanup();

    await fixture(html`<main style="padding:12px;max-width:760px"><jy-status-tracker api-base=${apiBase}></jy-status-tracker></main>`);
    for (const width of [360, 1280] as const) await screenshot('status-tracker-lookup', width);
  });
});
