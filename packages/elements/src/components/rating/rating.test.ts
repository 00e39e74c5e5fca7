import { demoAccessKey, demoTrackingCode } from '@jianyi/core/demo-data';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { JyRatedEvent } from '../../events/jy-rated.js';
import { apiBase, mockApi } from '../../test-support/mock-api.js';
import type { JyRating } from './rating.js';
import { screenshot } from '../../test-support/screenshot.js';
import './jy-rating.js';

/** The demo suggestion that is replied and waits for its rating. */
async function repliedDemo() {
  const { store } = await mockApi();
  store.reset();
  const record = store.records().find((candidate) => candidate.suggestion.status === 'replied')!;
  const n = Number(record.suggestion.id.replace('JYDEMO', ''));
  return { id: demoTrackingCode(n), key: demoAccessKey(n), store };
}

const shadow = (el: JyRating) => el.shadowRoot!;
const option = (el: JyRating, kind: string, choice: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[data-kind="${kind}"][data-choice="${choice}"]`)!;

describe('<jy-rating>', () => {
  it('is accessible, in a form and standalone', async () => {
    const el = await fixture<JyRating>(html`<jy-rating name="rating" required></jy-rating>`);
    await expect(el).to.be.accessible();
    const { id, key } = await repliedDemo();
    const standalone = await fixture<JyRating>(html`<jy-rating api-base=${apiBase} suggestion=${id} access-key=${key}></jy-rating>`);
    await expect(standalone).to.be.accessible();
  });

  it('works in a plain form: value, validity, reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><jy-rating name="rating" required></jy-rating><button>提交</button></form>`);
    const el = form.querySelector('jy-rating')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('请选择满意程度');
    option(el, 'value', 'basically-satisfied').click();
    option(el, 'solved', 'no').click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect(data.get('rating')).to.equal('basically-satisfied');
    expect(data.get('rating-solved')).to.equal('no');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).get('rating')).to.equal(null);
  });

  it('a reset goes back to the choices it started with; a restored state comes back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><jy-rating name="rating" value="satisfied" solved="yes" comment="很好"></jy-rating></form>`);
    const el = form.querySelector('jy-rating')!;
    await el.updateComplete;
    option(el, 'value', 'unsatisfied').click();
    option(el, 'solved', 'no').click();
    await el.updateComplete;
    expect(new FormData(form).get('rating')).to.equal('unsatisfied');
    form.reset();
    await el.updateComplete;
    expect([el.value, el.solved, el.comment]).to.deep.equal(['satisfied', 'yes', '很好']);
    expect(new FormData(form).get('rating-solved')).to.equal('yes');
    el.formStateRestoreCallback(JSON.stringify(['basically-satisfied', 'no', '一般']));
    await el.updateComplete;
    expect([el.value, el.solved, el.comment]).to.deep.equal(['basically-satisfied', 'no', '一般']);
    expect(option(el, 'value', 'basically-satisfied').getAttribute('aria-checked')).to.equal('true');
  });

  it('disabled: no choice can be made, with the pointer or the keyboard', async () => {
    const el = await fixture<JyRating>(html`<jy-rating disabled></jy-rating>`);
    const first = option(el, 'value', 'satisfied');
    expect(first.matches(':disabled')).to.equal(true);
    first.click();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(el.value).to.equal('');
  });

  it('is usable with the keyboard alone: arrows move and choose, Space and Enter choose', async () => {
    const el = await fixture<JyRating>(html`<jy-rating></jy-rating>`);
    const first = option(el, 'value', 'satisfied');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(el.value).to.equal('basically-satisfied');
    expect(shadow(el).activeElement).to.equal(option(el, 'value', 'basically-satisfied'));
    option(el, 'solved', 'yes').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await el.updateComplete;
    expect(el.solved).to.equal('yes');
    expect(option(el, 'value', 'basically-satisfied').getAttribute('tabindex')).to.equal('0');
    expect(option(el, 'value', 'satisfied').getAttribute('tabindex')).to.equal('-1');
  });

  it('standalone: posts the rating and says thanks; the suggestion is closed', async () => {
    const { id, key, store } = await repliedDemo();
    const el = await fixture<JyRating>(html`<jy-rating api-base=${apiBase} suggestion=${id} access-key=${key}></jy-rating>`);
    const submit = shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!;
    submit.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.equal('请选择满意程度');
    option(el, 'value', 'satisfied').click();
    option(el, 'solved', 'yes').click();
    await el.updateComplete;
    setTimeout(() => submit.click());
    const event = (await oneEvent(el, 'jy-rated')) as JyRatedEvent;
    expect(event.detail.rating).to.deep.equal({ satisfaction: 'satisfied', solved: true });
    expect(event.detail.suggestion?.suggestion.status).to.equal('closed');
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('感谢您的评价');
    expect(store.record(id)?.suggestion.status).to.equal('closed');
  });

  it('shows the server error next to the form and fires jy-error', async () => {
    const { id, key, } = await repliedDemo();
    const { worker } = await mockApi();
    worker.use(http.post(`${apiBase}/v1/suggestions/:id/rating`, () => HttpResponse.json({ title: '服务器暂时无法处理请求，请稍后重试', status: 503, code: 'unavailable' }, { status: 503 }), { once: false }));
    const el = await fixture<JyRating>(html`<jy-rating api-base=${apiBase} suggestion=${id} access-key=${key}></jy-rating>`);
    option(el, 'value', 'unsatisfied').click();
    option(el, 'solved', 'no').click();
    await el.updateComplete;
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click());
    await oneEvent(el, 'jy-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('服务器暂时无法处理请求');
    worker.resetHandlers();
  });

  it('follows the nearest lang: zh-TW and en', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-TW"><jy-rating></jy-rating></div>`);
    const el = wrapper.querySelector('jy-rating')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('legend')?.textContent).to.equal('您對辦理結果滿意嗎？');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadow(el).querySelector('legend')?.textContent).to.equal('Are you satisfied with how it was handled?');
  });
});

describe('<jy-rating> screenshots', () => {
  it('at 360 and 1280 px', async () => {
    const { id, key } = await repliedDemo();
    await fixture(html`<main style="padding:12px"><jy-rating api-base=${apiBase} suggestion=${id} access-key=${key}></jy-rating></main>`);
    for (const width of [360, 390, 1280] as const) await screenshot('rating', width);
  });
});
