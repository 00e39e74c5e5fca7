// Personal data never leaves in a public response. A citizen's contact, phone numbers,
// ID numbers and e-mail addresses typed anywhere, and staff's internal notes, are planted
// in every field that can hold them; then every response an anonymous caller can get
// (lists, details, search, the timeline stream, topics and comments, stats, the OpenAPI
// document with its examples, error bodies) is scanned for them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@jianyi/core';
import { startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { tally } from './support/tally.js';

const phone = '13912345678';
const idNumber = '430602199001011234';
const email = 'zhang.sanfeng@example.com';
const secretNote = '内部备注：领导批示暂缓处理';
const contactName = '张三丰';
const exactAddress = '湖南省岳阳市岳阳楼区洞庭南路12号3栋';
const personal = `联系电话 ${phone}，身份证 ${idNumber}，邮箱 ${email}`;

/** What may never appear in a public response, with why. */
const leaks: [RegExp, string][] = [
  [/(?<!\d)1\d{10}(?!\d)/, 'an unmasked phone number'],
  [/(?<!\d)\d{17}[\dXx](?!\d)/, 'an 18-digit ID number'],
  [/[\w.+-]{2,}@[\w-]+(?:\.[\w-]+)+/, 'an e-mail address'],
  [new RegExp(secretNote), 'an internal note'],
  [/internalNote/, 'an internal-note field'],
  [new RegExp(contactName), "the citizen's full name"],
  [/洞庭南路12号/, 'an exact address given without consent'],
  [/"contact"/, 'a contact field'],
];

describe('no personal data in public responses', () => {
  let server: TestServer;
  let ids: string[] = [];
  let scanned = 0;

  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo'] });
    const citizen = createClient({ baseUrl: server.baseUrl });
    const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    const department = createClient({ baseUrl: server.baseUrl, token: 'demo-dept-urban' });
    const make = () =>
      citizen.suggestions.create({
        categoryId: 'urban',
        title: `井盖缺失 ${phone}`,
        body: `东湖路井盖缺失一周了。${personal}`,
        contact: { name: contactName, phone },
        location: { address: exactAddress, public: false },
        anonymous: false,
        consent: true,
      });
    // One that goes round the whole loop, one rejected with personal data in the reason.
    const full = await make();
    const withNotes = { note: `已收到，${personal}`, internalNote: secretNote };
    await dispatcher.suggestions.act(full.suggestion.id, { type: 'accept', ...withNotes });
    await dispatcher.suggestions.act(full.suggestion.id, { type: 'assign', departmentId: 'urban', ...withNotes });
    await department.suggestions.act(full.suggestion.id, { type: 'start', ...withNotes });
    await department.suggestions.act(full.suggestion.id, { type: 'reply', body: `已修复。如有问题请联系 ${phone} 或 ${email}`, ...withNotes });
    await createClient({ baseUrl: server.baseUrl, accessKey: full.accessKey }).suggestions.act(full.suggestion.id, {
      type: 'rate',
      rating: { satisfaction: 'satisfied', solved: true, comment: `很满意，${personal}` },
    });
    const rejected = await make();
    await dispatcher.suggestions.act(rejected.suggestion.id, { type: 'reject', reason: `请拨打 ${phone} 咨询`, ...withNotes });
    ids = [full.suggestion.id, rejected.suggestion.id];
    await citizen.topics.comment('topic-bus', { body: `建议增开区间车，${personal}`, authorName: '岳阳市民' });
  });
  after(() => server?.dispose());

  async function scan(label: string, path: string, init: RequestInit = {}, patterns = leaks) {
    const response = await fetch(`${server.baseUrl}${path}`, init);
    const body = await response.text();
    scanned++;
    for (const [pattern, what] of patterns) {
      const hit = pattern.exec(body);
      assert.equal(hit, null, `${label} (${path}, ${response.status}) shows ${what}: …${hit ? body.slice(Math.max(0, hit.index - 40), hit.index + 60) : ''}…`);
    }
    return { status: response.status, body };
  }

  test('lists, search, details and stats', async () => {
    const statuses = ['', 'replied', 'closed', 'rejected', 'accepted'];
    for (const status of statuses) await scan('list', `/v1/suggestions?limit=100${status && `&status=${status}`}`);
    const list = await scan('list', '/v1/suggestions?limit=100');
    assert.ok(list.body.includes(ids[0]!), 'the planted suggestion is in the public list');
    assert.ok(list.body.includes('139****5678'), 'its phone shows masked');
    await scan('search', `/v1/suggestions?q=${encodeURIComponent('井盖')}`);
    await scan('search by phone', `/v1/suggestions?q=${phone}`);
    for (const id of ids) await scan('detail', `/v1/suggestions/${id}`);
    for (const path of ['/v1/stats', '/v1/stats?groupBy=department', '/v1/stats?groupBy=category', '/v1/categories', '/v1/departments', '/v1/workstations', '/healthz']) {
      await scan('meta', path);
    }
  });

  test('topics and their comments', async () => {
    await scan('topics', '/v1/topics');
    await scan('topic', '/v1/topics/topic-bus');
    const comments = await scan('comments', '/v1/topics/topic-bus/comments?limit=100');
    assert.ok(comments.body.includes('建议增开区间车'), 'the planted comment is in the list');
    await scan('closed topic comments', '/v1/topics/topic-renovation/comments?limit=100');
  });

  test('the timeline stream', async () => {
    for (const id of ids) {
      const controller = new AbortController();
      const response = await fetch(`${server.baseUrl}/v1/suggestions/${id}/events`, { signal: controller.signal });
      const reader = response.body!.getReader();
      let text = '';
      const until = Date.now() + 5000;
      while (Date.now() < until && (text.match(/event: timeline/g) ?? []).length < 2) {
        const { value, done } = await reader.read();
        if (done) break;
        text += Buffer.from(value).toString();
      }
      controller.abort();
      scanned++;
      assert.ok(text.includes('event: timeline'), 'the stream sent events');
      for (const [pattern, what] of leaks) assert.equal(pattern.exec(text), null, `SSE of ${id} shows ${what}`);
    }
  });

  test('the OpenAPI document and its examples', async () => {
    // The schemas name the private fields (contact, internalNotes); no value, description or
    // example (should any be added) may fill them.
    const values = leaks.filter(([pattern]) => !/contact|internalNote/.test(pattern.source));
    const { body } = await scan('openapi', '/v1/openapi.json', {}, values);
    assert.match(body, /"openapi":"3\./, 'the document was served');
  });

  test('error bodies do not echo what was sent', async () => {
    const json = { 'content-type': 'application/json' };
    await scan('404', `/v1/suggestions/${phone}`);
    await scan('403 wrong key', `/v1/suggestions/${ids[0]}`, { headers: { 'x-access-key': `${phone}-${email}` } });
    await scan('422 bad phone', '/v1/suggestions', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ categoryId: 'urban', title: idNumber, body: personal, contact: { phone: `${phone}0` }, [email]: phone, anonymous: 'no' }),
    });
    await scan('400 bad json', '/v1/suggestions', { method: 'POST', headers: json, body: `{"body": "${personal}` });
    await scan('422 comment', '/v1/topics/topic-bus/comments', { method: 'POST', headers: json, body: JSON.stringify({ body: personal, authorName: `${contactName}${phone}${idNumber}` }) });
    await scan('401 action', `/v1/suggestions/${ids[0]}/actions`, { method: 'POST', headers: json, body: JSON.stringify({ type: 'close', note: personal }) });
    await scan('404 path', `/v1/${email}`);
    tally('02 personal data: public responses scanned', scanned);
  });
});
