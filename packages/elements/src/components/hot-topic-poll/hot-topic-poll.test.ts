import type { Comment, Topic } from '@jianyi/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { JyCommentedEvent } from '../../events/jy-commented.js';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JyVotedEvent } from '../../events/jy-voted.js';
import { apiBase, mockApi } from '../../test-support/mock-api.js';
import { screenshot } from '../../test-support/screenshot.js';
import type { JyHotTopicPoll } from './hot-topic-poll.js';
import './jy-hot-topic-poll.js';

const shadow = (el: JyHotTopicPoll) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: JyHotTopicPoll, selector: string) => shadow(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: JyHotTopicPoll, selector: string) => [...shadow(el).querySelectorAll<E>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits until the topic and the first page of comments are on screen. */
async function loaded(el: JyHotTopicPoll) {
  await waitUntil(() => $(el, '[part~="header"]') || $(el, '.failed'), 'the topic did not load', { timeout: 5000 });
  await waitUntil(() => !$(el, '.bone') && $(el, '#comments')?.getAttribute('aria-busy') !== 'true', 'the comments did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function poll(topic = 'topic-bus', extra = '') {
  const el = await fixture<JyHotTopicPoll>(html`<jy-hot-topic-poll api-base=${apiBase} topic=${topic} page-size=${extra || '50'}></jy-hot-topic-poll>`);
  return loaded(el);
}

const option = (el: JyHotTopicPoll, id: string) => $<HTMLInputElement>(el, `input[value="${id}"]`)!;

async function fresh() {
  const api = await mockApi();
  api.worker.resetHandlers();
  api.store.reset();
  localStorage.clear();
  window.scrollTo(0, 0);
  return api;
}

async function vote(el: JyHotTopicPoll, ...ids: string[]) {
  for (const id of ids) option(el, id).click();
  await el.updateComplete;
  setTimeout(() => $(el, '[part~="vote"]')!.click());
  const event = (await oneEvent(el, 'jy-voted')) as JyVotedEvent;
  await el.updateComplete;
  return event;
}

/** Every node in the widget's shadow tree: elements, text and Lit's comment markers. */
function nodeCount(el: JyHotTopicPoll) {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return { nodes, elements: shadow(el).querySelectorAll('*').length };
}

// First in the file: once the page has fetched the vote and comment code, it keeps it.
describe('<jy-hot-topic-poll> before its vote and comment code is fetched', () => {
  beforeEach(fresh);

  it('when that code cannot be fetched: says so, keeps the choice and the draft, and the next press fetches it again', async () => {
    const { worker } = await mockApi();
    const fetched: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('poll-actions')) fetched.push(request.url);
    });
    worker.use(http.get(/poll-actions/, () => HttpResponse.error()));
    const el = await poll();
    option(el, 'o1').click();
    await el.updateComplete;
    $(el, '[part~="vote"]')!.click();
    await waitUntil(() => $(el, '#poll-error'), 'the vote says nothing');
    expect(text($(el, '#poll-error'))).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    expect(option(el, 'o1').checked).to.equal(true);
    expect($(el, 'table')).to.equal(null);

    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = '公交站台能不能加个雨棚';
    textarea.dispatchEvent(new Event('input'));
    $(el, '[part~="comment-submit"]')!.click();
    await waitUntil(() => text($(el, '[part~="comment-form"] [role="alert"]')), 'the comment says nothing');
    expect(text($(el, '[part~="comment-form"] [role="alert"]'))).to.equal('网络连接失败，请检查网络后重试；您填写的内容已保留');
    expect(textarea.value).to.equal('公交站台能不能加个雨棚');
    expect(fetched.length).to.be.greaterThan(0);

    // Back online: reaching for the widget fetches the code, and the same buttons work.
    worker.resetHandlers();
    const before = fetched.length;
    textarea.focus();
    await waitUntil(() => fetched.length > before, 'focus did not fetch the code');
    setTimeout(() => $(el, '[part~="vote"]')!.click());
    const voted = (await oneEvent(el, 'jy-voted')) as JyVotedEvent;
    expect(voted.detail.vote.optionIds).to.deep.equal(['o1']);
    setTimeout(() => $(el, '[part~="comment-submit"]')!.click());
    const commented = (await oneEvent(el, 'jy-commented')) as JyCommentedEvent;
    expect(commented.detail.body).to.equal('公交站台能不能加个雨棚');
    worker.events.removeAllListeners();
  });

  it('what it says while and after acting comes in the page language too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><jy-hot-topic-poll api-base=${apiBase} topic="topic-bus"></jy-hot-topic-poll></div>`);
    const el = await loaded(wrapper.querySelector('jy-hot-topic-poll')!);
    await vote(el, 'o2');
    expect(text($(el, '[part~="notice"]'))).to.equal('Thank you! Your vote has been counted.');
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = 'More buses at night, please';
    textarea.dispatchEvent(new Event('input'));
    setTimeout(() => $(el, '[part~="comment-submit"]')!.click());
    await oneEvent(el, 'jy-commented');
    await el.updateComplete;
    expect(text($(el, '[part~="comment-form"] [role="status"]'))).to.equal('Your comment is posted. Thank you!');
    wrapper.lang = 'zh-TW';
    await waitUntil(() => text($(el, '[part~="comment-form"] [role="status"]')) === '留言已發表，感謝您的建議！', 'no zh-TW');
    expect(text($(el, '[part~="notice"]'))).to.equal('感謝參與！您的投票已計入。');
  });
});

describe('<jy-hot-topic-poll>', () => {
  beforeEach(fresh);
  afterEach(() => window.scrollTo(0, 0));

  it('shows the topic and its results first, the comments in a later render (two shorter tasks)', async () => {
    // The comments arrive first: they still wait for a render of their own.
    const { worker, store } = await mockApi();
    const topic: Topic = store.getTopic('topic-bus');
    worker.use(http.get(`${apiBase}/v1/topics/topic-bus`, async () => (await delay(200), HttpResponse.json(topic))));
    const el = document.createElement('jy-hot-topic-poll') as JyHotTopicPoll;
    const renders: string[] = [];
    el.addController({ hostUpdated: () => renders.push(`${$(el, '[part~="header"]') ? 'topic' : '-'} ${$(el, 'ol[part~="comment-list"]') ? 'comments' : '-'}`) });
    el.setAttribute('api-base', apiBase);
    el.topic = 'topic-bus';
    document.body.append(el);
    await loaded(el);
    expect(renders).to.include('topic -');
    expect(renders.at(-1)).to.equal('topic comments');
    el.remove();
  });

  it('loading: a skeleton that reserves space and says it is loading', async () => {
    const { worker } = await mockApi();
    worker.use(
      http.get(`${apiBase}/v1/topics/:id`, async () => {
        await delay(400);
        return HttpResponse.json({ title: 'later', status: 503, code: 'unavailable' }, { status: 503 });
      }),
    );
    const el = await fixture<JyHotTopicPoll>(html`<jy-hot-topic-poll api-base=${apiBase} topic="topic-bus"></jy-hot-topic-poll>`);
    await expect(el).to.be.accessible();
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect(text($(el, '[role="status"]'))).to.equal('正在加载话题…');
    // Room for a title, the description and the first options: the page does not jump when they come.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
  });

  it('open topic: title, badge, period, participants and a checkbox poll', async () => {
    const { store } = await mockApi();
    const el = await poll();
    await expect(el).to.be.accessible();
    const topic = store.getTopic('topic-bus');
    expect(text($(el, '[part~="title"]'))).to.equal(topic.title);
    expect(text($(el, '[part~="badge"]'))).to.equal('进行中');
    expect(text($(el, '.meta'))).to.match(/征集时间：\d{4}年\d{1,2}月\d{1,2}日 至 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(text($(el, '.meta'))).to.contain(`${new Intl.NumberFormat('zh-CN').format(topic.counts.participants)} 人参与`);
    expect(text($(el, 'legend'))).to.equal(topic.poll!.question);
    expect($$<HTMLInputElement>(el, 'input[type="checkbox"]')).to.have.length(5);
    expect(text($(el, '#poll-hint'))).to.equal('最多选 2 项');
    // Before voting nobody is told the results.
    expect($(el, 'table')).to.equal(null);
  });

  it('respects the maximum number of choices', async () => {
    const el = await poll();
    option(el, 'o1').click();
    option(el, 'o4').click();
    await el.updateComplete;
    expect(['o2', 'o3', 'o5'].map((id) => option(el, id).disabled)).to.deep.equal([true, true, true]);
    expect(option(el, 'o1').disabled).to.equal(false);
    expect(text($(el, '#poll-hint'))).to.contain('已选 2 项');
    option(el, 'o1').click();
    await el.updateComplete;
    expect(option(el, 'o2').disabled).to.equal(false);
    expect(text($(el, '#poll-hint'))).to.equal('最多选 2 项');
  });

  it('says what is missing when the vote button is pressed with nothing chosen', async () => {
    const { store } = await mockApi();
    const before = store.getTopic('topic-bus').counts.votes;
    const el = await poll();
    $(el, '[part~="vote"]')!.click();
    await waitUntil(() => $(el, '#poll-error'));
    expect(text($(el, '#poll-error'))).to.equal('至少选择 1 项');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('poll-error');
    expect(store.getTopic('topic-bus').counts.votes).to.equal(before);
  });

  it('votes with the keyboard alone and shows the results as a table', async () => {
    const { store } = await mockApi();
    const before = store.getTopic('topic-bus').counts;
    const el = await poll();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(option(el, 'o1'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The other three are disabled now, so Tab goes straight to the button.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal($(el, '[part~="vote"]'));
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'jy-voted')) as JyVotedEvent;
    expect(event.detail.counted).to.equal(true);
    expect(event.detail.vote.optionIds).to.deep.equal(['o1', 'o2']);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // Focus is not lost with the button: it lands on the thanks.
    expect(shadow(el).activeElement).to.equal($(el, '[part~="notice"]'));
    expect(text($(el, '[part~="notice"]'))).to.equal('感谢参与！您的投票已计入。');
    const after = store.getTopic('topic-bus').counts;
    expect(after.votes).to.equal(before.votes + 1);
    expect(after.options.o1).to.equal(before.options.o1! + 1);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(5);
    const first = rows[0]!;
    expect(text(first.querySelector('th'))).to.equal('加密高峰班次您的选择');
    const cells = [...first.querySelectorAll('td')].map(text);
    expect(cells[0]).to.equal(new Intl.NumberFormat('zh-CN').format(after.options.o1!));
    expect(cells[1]).to.equal(new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(after.options.o1! / after.votes));
    expect([...$$(el, 'thead th')].map(text)).to.deep.equal(['选项', '票数', '占比']);
    expect(first.querySelector('[part~="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('one vote per voter: a reload shows the earlier choice, a second attempt does not count', async () => {
    const { store } = await mockApi();
    const el = await poll();
    const first = await vote(el, 'o1', 'o3');
    const counts = store.getTopic('topic-bus').counts;
    expect(localStorage.getItem(`jianyi:voter-token:${apiBase}`)).to.equal(first.detail.voterToken);

    // A reload: the earlier choice is shown without asking the server to vote again.
    el.remove();
    const again = await poll();
    await expect(again).to.be.accessible();
    expect($(again, '[part~="vote"]')).to.equal(null);
    expect($$(again, 'tr.mine th').map((th) => text(th).replace('您的选择', ''))).to.deep.equal(['加密高峰班次', '建设公交专用道']);

    // The browser forgot the vote but kept the server's token: the server keeps the first vote.
    localStorage.removeItem(`jianyi:vote:${apiBase}:topic-bus`);
    again.remove();
    const third = await poll();
    const second = await vote(third, 'o2');
    expect(second.detail.counted).to.equal(false);
    expect(second.detail.vote.optionIds).to.deep.equal(['o1', 'o3']);
    expect(text($(third, '[part~="notice"]'))).to.equal('您已经投过票，以下是您之前的选择。');
    expect($$(third, 'tr.mine')).to.have.length(2);
    expect(store.getTopic('topic-bus').counts).to.deep.equal(counts);
  });

  it('single choice: radios that arrow keys move through', async () => {
    const { store } = await mockApi();
    const day = 86_400_000;
    const created = store.createTopic(
      {
        title: '夜间公交试点线路征集',
        description: '市公交集团计划试点一条夜间公交线路，请您选择最需要的走向。',
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + 7 * day).toISOString(),
        poll: { question: '夜班公交先开哪条线？', options: ['火车站—南湖', '汽车东站—城陵矶', '三荷机场—市区'] },
      },
      { token: 'demo-admin' },
    );
    const el = await poll(created.id);
    await expect(el).to.be.accessible();
    expect($$(el, 'input[type="radio"]')).to.have.length(3);
    expect(text($(el, '#poll-hint'))).to.equal('单选');
    // No aspects: no filter and no aspect field.
    expect($(el, '[part~="filter"]')).to.equal(null);
    expect($(el, '#comment-aspect')).to.equal(null);
    expect(text($(el, '.empty'))).to.equal('还没有留言。');
    option(el, 'o1').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(option(el, 'o2').checked).to.equal(true);
    expect(option(el, 'o1').checked).to.equal(false);
    setTimeout(() => $(el, '[part~="vote"]')!.click());
    const event = (await oneEvent(el, 'jy-voted')) as JyVotedEvent;
    expect(event.detail.vote.optionIds).to.deep.equal(['o2']);
    await el.updateComplete;
    expect(text($(el, 'tr.mine th'))).to.equal('汽车东站—城陵矶您的选择');
    expect([...$(el, 'tr.mine')!.querySelectorAll('td')].map(text)).to.deep.equal(['1', '100%']);
  });

  it('upcoming topic: says when it opens; no poll and no comment box yet', async () => {
    const { store } = await mockApi();
    const day = 86_400_000;
    const created = store.createTopic(
      {
        title: '城市绿道建设意见征集',
        description: '下月起征集市民对环南湖绿道建设的意见建议。',
        opensAt: new Date(Date.now() + 3 * day).toISOString(),
        closesAt: new Date(Date.now() + 10 * day).toISOString(),
        aspects: ['线路', '配套设施'],
        poll: { question: '您最希望绿道配套什么？', options: ['公厕', '驿站', '照明'] },
      },
      { token: 'demo-admin' },
    );
    const el = await poll(created.id);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="badge"]'))).to.equal('未开始');
    expect(text($(el, '[part~="notice"]'))).to.match(/^征集将于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 开始/);
    expect($(el, 'input, textarea, [part~="vote"], table')).to.equal(null);
  });

  it('closed topic: read-only, results shown, no vote and no comment box', async () => {
    const { store } = await mockApi();
    const el = await poll('topic-renovation');
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="badge"]'))).to.equal('已结束');
    expect(text($(el, '[part~="notice"]'))).to.contain('本话题已结束');
    expect($(el, 'input[type="radio"], input[type="checkbox"]')).to.equal(null);
    expect($(el, '[part~="vote"]')).to.equal(null);
    expect($(el, 'textarea')).to.equal(null);
    expect($(el, '[part~="comment-form"]')).to.equal(null);
    const topic = store.getTopic('topic-renovation');
    expect($$(el, 'tbody tr')).to.have.length(topic.poll!.options.length);
    expect(text($(el, 'caption'))).to.contain(`${new Intl.NumberFormat('zh-CN').format(topic.counts.votes)} 人投票`);
    expect($$(el, '[part~="comment"]').length).to.be.greaterThan(0);
  });

  it('error: says what went wrong, fires jy-error, and retry loads the topic', async () => {
    const { worker } = await mockApi();
    worker.use(http.get(`${apiBase}/v1/topics/:id`, () => HttpResponse.json({ title: '找不到该话题', status: 404, code: 'not_found' }, { status: 404 }), { once: true }));
    const errorSeen = new Promise<JyErrorEvent>((resolve) => document.addEventListener('jy-error', (event) => resolve(event), { once: true }));
    const el = await fixture<JyHotTopicPoll>(html`<jy-hot-topic-poll api-base=${apiBase} topic="topic-bus"></jy-hot-topic-poll>`);
    const event = await errorSeen;
    expect(event.detail.code).to.equal('not_found');
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(text($(el, '.failed'))).to.contain('话题加载失败');
    expect(text($(el, '.failed'))).to.contain('找不到该话题');
    $(el, '[part~="retry"]')!.click();
    await waitUntil(() => $(el, '[part~="title"]'));
    expect(text($(el, '[part~="title"]'))).to.equal('优先发展城市公交，提升公交服务品质');
  });

  it('empty comments: says there are none yet', async () => {
    const { worker } = await mockApi();
    worker.use(http.get(`${apiBase}/v1/topics/:id/comments`, () => HttpResponse.json({ items: [], nextCursor: null })));
    const el = await poll();
    await expect(el).to.be.accessible();
    expect(text($(el, '.empty'))).to.equal('还没有留言。');
    expect($(el, '[part~="comment-list"]')).to.equal(null);
  });

  it('comments: newest first, load more by cursor, filter by aspect', async () => {
    const { store } = await mockApi();
    const el = await poll('topic-bus', '100');
    const newest = store.listComments('topic-bus', { limit: 100 }).items;
    expect(text($(el, '[part~="comment"] .comment-body'))).to.equal(newest[0]!.body);
    expect(text($(el, '[part~="comment"] .author'))).to.equal(newest[0]!.authorName);
    expect($(el, '[part~="comment"]')!.getAttribute('aria-setsize')).to.equal('-1');
    $(el, '[part~="load-more"]')!.click();
    await waitUntil(() => text($(el, '#comments [role="status"]')) === '已显示 200 条留言');
    $(el, '[part~="load-more"]')!.click();
    await waitUntil(() => text($(el, '#comments [role="status"]')) === '已显示 300 条留言');
    $(el, '[part~="load-more"]')!.click();
    await waitUntil(() => text($(el, '#comments [role="status"]')) === '已显示全部 320 条留言');
    expect($(el, '[part~="load-more"]')).to.equal(null);

    const select = $<HTMLSelectElement>(el, '[part~="filter"] select')!;
    select.value = 'fares';
    select.dispatchEvent(new Event('change'));
    await loaded(el);
    const fares = store.listComments('topic-bus', { aspectId: 'fares', limit: 100 }).items;
    const tags = $$(el, '[part~="comment"] .aspect-tag').map(text);
    expect(tags.length).to.be.greaterThan(0);
    expect(new Set(tags)).to.deep.equal(new Set(['票价']));
    expect(text($(el, '[part~="comment"] .comment-body'))).to.equal(fares[0]!.body);
    expect(text($(el, '.list-end'))).to.equal(`已显示全部 ${fares.length} 条留言`);
  });

  it('posts a comment: it appears on top, the count goes up, jy-commented fires', async () => {
    const { store } = await mockApi();
    const el = await poll();
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.focus();
    await sendKeys({ type: '建议加开夜班公交' });
    await el.updateComplete;
    expect(text($(el, '#body-count'))).to.equal('8/500 字');
    const aspect = $<HTMLSelectElement>(el, '#comment-aspect')!;
    aspect.value = 'frequency';
    aspect.dispatchEvent(new Event('change'));
    setTimeout(() => $(el, '[part~="comment-submit"]')!.click());
    const event = (await oneEvent(el, 'jy-commented')) as JyCommentedEvent;
    expect(event.detail.body).to.equal('建议加开夜班公交');
    expect(event.detail.aspectId).to.equal('frequency');
    expect(event.detail.authorName).to.equal('网友');
    await el.updateComplete;
    expect(text($(el, '[part~="comment"] .comment-body'))).to.equal('建议加开夜班公交');
    expect(text($(el, '[part~="comment"] .aspect-tag'))).to.equal('收发班次');
    expect(text($(el, '[part~="comment-form"] [role="status"]'))).to.equal('留言已发表，感谢您的建议！');
    expect(textarea.value).to.equal('');
    expect(text($(el, '.total'))).to.equal(`${store.getTopic('topic-bus').counts.comments} 条留言`);
    expect(store.listComments('topic-bus', { limit: 1 }).items[0]!.body).to.equal('建议加开夜班公交');
  });

  it("shows core's validation messages next to the field and sends nothing", async () => {
    const { store, worker } = await mockApi();
    let posts = 0;
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts++;
    });
    const before = store.getTopic('topic-bus').counts.comments;
    const el = await poll();
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await sendKeys({ type: '好' });
    $(el, '[part~="comment-submit"]')!.click();
    await waitUntil(() => $(el, '#body-error'));
    expect(text($(el, '#body-error'))).to.equal('至少需要 2 个字');
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.contain('body-error');
    expect(shadow(el).activeElement).to.equal(textarea);
    textarea.value = '很'.repeat(501);
    textarea.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#body-error')).to.equal(null);
    expect(text($(el, '#body-count'))).to.equal('501/500 字');
    expect($(el, '#body-count')!.classList.contains('over')).to.equal(true);
    $(el, '[part~="comment-submit"]')!.click();
    await waitUntil(() => $(el, '#body-error'));
    expect(text($(el, '#body-error'))).to.equal('不能超过 500 个字');
    expect(posts).to.equal(0);
    expect(store.getTopic('topic-bus').counts.comments).to.equal(before);
    worker.events.removeAllListeners();
  });

  it('a 429 says how long to wait, keeps the draft, and is not retried behind the citizen', async () => {
    const { worker } = await mockApi();
    let attempts = 0;
    worker.use(
      http.post(`${apiBase}/v1/topics/:id/comments`, () => {
        attempts++;
        return HttpResponse.json(
          { type: 'about:blank', code: 'rate_limited', status: 429, title: '操作过于频繁，请 30 秒后再试', retryAfter: 30 },
          { status: 429, headers: { 'retry-after': '30', 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const el = await poll();
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = '公交站台能不能加个雨棚';
    textarea.dispatchEvent(new Event('input'));
    setTimeout(() => $(el, '[part~="comment-submit"]')!.click());
    const event = (await oneEvent(el, 'jy-error')) as JyErrorEvent;
    expect(event.detail.retryAfter).to.equal(30);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="comment-form"] [role="alert"]'))).to.equal('操作过于频繁，请 30 秒后再试');
    const button = $(el, '[part~="comment-submit"]')!;
    expect(text(button)).to.equal('30 秒后可再发表');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts).to.equal(1);
    expect(textarea.value).to.equal('公交站台能不能加个雨棚');
  });

  it('renders markup and javascript: links in comments as inert text', async () => {
    const { store } = await mockApi();
    const attack = '<img src=x onerror=window.__xss=1> <a href="javascript:window.__xss=2">点我领奖</a>';
    store.createComment('topic-bus', { body: attack, authorName: '<b onclick=x>x</b>' });
    const el = await poll();
    const first = $(el, '[part~="comment"]')!;
    expect(text(first.querySelector('.comment-body'))).to.equal(attack);
    expect(text(first.querySelector('.author'))).to.equal('<b onclick=x>x</b>');
    expect(shadow(el).querySelector('img, a, b')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('follows the nearest lang: zh-TW and en', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-TW"><jy-hot-topic-poll api-base=${apiBase} topic="topic-bus"></jy-hot-topic-poll></div>`);
    const el = await loaded(wrapper.querySelector('jy-hot-topic-poll')!);
    expect(text($(el, '[part~="badge"]'))).to.equal('進行中');
    expect(text($(el, '#comments-heading'))).to.match(/^網友留言 [\d,]+ 則留言$/);
    expect(text($(el, '#poll-hint'))).to.equal('最多選 2 項');
    wrapper.lang = 'en';
    await waitUntil(() => text($(el, '[part~="badge"]')) === 'Open');
    expect(text($(el, '[part~="vote"]'))).to.equal('Vote');
    expect(text($(el, '.meta'))).to.match(/^Open from [A-Z][a-z]+ \d{1,2}, \d{4} to [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(text($(el, '#poll-hint'))).to.equal('Choose up to 2');
  });

  it('fits 320 px: nothing wider than the screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><jy-hot-topic-poll api-base=${apiBase} topic="topic-bus"></jy-hot-topic-poll></div>`);
    const el = await loaded(wrapper.querySelector('jy-hot-topic-poll')!);
    const limit = wrapper.getBoundingClientRect().right + 0.5;
    const wide = $$(el, '*').filter((node) => node.getBoundingClientRect().right > limit).map((node) => node.outerHTML.slice(0, 80));
    expect(wide).to.deep.equal([]);
  });

  it('10,000 comments: the DOM stays small and scrolling shows the right ones', async function () {
    this.timeout(120_000);
    const { worker, store } = await mockApi();
    const now = Date.now();
    const phrases = ['早高峰等车要二十多分钟，建议加密班次。', '希望开通夜班公交。', '公交专用道经常被私家车占用，要加强抓拍，特别是巴陵中路和东环路，早晚高峰几乎天天如此，希望交警部门和公交集团联合治理。'];
    const all: Comment[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c-gen-${String(i).padStart(5, '0')}`,
      topicId: 'topic-bus',
      ...(i % 3 !== 0 && { aspectId: 'frequency' }),
      body: `#${i + 1} ${phrases[i % phrases.length]}`,
      authorName: i % 4 === 0 ? '网友' : `乘客${i}`,
      createdAt: new Date(now - i * 60_000).toISOString(),
    }));
    const topic: Topic = store.getTopic('topic-bus');
    worker.use(
      http.get(`${apiBase}/v1/topics/topic-bus`, () => HttpResponse.json({ ...topic, counts: { ...topic.counts, comments: all.length } })),
      http.get(`${apiBase}/v1/topics/topic-bus/comments`, ({ request }) => {
        const url = new URL(request.url);
        const start = Number(url.searchParams.get('cursor') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 20);
        const end = Math.min(all.length, start + limit);
        return HttpResponse.json({ items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null });
      }),
    );
    const el = await poll('topic-bus', '100');
    let pages = 1;
    while ($(el, '[part~="load-more"]')) {
      $(el, '[part~="load-more"]')!.click();
      pages++;
      await el.updateComplete;
      await waitUntil(() => !$(el, '[part~="load-more"][aria-disabled="true"]'), 'a page did not load', { timeout: 5000 });
      await el.updateComplete;
    }
    expect(pages).to.equal(100);
    expect(text($(el, '.list-end'))).to.equal('已显示全部 10,000 条留言');

    // A phone and a desktop window: different widths wrap the comments differently.
    const scroller = document.scrollingElement!;
    const report: string[] = [];
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      await setViewport(viewport);
      await frame();
      await el.updateComplete;

      // Straight to the end, as a flick or the End key would.
      const frames: number[] = [];
      for (let step = 0; step < 6; step++) {
        const started = performance.now();
        scroller.scrollTop = scroller.scrollHeight;
        await frame();
        await el.updateComplete;
        frames.push(performance.now() - started);
      }
      const last = $$(el, '[part~="comment"]').at(-1)!;
      expect(text(last.querySelector('.comment-body'))).to.equal(all.at(-1)!.body);
      expect(last.getAttribute('aria-posinset')).to.equal('10000');
      expect(last.getAttribute('aria-setsize')).to.equal('10000');
      const rect = last.getBoundingClientRect();
      expect(rect.bottom).to.be.greaterThan(0);
      expect(rect.top).to.be.lessThan(window.innerHeight);
      const atEnd = nodeCount(el);

      // The middle: what is on screen is the comment at that place in the list.
      const list = $(el, 'ol')!;
      scroller.scrollTop = scroller.scrollTop + list.getBoundingClientRect().top + list.getBoundingClientRect().height / 2;
      await frame();
      await el.updateComplete;
      await frame();
      const onScreen = $$(el, '[part~="comment"]').filter((item) => {
        const box = item.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      expect(onScreen.length).to.be.greaterThan(0);
      const middle = Number(onScreen[0]!.getAttribute('aria-posinset'));
      expect(middle).to.be.within(3000, 7000);
      expect(text(onScreen[0]!.querySelector('.comment-body'))).to.equal(all[middle - 1]!.body);
      // Scrolling on by a screen shows the comments that follow, none skipped.
      const next = Number(onScreen.at(-1)!.getAttribute('aria-posinset'));
      scroller.scrollTop += window.innerHeight * 0.9;
      await frame();
      await el.updateComplete;
      const following = $$(el, '[part~="comment"]').map((item) => Number(item.getAttribute('aria-posinset')));
      expect(following).to.include(next);
      expect(following).to.include(next + 1);
      const inMiddle = nodeCount(el);

      report.push(`${viewport.width}×${viewport.height}: ${atEnd.elements} elements / ${atEnd.nodes} nodes at the end, ${inMiddle.elements} / ${inMiddle.nodes} in the middle; scroll-to-end ${frames.map((ms) => ms.toFixed(0)).join(', ')} ms (two frames each)`);
      expect(atEnd.nodes).to.be.lessThan(800);
      expect(inMiddle.nodes).to.be.lessThan(800);
      expect(Math.max(...frames.slice(1))).to.be.lessThan(100);
    }
    console.log(`10,000 comments — ${report.join(' | ')}`);
    await setViewport({ width: 800, height: 600 });
  });
});

describe('<jy-hot-topic-poll> screenshots', () => {
  beforeEach(fresh);

  it('open topic, results and closed topic at 360 and 1280 px', async function () {
    this.timeout(60_000);
    const open = await fixture(html`<main style="padding:12px"><jy-hot-topic-poll api-base=${apiBase} topic="topic-bus" page-size="8"></jy-hot-topic-poll></main>`);
    await loaded(open.querySelector('jy-hot-topic-poll')!);
    for (const width of [360, 390, 1280] as const) await screenshot('hot-topic-poll', width);

    const voted = open.querySelector('jy-hot-topic-poll')!;
    await vote(voted, 'o1', 'o2');
    for (const width of [360, 390, 1280] as const) await screenshot('hot-topic-poll-results', width);

    open.remove();
    const closed = await fixture(html`<main style="padding:12px"><jy-hot-topic-poll api-base=${apiBase} topic="topic-renovation" page-size="8"></jy-hot-topic-poll></main>`);
    await loaded(closed.querySelector('jy-hot-topic-poll')!);
    for (const width of [360, 390, 1280] as const) await screenshot('hot-topic-poll-closed', width);

    closed.remove();
    const dark = await fixture(html`<main style="padding:12px;background:#121316"><jy-hot-topic-poll theme="dark" api-base=${apiBase} topic="topic-bus" page-size="8"></jy-hot-topic-poll></main>`);
    await loaded(dark.querySelector('jy-hot-topic-poll')!);
    for (const width of [360, 390] as const) await screenshot('hot-topic-poll-dark', width);
  });
});

// Last in the file: the policy stays on this page once set.
describe('<jy-hot-topic-poll> under a strict style-src CSP', () => {
  beforeEach(fresh);

  it('sets bar widths and list spacers without a style attribute the policy would refuse', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);

    // The probe sees a refused style attribute.
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.setAttribute('style', 'color: red');
    await waitUntil(() => violations.length > 0, 'the probe saw no violation');
    probe.remove();
    violations.length = 0;

    const el = await poll();
    await vote(el, 'o1');
    await frame();
    expect(violations).to.deep.equal([]);
    const fill = $(el, 'tr.mine [part~="bar"] > span')!;
    const track = $(el, 'tr.mine [part~="bar"]')!;
    const share = Number(fill.dataset.share);
    expect(share).to.be.greaterThan(0);
    expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(share / 100, 0.02);
    expect(Number.parseFloat(getComputedStyle($(el, 'ol')!).paddingBottom)).to.be.greaterThan(0);
  });
});
