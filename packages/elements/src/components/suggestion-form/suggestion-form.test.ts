import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { minHumanFillMs } from '@jianyi/core';
import type { JyErrorEvent } from '../../events/jy-error.js';
import type { JySubmittedEvent } from '../../events/jy-submitted.js';
import { apiBase, mockApi } from '../../test-support/mock-api.js';
import { screenshot } from '../../test-support/screenshot.js';
import { downscale } from './downscale.js';
import type { JySuggestionForm } from './suggestion-form.js';
import './jy-suggestion-form.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorOf = (el: Element, id: string) => {
  const control = $(el, `#${id}`)!;
  const describedBy = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const errorId = describedBy.find((candidate) => candidate.endsWith('-error'));
  return { invalid: control.getAttribute('aria-invalid'), message: errorId ? text(el, `#${errorId}`) : '' };
};

async function loaded(el: JySuggestionForm) {
  await waitUntil(() => $(el, 'select#category'), 'the categories load', { timeout: 5000 });
  await el.updateComplete;
}

function type(el: Element, id: string, value: string) {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

function blur(el: Element, id: string) {
  $(el, `#${id}`)!.dispatchEvent(new Event('blur'));
}

function choose(el: Element, categoryId: string) {
  const select = $<HTMLSelectElement>(el, '#category')!;
  select.value = categoryId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function check(el: Element, selector: string) {
  const box = $<HTMLInputElement>(el, selector)!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

// A person takes seconds to fill the form; submissions faster than that are a bot's and
// are not stored. Filling a form here moves the page's clock on by that much.
const realNow = Date.now.bind(Date);
let clockOffset = 0;
Date.now = () => realNow() + clockOffset;
const takeHumanTime = () => (clockOffset += minHumanFillMs);

async function fillValid(el: JySuggestionForm) {
  await loaded(el);
  choose(el, 'urban');
  type(el, 'title', '小区门口路灯不亮');
  type(el, 'body', '南湖路 12 号小区门口的路灯已经坏了两周，晚上很黑，老人出门不安全。');
  type(el, 'name', '张女士');
  type(el, 'phone', '138 0013 8000');
  check(el, '#consent');
  takeHumanTime();
  await el.updateComplete;
}

const submitButton = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]')!;

async function form() {
  return fixture<JySuggestionForm>(html`<jy-suggestion-form api-base=${apiBase}></jy-suggestion-form>`);
}

/** A PNG of `width` × `height` drawn on a canvas, as a phone's photo would arrive. */
async function png(width: number, height: number): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3a7bd5';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#ffd166';
  context.fillRect(width / 4, height / 4, width / 2, height / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
  return new File([blob], 'street-light.png', { type: 'image/png' });
}

function pick(el: Element, ...files: File[]) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<jy-suggestion-form>', () => {
  beforeEach(async () => {
    const { store, worker } = await mockApi();
    store.reset();
    worker.resetHandlers();
    localStorage.clear();
  });

  // First in this file: a module once fetched stays loaded for the page, so this is the
  // only test that can see ./actions.js fail to arrive.
  it('when what sends cannot be fetched, the button says so, nothing typed is lost, and pressing again sends', async () => {
    const { store, worker } = await mockApi();
    let offline = true;
    worker.use(http.get(/\/suggestion-form\/actions\.[jt]s/, () => (offline ? HttpResponse.error() : undefined)));
    const el = await form();
    await fillValid(el);
    $<HTMLButtonElement>(el, '[part~="locate"]')!.click();
    submitButton(el).click();
    await waitUntil(() => text(el, '[part~="error"]'), 'the form says what went wrong');
    expect(text(el, '[part~="error"]')).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    expect(text(el, '.note')).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('小区门口路灯不亮');
    const saved = Object.keys(localStorage).find((key) => key.startsWith('jianyi:suggestion-draft:'))!;
    expect(JSON.parse(localStorage.getItem(saved)!)).to.deep.include({ title: '小区门口路灯不亮', phone: '138 0013 8000' });
    await expect(el).to.be.accessible();
    await screenshot('suggestion-form-actions-failed', 390);

    offline = false;
    const before = store.records().length;
    setTimeout(() => submitButton(el).click());
    const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    expect(store.records().length).to.equal(before + 1);
    expect(store.record(detail.suggestion.id)!.suggestion.title).to.equal('小区门口路灯不亮');
  });

  it('loading: a skeleton holds the place of the category list, so nothing moves when it arrives', async () => {
    const { worker } = await mockApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.get(`${apiBase}/v1/categories`, async () => void (await gate)));
    const el = await form();
    await expect(el).to.be.accessible();
    const skeleton = $(el, '.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '.skeleton')).to.equal('正在加载类别…');
    const before = { skeleton: skeleton.getBoundingClientRect().height, title: $(el, '#title')!.getBoundingClientRect().top };
    expect(before.skeleton).to.be.greaterThan(40);
    // The citizen can start typing while the list loads.
    type(el, 'title', '先写标题');
    release();
    await loaded(el);
    expect($(el, '#title')!.getBoundingClientRect().top).to.equal(before.title);
    expect($(el, '#category')!.getBoundingClientRect().height).to.be.closeTo(before.skeleton, 1);
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('先写标题');
  });

  it('loaded: categories from the API, bound to a workstation with its name shown', async () => {
    const el = await fixture<JySuggestionForm>(
      html`<jy-suggestion-form api-base=${apiBase} workstation="ws-nanhu" channel="qr-code" category="transport"></jy-suggestion-form>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
    const options = [...shadow(el).querySelectorAll('#category option')].map((option) => option.textContent?.trim());
    expect(options).to.include.members(['请选择类别', '城市管理', '交通出行', '综合其他']);
    expect(($(el, '#category') as HTMLSelectElement).value).to.equal('transport');
    await waitUntil(() => text(el, '.bound'), 'the workstation name shows', { timeout: 5000 });
    expect(text(el, '.bound')).to.equal('提交至：南湖新区“民意直通”委员工作室');
    expect(text(el, '[part~="heading"]')).to.equal('我要提建议');
  });

  it('error: a failed category load says so and its retry button loads them', async () => {
    const { worker } = await mockApi();
    let failing = true;
    worker.use(
      http.get(`${apiBase}/v1/categories`, () =>
        failing ? HttpResponse.json({ title: '服务器暂时无法处理请求，请稍后重试', status: 500, code: 'internal' }, { status: 500 }) : undefined,
      ),
    );
    const el = await form();
    const errors: JyErrorEvent[] = [];
    el.addEventListener('jy-error', (event) => errors.push(event));
    await waitUntil(() => $(el, '[part~="retry"]'), 'the retry button shows', { timeout: 5000 });
    await expect(el).to.be.accessible();
    expect(text(el, '.load-failed')).to.contain('类别加载失败').and.to.contain('服务器暂时无法处理请求');
    expect(errors.map((event) => event.detail.status)).to.deep.equal([500]);
    await screenshot('suggestion-form-load-failed', 360);
    failing = false;
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await loaded(el);
    expect(shadow(el).querySelectorAll('#category option').length).to.be.greaterThan(5);
  });

  it('validates on blur and on submit, in zh-CN and after switching to en; focus goes to the first error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><jy-suggestion-form api-base=${apiBase}></jy-suggestion-form></div>`);
    const el = wrapper.querySelector('jy-suggestion-form')!;
    await loaded(el);
    type(el, 'title', '路灯');
    blur(el, 'title');
    // The schemas arrive with the first focus; the message shows as soon as they are here.
    await waitUntil(() => errorOf(el, 'title').invalid === 'true', 'the title says what is wrong');
    expect(errorOf(el, 'title')).to.deep.equal({ invalid: 'true', message: '至少需要 5 个字' });
    // Only the left field speaks up; the others wait until the citizen gets there.
    expect(errorOf(el, 'body').invalid).to.equal('false');
    type(el, 'title', '小区路灯不亮了');
    await waitUntil(() => errorOf(el, 'title').invalid === 'false', 'the message goes once the title is long enough');

    submitButton(el).click();
    await waitUntil(() => errorOf(el, 'category').invalid === 'true', 'the submit shows every message');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(errorOf(el, 'category')).to.deep.equal({ invalid: 'true', message: '此项为必填项' });
    expect(errorOf(el, 'body').message).to.equal('此项为必填项');
    expect(errorOf(el, 'phone').message).to.equal('实名提交需要填写姓名或手机号码；不想留联系方式请选择“匿名提交”');
    expect(errorOf(el, 'consent').message).to.equal('请阅读并同意个人信息使用说明');
    expect(text(el, '[part~="error"]')).to.equal('有 4 处需要修改，请按提示填写');
    expect(shadow(el).activeElement?.id).to.equal('category');

    wrapper.lang = 'en';
    await waitUntil(() => errorOf(el, 'category').message === 'This field is required', 'the messages follow the language');
    expect(errorOf(el, 'consent').message).to.equal('Please read and accept how your personal data is used');
    expect(text(el, 'label[for="title"]')).to.contain('Title');
    expect(text(el, '[part~="submit"]')).to.equal('Send suggestion');
    wrapper.lang = 'zh-TW';
    await waitUntil(() => errorOf(el, 'category').message === '此項為必填項', 'and again');
    expect(text(el, '[part~="submit"]')).to.equal('提交建議');
  });

  it('counts characters of the details as a person does (an emoji is one)', async () => {
    const el = await form();
    await loaded(el);
    type(el, 'body', '路灯坏了😀');
    await el.updateComplete;
    expect(text(el, '[part~="count"]')).to.equal('5/2000 字');
    type(el, 'body', '长'.repeat(2003));
    await el.updateComplete;
    expect(text(el, '[part~="count"]')).to.equal('已超出 3 字');
  });

  it('is usable with the keyboard alone: Tab through, arrows choose, Space checks, Enter in a field submits', async () => {
    const { store } = await mockApi();
    const el = await fixture<JySuggestionForm>(html`<jy-suggestion-form api-base=${apiBase} channel="qr-code" workstation="ws-nanhu"></jy-suggestion-form>`);
    await loaded(el);
    $(el, '#category')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('title');
    await sendKeys({ type: '公交站台没有遮雨棚' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '岳阳楼区五里牌公交站没有遮雨棚，下雨天等车的人都被淋湿。' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('address');
    // Past the location button and the photo picker to the anonymous switch.
    while (shadow(el).activeElement?.getAttribute('part') !== 'anonymous') await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('name');
    await sendKeys({ type: '李先生' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13912345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(($(el, '#consent') as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(shadow(el).activeElement?.id).to.equal('phone');
    takeHumanTime();
    const before = store.records().length;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    expect(store.records().length).to.equal(before + 1);
    const stored = store.record(event.detail.suggestion.id)!.suggestion;
    expect(stored.categoryId).to.equal('urban');
    expect(stored.channel).to.equal('qr-code');
    expect(stored.workstationId).to.equal('ws-nanhu');
    expect(stored.contact).to.deep.equal({ name: '李先生', phone: '13912345678' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('success-heading');
  });

  it('puts the field errors of a server 422 on their fields and focuses the first', async () => {
    const { worker } = await mockApi();
    worker.use(
      http.post(`${apiBase}/v1/suggestions`, () =>
        HttpResponse.json(
          {
            title: '提交的内容有误，请按提示修改',
            status: 422,
            code: 'validation_failed',
            errors: [
              { field: 'contact.phone', message: '该号码已停机，请换一个号码' },
              { field: 'title', message: '标题中含有不宜公开的内容' },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await form();
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    const event = (await oneEvent(el, 'jy-error')) as JyErrorEvent;
    expect(event.detail.status).to.equal(422);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(errorOf(el, 'title')).to.deep.equal({ invalid: 'true', message: '标题中含有不宜公开的内容' });
    expect(errorOf(el, 'phone')).to.deep.equal({ invalid: 'true', message: '该号码已停机，请换一个号码' });
    expect(errorOf(el, 'body').invalid).to.equal('false');
    expect(shadow(el).activeElement?.id).to.equal('title');
    expect(text(el, '[part~="error"]')).to.equal('提交的内容有误，请按提示修改');
  });

  it('keeps the draft through a reload, and clears it only after a successful submit', async () => {
    const el = await form();
    await loaded(el);
    choose(el, 'environment');
    type(el, 'title', '河边有人倾倒垃圾');
    type(el, 'body', '每天傍晚都有人在河堤上倒建筑垃圾。');
    type(el, 'address', '南湖新区龙山路桥下');
    type(el, 'phone', '13800138000');
    check(el, '#consent');
    await el.updateComplete;
    el.remove();

    const again = await form();
    await loaded(again);
    expect(($(again, '#category') as HTMLSelectElement).value).to.equal('environment');
    expect(($(again, '#title') as HTMLInputElement).value).to.equal('河边有人倾倒垃圾');
    expect(($(again, '#body') as HTMLTextAreaElement).value).to.equal('每天傍晚都有人在河堤上倒建筑垃圾。');
    expect(($(again, '#address') as HTMLInputElement).value).to.equal('南湖新区龙山路桥下');
    expect(($(again, '#phone') as HTMLInputElement).value).to.equal('13800138000');
    expect(($(again, '#consent') as HTMLInputElement).checked).to.equal(true);
    expect(text(again, '.restored')).to.contain('已恢复您上次未提交的内容');

    // Another workstation's QR code opens its own, empty draft.
    const other = await fixture<JySuggestionForm>(html`<jy-suggestion-form api-base=${apiBase} workstation="ws-nanhu"></jy-suggestion-form>`);
    await loaded(other);
    expect(($(other, '#title') as HTMLInputElement).value).to.equal('');

    setTimeout(() => submitButton(again).click());
    await oneEvent(again, 'jy-submitted');
    fixtureCleanup();
    const afterSuccess = await form();
    await loaded(afterSuccess);
    expect(($(afterSuccess, '#title') as HTMLInputElement).value).to.equal('');
    expect($(afterSuccess, '.restored')).to.equal(null);
  });

  it('a retry after a network failure creates exactly one suggestion, with one Idempotency-Key', async () => {
    const { store, worker } = await mockApi();
    const keys: string[] = [];
    let offline = true;
    // The server stores the suggestion but the answer is lost on the way back: the worst case for a retry.
    worker.use(
      http.post(`${apiBase}/v1/suggestions`, async ({ request }) => {
        const key = request.headers.get('idempotency-key') ?? '';
        keys.push(key);
        if (!offline) return undefined;
        store.createSuggestion(await request.clone().json(), { idempotencyKey: key, locale: 'zh-CN' });
        return HttpResponse.error();
      }),
    );
    const before = store.records().length;
    const el = await form();
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    const failure = (await oneEvent(el, 'jy-error')) as JyErrorEvent;
    expect(failure.detail.code).to.equal('network_error');
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('小区门口路灯不亮');
    expect(submitButton(el).disabled).to.equal(false);

    offline = false;
    setTimeout(() => submitButton(el).click());
    const success = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    expect(store.records().length).to.equal(before + 1);
    expect(store.records().at(-1)!.suggestion.id).to.equal(success.detail.suggestion.id);
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);

    // The next suggestion gets a key of its own.
    $<HTMLButtonElement>(el, '[part~="another"]')!.click();
    await loaded(el);
    type(el, 'title', '下一条建议的标题');
    await el.updateComplete;
    const saved = Object.keys(localStorage).find((key) => key.startsWith('jianyi:suggestion-draft:'))!;
    expect(JSON.parse(localStorage.getItem(saved)!).idempotencyKey).to.be.a('string').and.not.equal(keys[0]);
  });

  it('an edit after a lost answer still ends with the one stored suggestion, not a second one or an error', async () => {
    const { store, worker } = await mockApi();
    let offline = true;
    worker.use(
      http.post(`${apiBase}/v1/suggestions`, async ({ request }) => {
        if (!offline) return undefined;
        store.createSuggestion(await request.clone().json(), { idempotencyKey: request.headers.get('idempotency-key') ?? '', locale: 'zh-CN' });
        return HttpResponse.error();
      }),
    );
    const before = store.records().length;
    const el = await form();
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    await oneEvent(el, 'jy-error');
    offline = false;
    type(el, 'title', '小区门口路灯不亮（补充）');
    await el.updateComplete;
    setTimeout(() => submitButton(el).click());
    const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    expect(store.records().length).to.equal(before + 1);
    expect(detail.suggestion.id).to.equal(store.records().at(-1)!.suggestion.id);
    await el.updateComplete;
    // The citizen sees which version the server holds.
    expect(text(el, '.received')).to.equal('您的建议“小区门口路灯不亮”已收到。');
  });

  it('success: fires jy-submitted, shows the code and key with copy buttons, a track link and a saved file', async () => {
    const el = await fixture<JySuggestionForm>(
      html`<jy-suggestion-form api-base=${apiBase} track-url="/track.html#code={code}&key={key}"></jy-suggestion-form>`,
    );
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const code = detail.suggestion.id;
    expect(code).to.match(/^JY[0-9A-Z]{10}$/);
    expect(text(el, '[part~="tracking-code"]')).to.equal(code);
    expect(text(el, '[part~="access-key"]')).to.equal(detail.accessKey);
    expect($<HTMLAnchorElement>(el, '[part~="track"]')!.getAttribute('href')).to.equal(
      `/track.html#code=${code}&key=${encodeURIComponent(detail.accessKey)}`,
    );

    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      $<HTMLButtonElement>(el, '[part~="copy"]')!.click();
      await waitUntil(() => text(el, '.copy-note'));
      expect(copied).to.deep.equal([code]);
      expect(text(el, '.copy-note')).to.equal('已复制查询码');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      shadow(el).querySelectorAll<HTMLButtonElement>('[part~="copy"]')[1]!.click();
      await waitUntil(() => text(el, '.copy-note').includes('手动'));
      expect(text(el, '.copy-note')).to.equal('无法自动复制，请长按上面的查询密钥手动复制');
      expect(getSelection()?.toString()).to.equal(detail.accessKey);
    } finally {
      clipboard.writeText = original;
    }

    const downloads: { name: string; body: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) void fetch(this.href).then(async (response) => downloads.push({ name: this.download, body: await response.text() }));
      else click.call(this);
    };
    try {
      $<HTMLButtonElement>(el, '[part~="save"]')!.click();
      await waitUntil(() => downloads.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads[0]!.name).to.equal(`jianyi-${code}.txt`);
    expect(downloads[0]!.body).to.contain(`查询码: ${code}`).and.to.contain(`查询密钥: ${detail.accessKey}`).and.to.match(/提交时间: \d{4}年/);

    $<HTMLButtonElement>(el, '[part~="another"]')!.click();
    await el.updateComplete;
    expect($(el, '[part~="success"]')).to.equal(null);
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('');
  });

  it('offers no link for a track-url that is not http(s)', async () => {
    const el = await fixture<JySuggestionForm>(html`<jy-suggestion-form api-base=${apiBase} track-url="javascript:alert({code})"></jy-suggestion-form>`);
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    await oneEvent(el, 'jy-submitted');
    await el.updateComplete;
    expect($(el, '[part~="track"]')).to.equal(null);
    expect($(el, '[part~="save"]')).to.not.equal(null);
  });

  it('renders a category name with markup as inert text', async () => {
    const { worker } = await mockApi();
    const name = '<img src=x onerror=window.__xss=1>';
    worker.use(http.get(`${apiBase}/v1/categories`, () => HttpResponse.json([{ id: 'evil', name, handlingDays: 10 }])));
    const el = await form();
    await loaded(el);
    await aTimeout(50);
    expect(text(el, 'option[value="evil"]')).to.equal(name);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('anonymous: hides the contact fields and sends no contact', async () => {
    const { store } = await mockApi();
    const el = await form();
    await fillValid(el);
    check(el, '[part~="anonymous"]');
    await el.updateComplete;
    expect($(el, '#name')).to.equal(null);
    expect($(el, '#phone')).to.equal(null);
    expect($(el, '#consent')).to.equal(null);
    expect(text(el, '#anonymous-hint')).to.contain('办理单位无法联系您');
    setTimeout(() => submitButton(el).click());
    const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    const stored = store.record(detail.suggestion.id)!.suggestion;
    expect(stored.anonymous).to.equal(true);
    expect(stored.contact).to.equal(undefined);
  });

  it('use my location: fills coordinates, asks for an address, and explains a refusal', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
    let answer: 'allow' | 'deny' = 'deny';
    const fake = {
      getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback) {
        if (answer === 'allow') success({ coords: { latitude: 29.3571234, longitude: 113.1289876 } } as GeolocationPosition);
        else failure?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
      },
    };
    Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
    try {
      const { store } = await mockApi();
      const el = await form();
      await fillValid(el);
      $<HTMLButtonElement>(el, '[part~="locate"]')!.click();
      // Nothing was focused or pressed before: the location code comes with this press.
      await waitUntil(() => text(el, '.note'), 'the refusal is explained');
      expect(text(el, '.note')).to.equal('没有获得定位权限。可以在浏览器设置中允许定位，或直接填写地址。');
      answer = 'allow';
      $<HTMLButtonElement>(el, '[part~="locate"]')!.click();
      await el.updateComplete;
      expect(text(el, '.located')).to.equal('已附上定位（29.3571, 113.1290）');
      expect(text(el, '.note')).to.contain('请再写一下地址');
      expect(shadow(el).activeElement?.id).to.equal('address');
      type(el, 'address', '岳阳楼区五里牌');
      setTimeout(() => submitButton(el).click());
      const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
      expect(store.record(detail.suggestion.id)!.suggestion.location).to.deep.include({ address: '岳阳楼区五里牌', lat: 29.357123, lng: 113.128988 });
    } finally {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as { geolocation?: Geolocation }).geolocation;
    }
  });

  it('downscales a photo to at most 1920 px as a JPEG', async () => {
    const scaled = await downscale(await png(2400, 1200));
    expect(scaled.type).to.equal('image/jpeg');
    const bitmap = await createImageBitmap(scaled);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1920, 960]);
    const small = await createImageBitmap(await downscale(await png(300, 200)));
    expect([small.width, small.height]).to.deep.equal([300, 200]);
  });

  it('uploads photos with a progress bar each; a failed one can be retried or removed', async () => {
    const { store, worker } = await mockApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fail = false;
    worker.use(
      http.post(`${apiBase}/v1/attachments`, async () => {
        if (fail) {
          fail = false;
          return HttpResponse.json({ title: '服务器暂时无法处理请求，请稍后重试', status: 503, code: 'unavailable' }, { status: 503 });
        }
        await gate;
        return undefined;
      }),
    );
    const el = await form();
    await fillValid(el);
    pick(el, await png(2400, 1600));
    await waitUntil(() => $(el, '[role="progressbar"]'), 'the upload shows its progress', { timeout: 5000 });
    await expect(el).to.be.accessible();
    const bar = $(el, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('照片 1 上传进度');
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(0, 100);
    // Sending while a photo is on its way would drop it: the form says to wait.
    submitButton(el).click();
    await waitUntil(() => errorOf(el, 'photos').invalid === 'true', 'the form says to wait');
    expect(errorOf(el, 'photos').message).to.equal('照片还在上传，请稍候再提交');
    release();
    await waitUntil(() => text(el, '.photo-status.done'), 'the photo is uploaded', { timeout: 5000 });
    expect($(el, '[role="progressbar"]')).to.equal(null);
    expect($<HTMLImageElement>(el, '.thumb img')!.alt).to.equal('照片 1');
    expect(errorOf(el, 'photos').invalid).to.equal('false');

    fail = true;
    pick(el, await png(640, 480));
    await waitUntil(() => $(el, '.photo.failed'), 'the second upload fails', { timeout: 5000 });
    expect(text(el, '.photo.failed .photo-status')).to.equal('服务器暂时无法处理请求，请稍后重试');
    $<HTMLButtonElement>(el, '.photo.failed button.small')!.click();
    await waitUntil(() => shadow(el).querySelectorAll('.photo-status.done').length === 2, 'the retry uploads it', { timeout: 5000 });

    pick(el, await png(100, 100), await png(100, 100));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="photo"]').length).to.equal(3);
    expect(errorOf(el, 'photos').message).to.equal('最多只能添加 3 张照片，多出的未添加');
    await waitUntil(() => shadow(el).querySelectorAll('.photo-status.done').length === 3, 'all three are uploaded', { timeout: 5000 });
    $<HTMLButtonElement>(el, 'button[aria-label="移除照片 3"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="photo"]').length).to.equal(2);

    setTimeout(() => submitButton(el).click());
    const { detail } = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    const attachments = store.record(detail.suggestion.id)!.suggestion.attachments;
    expect(attachments.map((attachment) => attachment.mime)).to.deep.equal(['image/jpeg', 'image/jpeg']);
  });
});

describe('<jy-suggestion-form> screenshots', () => {
  beforeEach(async () => {
    const { store, worker } = await mockApi();
    store.reset();
    worker.resetHandlers();
    localStorage.clear();
  });

  const page = () =>
    fixture<HTMLElement>(html`<main style="padding:12px"><jy-suggestion-form api-base=${apiBase} track-url="/track.html#code={code}&key={key}"></jy-suggestion-form></main>`);

  it('the empty form, the errors and the success view at 360 and 1280 px', async () => {
    let main = await page();
    let el = main.querySelector('jy-suggestion-form')!;
    await loaded(el);
    for (const width of [360, 1280] as const) await screenshot('suggestion-form', width);

    submitButton(el).click();
    await waitUntil(() => errorOf(el, 'category').invalid === 'true', 'the messages show');
    await el.updateComplete;
    for (const width of [360, 1280] as const) await screenshot('suggestion-form-errors', width);

    fixtureCleanup();
    main = await page();
    el = main.querySelector('jy-suggestion-form')!;
    await fillValid(el);
    setTimeout(() => submitButton(el).click());
    await oneEvent(el, 'jy-submitted');
    await el.updateComplete;
    for (const width of [360, 1280] as const) await screenshot('suggestion-form-success', width);
  });

  it('dark, with a photo and a restored draft', async () => {
    const first = await page();
    const el = first.querySelector('jy-suggestion-form')!;
    await fillValid(el);
    pick(el, await png(1600, 1200));
    await waitUntil(() => text(el, '.photo-status.done'), 'the photo is uploaded', { timeout: 5000 });
    fixtureCleanup();
    const main = await fixture<HTMLElement>(
      html`<main style="padding:12px;background:#111"><jy-suggestion-form api-base=${apiBase} theme="dark"></jy-suggestion-form></main>`,
    );
    const restored = main.querySelector('jy-suggestion-form')!;
    await loaded(restored);
    // The restored photo is listed with its preview once the photo code is here.
    await waitUntil(() => $(restored, '.thumb img') && text(restored, '.photo-status.done'), 'the restored photo shows', { timeout: 5000 });
    await screenshot('suggestion-form-dark', 360);
  });
  it('a bot that fills the hidden field or sends at once sees success, and nothing is stored', async () => {
    const { store } = await mockApi();
    const el = await form();
    const trap = $<HTMLInputElement>(el, 'input[name="website"]')!;
    // People never meet it: not announced, not in the tab order, not autofilled, off-screen.
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.getBoundingClientRect().right).to.be.lessThan(0);

    await fillValid(el);
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input', { bubbles: true }));
    const before = store.records().length;
    setTimeout(() => submitButton(el).click());
    const filled = (await oneEvent(el, 'jy-submitted')) as JySubmittedEvent;
    expect(filled.detail.suggestion.id).to.match(/^JY[0-9A-Z]{10}$/);
    expect(store.records().length).to.equal(before);

    // Straight after being shown: faster than any person.
    const quick = await form();
    await loaded(quick);
    choose(quick, 'urban');
    type(quick, 'title', '小区门口路灯不亮');
    type(quick, 'body', '南湖路 12 号小区门口的路灯已经坏了两周，晚上很黑。');
    check(quick, '[part~="anonymous"]');
    await quick.updateComplete;
    setTimeout(() => submitButton(quick).click());
    await oneEvent(quick, 'jy-submitted');
    expect(store.records().length).to.equal(before);
  });
});
