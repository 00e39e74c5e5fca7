// The five minutes a portal developer gives Jianyi, as a test: `npm start`, then the demo
// portal in Chromium at phone width. A citizen submits with a photo, staff handle it
// through the SDK, the citizen follows it on the tracker and rates it, the figures move;
// the hot topic takes a vote and a comment; a reload keeps what was typed; a workstation
// QR code opens the form bound to it; the staff page walks a suggestion along; and no page
// reports a Content-Security-Policy violation while all of it happens.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@jianyi/core';
import jsQRModule from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchWatchedBrowser, screenshot, startDemoStack, submitWithContact, type DemoStack } from './demo-stack.js';

// jsqr is CommonJS with `exports.default` set too; its types describe only the latter.
const jsQR = jsQRModule.default;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };

describe('the demo portal that `npm start` serves', { timeout: 240_000 }, () => {
  let stack: DemoStack;
  let browser: Browser;
  let newContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
  let violations: string[];

  before(async () => {
    stack = await startDemoStack();
    ({ browser, context: newContext, violations } = await launchWatchedBrowser());
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function phonePage(): Promise<Page> {
    const context = await newContext(phone);
    return context.newPage();
  }

  test('a citizen submits with a photo, staff handle it, the citizen follows and rates it, and the figures change', async () => {
    const api = createClient({ baseUrl: stack.url });
    const before = await api.stats.get();
    const page = await phonePage();
    await page.goto(`${stack.url}/`);
    await page.locator('#figure-list dd').first().waitFor();
    await page.locator('jy-hot-topic-poll [part="option"]').first().waitFor();
    await page.screenshot({ path: screenshot('portal-home-390') });
    const form = page.locator('jy-suggestion-form');
    await form.getByLabel('建议类别').selectOption('urban');
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('金鹗山公园北门路灯不亮');
    await form.getByRole('textbox', { name: '具体内容' }).fill('金鹗山公园北门到停车场一段的路灯已经坏了两个星期，晚上散步的老人很多，请尽快修复。');
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 240 } });
    await form.locator('input[type="file"]').setInputFiles({ name: 'streetlight.png', mimeType: 'image/png', buffer: photo });
    await form.getByText('已上传').waitFor({ timeout: 30_000 });
    const { code, key } = await submitWithContact(page, form, { name: '刘女士', phone: '13907301234' });
    await page.screenshot({ path: screenshot('portal-submitted-390'), fullPage: false });

    const mine = createClient({ baseUrl: stack.url, accessKey: key });
    const stored = await mine.suggestions.get(code);
    assert.equal(stored.suggestion.title, '金鹗山公园北门路灯不亮');
    assert.equal(stored.suggestion.attachments.length, 1, 'the photo is stored with the suggestion');
    assert.equal(stored.view, 'full');
    const publicView = JSON.stringify(await api.suggestions.get(code));
    assert.ok(!publicView.includes('13907301234'), 'the public view masks the phone');

    // The dispatcher and the department, through the SDK as their systems would.
    const dispatcher = createClient({ baseUrl: stack.url, token: 'demo-dispatcher' });
    const department = createClient({ baseUrl: stack.url, token: 'demo-dept-urban' });
    await dispatcher.suggestions.act(code, { type: 'accept' });
    await dispatcher.suggestions.act(code, { type: 'assign', departmentId: 'urban' });
    await department.suggestions.act(code, { type: 'start', note: '已派维修班组现场查看' });
    await department.suggestions.act(code, { type: 'reply', body: '经现场核查，北门路段两处路灯线路老化，已于本周更换线路并恢复照明。感谢您的监督。' });

    // The citizen follows the link from the success view to the tracker.
    await form.locator('[part="track"]').click();
    await page.waitForURL(/#track$/);
    const tracker = page.locator('jy-status-tracker');
    await tracker.locator('[part="status"][data-status="replied"]').waitFor({ timeout: 20_000 });
    const seen = await tracker.locator('[part~="event"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
    for (const step of ['submit', 'accept', 'assign', 'start', 'reply']) assert.ok(seen.includes(step), `the timeline shows ${step}: ${seen.join(', ')}`);
    await tracker.getByText('已于本周更换线路').waitFor();
    await page.screenshot({ path: screenshot('portal-tracker-390'), fullPage: false });

    await tracker.getByRole('radio', { name: '满意', exact: true }).click();
    await tracker.getByRole('radio', { name: '已解决' }).click();
    await tracker.getByRole('button', { name: '提交评价' }).click();
    // The tracker turns to the closed suggestion with the rating given.
    await tracker.locator('[part="status"][data-status="closed"]').waitFor();
    await tracker.locator('[part="rating"]').getByText('满意').first().waitFor();
    const rated = await mine.suggestions.get(code);
    assert.equal(rated.suggestion.rating?.satisfaction, 'satisfied');
    assert.equal(rated.suggestion.rating?.solved, true);

    const afterwards = await api.stats.get();
    assert.equal(afterwards.received, before.received + 1);
    assert.equal(afterwards.solved, before.solved + 1);
    await page.reload();
    await page.locator('#figure-list dd').first().filter({ hasText: `${afterwards.received} 件` }).waitFor();
  });

  test('the hot topic takes a vote and a comment', async () => {
    const api = createClient({ baseUrl: stack.url });
    const before = await api.topics.get('topic-bus');
    const page = await phonePage();
    await page.goto(`${stack.url}/#topics`);
    const poll = page.locator('jy-hot-topic-poll[topic="topic-bus"]');
    const firstOption = poll.locator('[part="option"]').first();
    await firstOption.click();
    await poll.getByRole('button', { name: '投票', exact: true }).click();
    await poll.getByText('您的投票已计入').waitFor();
    const comment = `希望 K1 路早高峰加密到 5 分钟一班（${Date.now()}）`;
    await poll.getByLabel('留言内容').fill(comment);
    await poll.getByRole('button', { name: '发表留言' }).click();
    await poll.locator('[part="comment"]').filter({ hasText: comment }).waitFor();
    const afterwards = await api.topics.get('topic-bus');
    assert.equal(afterwards.counts.votes, before.counts.votes + 1);
    assert.equal(afterwards.counts.comments, before.counts.comments + 1);
    const { items } = await api.topics.comments('topic-bus', { limit: 5 });
    assert.ok(items.some((item) => item.body === comment), 'the comment is stored');
  });

  test('a reload while typing brings back what was typed', async () => {
    const page = await phonePage();
    await page.goto(`${stack.url}/`);
    const form = page.locator('jy-suggestion-form');
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('南湖大道人行道地砖松动');
    await form.getByRole('textbox', { name: '具体内容' }).fill('南湖大道靠近学院路口的人行道地砖松动，下雨天踩上去会溅水。');
    await page.reload();
    await form.getByText('已恢复您上次未提交的内容。').waitFor();
    assert.equal(await form.getByRole('textbox', { name: '标题', exact: true }).inputValue(), '南湖大道人行道地砖松动');
    assert.equal(await form.getByRole('textbox', { name: '具体内容' }).inputValue(), '南湖大道靠近学院路口的人行道地砖松动，下雨天踩上去会溅水。');
  });

  test("a workstation's QR code scans to the form bound to that workstation", async () => {
    const page = await phonePage();
    await page.goto(`${stack.url}/#workstations`);
    const codes = page.locator('#workstation-list svg.qr');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 3);
    // Draw the first QR code on a canvas and decode the pixels, as a phone camera would.
    const pixels = await codes.first().evaluate(async (svg) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 330;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 330, 330);
      return Array.from(context.getImageData(0, 0, 330, 330).data);
    });
    const scanned = jsQR(Uint8ClampedArray.from(pixels), 330, 330);
    assert.ok(scanned, 'the QR code decodes');
    const target = new URL(scanned.data);
    assert.equal(target.origin, new URL(stack.url).origin);
    const workstation = target.searchParams.get('workstation');
    assert.ok(workstation);
    await page.goto(scanned.data);
    const form = page.locator('jy-suggestion-form');
    assert.equal(await form.getAttribute('workstation'), workstation);
    assert.equal(await form.getAttribute('channel'), 'qr-code');
    await form.getByText(/提交至：.*工作室/).waitFor();
  });

  test('the staff page: a dispatcher accepts and assigns, and a refused action says why next to the field', async () => {
    const submitted = await createClient({ baseUrl: stack.url }).suggestions.create({
      categoryId: 'transport',
      title: '学院路公交站台缺少遮阳棚',
      body: '学院路公交站台夏天没有遮阳的地方，候车的学生和老人很辛苦，建议加装遮阳棚。',
      anonymous: true,
    });
    const code = submitted.suggestion.id;
    const context = await newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/staff.html`);
    await page.getByLabel('状态').selectOption('submitted');
    await page.getByRole('button', { name: '刷新列表' }).click();
    await page.getByRole('link', { name: code }).click();
    await page.locator('#detail-title').filter({ hasText: code }).waitFor();

    await page.getByLabel('操作').selectOption('reject');
    await page.getByRole('button', { name: '提交操作' }).click();
    await page.locator('.field-error[data-for="reason"]').filter({ hasText: /\S/ }).waitFor();

    await page.getByLabel('操作').selectOption('accept');
    await page.getByRole('button', { name: '提交操作' }).click();
    await page.getByText('已受理，当前状态：已受理').waitFor();
    await page.getByLabel('操作').selectOption('assign');
    await page.getByLabel('承办部门').selectOption('transport');
    await page.getByLabel('给群众的说明（选填）').fill('已转市交通运输局研究办理');
    await page.getByRole('button', { name: '提交操作' }).click();
    await page.getByText('已交办，当前状态：已交办').waitFor();
    await page.screenshot({ path: screenshot('staff-1280'), fullPage: true });

    const stored = await createClient({ baseUrl: stack.url, token: 'demo-dispatcher' }).suggestions.get(code);
    assert.equal(stored.suggestion.status, 'assigned');
    assert.equal(stored.suggestion.departmentId, 'transport');
  });

  test('no page reported a Content-Security-Policy violation', () => {
    assert.deepEqual(violations, []);
  });
});
