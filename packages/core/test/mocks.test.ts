// @jianyi/core/mocks through the real client: the msw handlers must behave like the API
// the client was written for, since stories and widget tests trust them to.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient, isJianyiError, replay, statuses, isOverdue, type JianyiError } from '../src/index.js';
import { createHandlers, createMockStore, demoTokens, type MockStore } from '../src/mocks/index.js';
import { buildDemoData, demoAccessKey, demoTrackingCode } from '../src/mocks/demo-data.js';

const baseUrl = 'http://jianyi.test';
const now = '2026-03-20T02:00:00.000Z';
let clock = now;
let store: MockStore;
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
// Each test starts from the demo seed at the same moment.
beforeEach(() => {
  clock = now;
  store = createMockStore({ now: () => clock });
  server.resetHandlers(...createHandlers({ baseUrl, store }));
});

const client = (options: { token?: string; accessKey?: string; locale?: string } = {}) => createClient({ baseUrl, retry: 0, ...options });
const dispatcher = () => client({ token: demoTokens.dispatcher });
const minutesLater = (minutes: number) => {
  clock = new Date(Date.parse(clock) + minutes * 60_000).toISOString();
};

async function refusal(promise: Promise<unknown>): Promise<JianyiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isJianyiError(error), `expected a JianyiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to be refused');
}

const input = {
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路与金鹗路交叉口的井盖缺失一周了，夜间容易踩空。有事请打 13812345678 联系我。',
  location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号' },
  contact: { name: '王小明', phone: '138 1234 5678' },
  consent: true,
};

describe('@jianyi/core/mocks through the client', () => {
  test('a suggestion goes round the whole loop and its submitter sees every step', async () => {
    const created = await client().suggestions.create(input);
    assert.equal(created.suggestion.status, 'submitted');
    assert.equal(created.suggestion.contact?.phone, '13812345678');
    const id = created.suggestion.id;
    const urban = client({ token: demoTokens.department.urban });

    minutesLater(30);
    await dispatcher().suggestions.act(id, { type: 'accept' });
    const assigned = await dispatcher().suggestions.act(id, { type: 'assign', departmentId: 'urban' });
    assert.equal(assigned.suggestion.status, 'assigned');
    assert.deepEqual(assigned.allowedActions, [], 'the dispatcher waits for the department now');
    const started = await urban.suggestions.act(id, { type: 'start' });
    assert.deepEqual(started.allowedActions, ['reply']);
    minutesLater(60 * 24);
    await urban.suggestions.act(id, { type: 'reply', body: '已补装井盖并加装防坠网，感谢您的反映。' });

    const submitter = client({ accessKey: created.accessKey });
    const before = await submitter.suggestions.get(id);
    assert.equal(before.view, 'full');
    assert.deepEqual(before.allowedActions, ['rate']);
    const rated = await submitter.suggestions.rate(id, { satisfaction: 'satisfied', solved: true });
    assert.equal(rated.suggestion.status, 'closed');
    assert.deepEqual(
      rated.events.map((event) => event.type),
      ['submit', 'accept', 'assign', 'start', 'reply', 'rate'],
    );
    assert.equal(rated.events[4]?.actor.displayName, '市城管局');
    // The stored timeline is a legal history: replaying it gives the stored suggestion.
    assert.deepEqual(replay(rated.events), rated.suggestion);
  });

  test('anyone without the key gets the masked public view', async () => {
    const created = await client().suggestions.create(input);
    await dispatcher().suggestions.act(created.suggestion.id, { type: 'accept', internalNote: '井盖权属待查' });
    const detail = await client().suggestions.get(created.suggestion.id);
    assert.equal(detail.view, 'public');
    const text = JSON.stringify(detail);
    assert.ok(!text.includes('13812345678') && !text.includes('1234 5678'), 'no phone digits');
    assert.ok(detail.suggestion.body.includes('138****5678'));
    assert.ok(!('contact' in detail.suggestion));
    assert.ok(!text.includes('王小明') && !text.includes('井盖权属待查'));
    assert.equal(detail.suggestion.location?.address, '湖南省岳阳市岳阳楼区');
    assert.equal(detail.suggestion.submittedBy.displayName, '王**');
  });

  test('a wrong access key is refused instead of quietly showing less', async () => {
    const error = await refusal(client({ accessKey: demoAccessKey(2) }).suggestions.get(demoTrackingCode(1)));
    assert.equal(error.status, 403);
    assert.equal(error.code, 'invalid_access_key');
  });

  test('an illegal action is refused with 409 and the actions allowed now', async () => {
    const error = await refusal(dispatcher().suggestions.act(demoTrackingCode(17), { type: 'start' }));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'action_not_allowed');
    assert.deepEqual(error.allowedActions, ['merge', 'answer', 'assign']);
    assert.match(error.message, /不能执行/);
    assert.equal((await client().suggestions.get(demoTrackingCode(17))).suggestion.status, 'accepted');
  });

  test('server-side checks answer in the caller language, next to the field', async () => {
    const error = await refusal(client({ locale: 'en' }).suggestions.create({ ...input, categoryId: 'no-such-category' }));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.fieldErrors.categoryId, 'The chosen item does not exist');
  });

  test('a body that is not JSON is a 400 problem', async () => {
    const response = await fetch(`${baseUrl}/v1/suggestions`, { method: 'POST', body: '{"title":', headers: { 'content-type': 'application/json' } });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await response.json()) as { code: string; title: string };
    assert.equal(problem.code, 'invalid_json');
    assert.equal(problem.title, '请求内容不是有效的 JSON');
  });

  test('a create retried with the same key creates once; the key with another body is refused', async () => {
    const before = store.records().length;
    const first = await client().suggestions.create(input, { idempotencyKey: 'draft-key-0001' });
    const again = await client().suggestions.create(input, { idempotencyKey: 'draft-key-0001' });
    assert.equal(again.suggestion.id, first.suggestion.id);
    assert.equal(again.accessKey, first.accessKey);
    assert.equal(store.records().length, before + 1);
    const error = await refusal(client().suggestions.create({ ...input, title: '另一条建议标题' }, { idempotencyKey: 'draft-key-0001' }));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'idempotency_mismatch');
  });

  test('the public list shows published items masked; the dispatcher sees all in full', async () => {
    const publicItems = [];
    for await (const item of client().suggestions.iterate({ limit: 5 })) publicItems.push(item);
    assert.ok(publicItems.length > 5);
    assert.ok(publicItems.every((item) => !['submitted', 'rejected', 'merged'].includes(item.status)));
    assert.ok(publicItems.every((item) => !('contact' in item)));
    const times = publicItems.map((item) => item.createdAt);
    assert.deepEqual(times, [...times].sort().reverse());

    const all = await dispatcher().suggestions.list({ limit: 100 });
    assert.equal(all.items.length, store.records().length);
    assert.ok(all.items.some((item) => item.status === 'submitted' && 'contact' in item));
    const overdue = await dispatcher().suggestions.list({ overdue: true });
    assert.deepEqual(overdue.items.map((item) => item.id), [demoTrackingCode(7)]);
    const urban = await client({ token: demoTokens.department.urban }).suggestions.list({ limit: 100 });
    assert.ok(urban.items.length > 0);
    assert.ok(urban.items.every((item) => item.departmentId === 'urban' || item.coDepartmentIds.includes('urban')));
  });

  test('bulk assignment reaches its own route and reports each suggestion', async () => {
    const result = await dispatcher().suggestions.bulkAssign({ ids: [demoTrackingCode(17), demoTrackingCode(9)], departmentId: 'housing' });
    assert.deepEqual(
      result.results.map(({ id, ok, code }) => ({ id, ok, code })),
      [
        { id: demoTrackingCode(17), ok: true, code: undefined },
        { id: demoTrackingCode(9), ok: false, code: 'action_not_allowed' },
      ],
    );
    assert.equal(store.record(demoTrackingCode(17))?.suggestion.departmentId, 'housing');
    const error = await refusal(client({ token: demoTokens.department.urban }).suggestions.bulkAssign({ ids: [demoTrackingCode(17)], departmentId: 'urban' }));
    assert.equal(error.status, 403);
  });

  test('photos are checked by their bytes and size', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0, 0, 0, 1, 0x80]);
    const attachment = await client().suggestions.uploadAttachment(new Blob([png], { type: 'image/png' }));
    assert.equal(attachment.mime, 'image/png');
    assert.deepEqual([attachment.width, attachment.height], [512, 384]);
    const created = await client().suggestions.create({ ...input, attachmentIds: [attachment.id] });
    assert.equal(created.suggestion.attachments[0]?.id, attachment.id);

    const text = await refusal(client().suggestions.uploadAttachment(new Blob(['not an image'], { type: 'image/png' })));
    assert.equal(text.status, 415);
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const tooLarge = await refusal(client().suggestions.uploadAttachment(new Blob([huge], { type: 'image/jpeg' })));
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.message, '图片不能超过 5 MB');
  });
});

describe('hot topics through the client', () => {
  test('one vote per voter: a repeat returns the earlier vote uncounted', async () => {
    const voter = client();
    const before = await voter.topics.get('topic-bus');
    assert.equal(before.state, 'open');
    const first = await voter.topics.vote('topic-bus', { optionIds: ['o1', 'o3'] });
    assert.equal(first.counted, true);
    assert.equal(first.topic.counts.votes, before.counts.votes + 1);
    assert.equal(first.topic.counts.options.o3, (before.counts.options.o3 ?? 0) + 1);
    const repeat = await voter.topics.vote('topic-bus', { optionIds: ['o2'] });
    assert.equal(repeat.counted, false);
    assert.deepEqual(repeat.vote.optionIds, ['o1', 'o3']);
    assert.equal(repeat.voterToken, first.voterToken);
    assert.equal(repeat.topic.counts.votes, first.topic.counts.votes);
    assert.equal((await client().topics.vote('topic-bus', { optionIds: ['o2'] })).counted, true);
  });

  test('choices the poll does not allow and closed topics are refused', async () => {
    const tooMany = await refusal(client().topics.vote('topic-bus', { optionIds: ['o1', 'o2', 'o3'] }));
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.fieldErrors.optionIds, '最多可选 2 项');
    const closed = await refusal(client().topics.vote('topic-renovation', { optionIds: ['o1'] }));
    assert.equal(closed.status, 409);
    assert.equal(closed.code, 'topic_closed');
    await client({ token: demoTokens.admin }).topics.close('topic-bus');
    const afterClose = await refusal(client().topics.comment('topic-bus', { body: '希望早点开通新线路' }));
    assert.equal(afterClose.code, 'topic_closed');
    const notAdmin = await refusal(client({ token: demoTokens.dispatcher }).topics.close('topic-renovation'));
    assert.equal(notAdmin.status, 403);
  });

  test('comments page newest first, by aspect, and a new one comes first', async () => {
    const topic = await client().topics.get('topic-bus');
    const seen: string[] = [];
    let previous = '9999';
    for await (const comment of client().topics.iterateComments('topic-bus', { limit: 40 })) {
      assert.ok(comment.createdAt <= previous, 'newest first');
      previous = comment.createdAt;
      seen.push(comment.id);
    }
    assert.equal(seen.length, topic.counts.comments);
    assert.equal(new Set(seen).size, seen.length);

    const fares = await client().topics.comments('topic-bus', { aspectId: 'fares', limit: 100 });
    assert.ok(fares.items.length > 0 && fares.items.length < seen.length);
    assert.ok(fares.items.every((comment) => comment.aspectId === 'fares'));

    minutesLater(1);
    const mine = await client().topics.comment('topic-bus', { body: '建议 15 路早高峰加密班次，电话 13912345678', aspectId: 'frequency' });
    assert.equal(mine.authorName, '网友');
    const first = await client().topics.comments('topic-bus', { limit: 1 });
    assert.equal(first.items[0]?.id, mine.id);
    assert.ok(first.items[0]?.body.includes('139****5678'));
    assert.equal((await client().topics.get('topic-bus')).counts.comments, topic.counts.comments + 1);
  });
});

describe('demo data', () => {
  const data = buildDemoData(now);

  test('every demo suggestion replays from its events to itself', () => {
    for (const { suggestion, events } of data.suggestions) assert.deepEqual(replay(events), suggestion, suggestion.id);
  });

  test('covers every status, an overdue item, and is the same on every build', () => {
    const present = new Set(data.suggestions.map(({ suggestion }) => suggestion.status));
    assert.deepEqual([...statuses].filter((status) => !present.has(status)), []);
    assert.ok(data.suggestions.some(({ suggestion }) => isOverdue(suggestion, now)));
    assert.ok(data.suggestions.some(({ suggestion }) => suggestion.adopted && suggestion.featured));
    assert.ok(data.suggestions.every(({ events }) => events.every((event) => event.at < now)));
    assert.deepEqual(buildDemoData(now), data);
    assert.notDeepEqual(buildDemoData(now, { seed: 7 }).comments, data.comments);
  });

  test('topic counts agree with the votes and comments', () => {
    for (const topic of data.topics) {
      const votes = data.votes.filter((vote) => vote.topicId === topic.id);
      assert.equal(topic.counts.votes, votes.length);
      assert.equal(topic.counts.comments, data.comments.filter((comment) => comment.topicId === topic.id).length);
      const chosen = votes.flatMap((vote) => vote.optionIds);
      for (const [option, count] of Object.entries(topic.counts.options)) {
        assert.equal(count, chosen.filter((id) => id === option).length);
      }
    }
    assert.deepEqual(data.topics.map((topic) => topic.state), ['open', 'closed']);
  });

  test('statistics group by category with labels and count the overdue item', async () => {
    const stats = await client().stats.get({ groupBy: 'category' });
    assert.equal(stats.received, data.suggestions.length);
    assert.equal(stats.overdue, 1);
    assert.ok(stats.solveRate !== null && stats.solveRate > 0 && stats.solveRate < 1);
    const urban = stats.groups.find((group) => group.key === 'urban');
    assert.equal(urban?.label, '城市管理');
    assert.equal(stats.groups.reduce((sum, group) => sum + group.received, 0), stats.received);
  });
});
