// Live tracking: a citizen watching the timeline sees the dispatcher's step arrive,
// without internal notes unless they hold the key.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@jianyi/core';
import { startTestServer, type TestServer } from './support/server-process.js';

/** Reads Server-Sent Events until `count` events of type `timeline` came or time ran out. */
async function readEvents(url: string, headers: Record<string, string>, count: number, whileOpen: () => Promise<void>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { id: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  const timeout = setTimeout(() => controller.abort(), 10_000);
  const acting = whileOpen();
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data && /^event: timeline$/m.test(block)) events.push({ id, data: JSON.parse(data) });
      }
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
    await acting;
  }
  return events;
}

describe('timeline as Server-Sent Events', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo'] });
  });
  after(() => server?.dispose());

  test('the submitter sees new steps as they happen; the public sees them without internal notes', async () => {
    const created = await createClient({ baseUrl: server.baseUrl }).suggestions.create({
      categoryId: 'urban',
      title: '小区门口路灯不亮',
      body: '金鹗山小区北门的两盏路灯坏了半个月，晚上出行很不方便。',
      anonymous: true,
    });
    const id = created.suggestion.id;
    const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    const url = `${server.baseUrl}/v1/suggestions/${id}/events`;

    const full = await readEvents(url, { 'x-access-key': created.accessKey }, 2, async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await dispatcher.suggestions.act(id, { type: 'accept', note: '已受理', internalNote: '内部备注：与 3 号工单相关' });
    });
    assert.deepEqual(full.map((event) => [event.id, event.data.type]), [['1', 'submit'], ['2', 'accept']]);
    assert.equal(full[1]!.data.internalNote, undefined, 'even the submitter does not get staff notes');

    const publicEvents = await readEvents(url, { 'last-event-id': '1' }, 1, async () => {});
    assert.deepEqual(publicEvents.map((event) => event.data.type), ['accept'], 'Last-Event-ID resumes after what was seen');
    assert.equal(publicEvents[0]!.data.note, '已受理');
    assert.ok(!JSON.stringify(publicEvents).includes('内部备注'));
  });
});

describe('a long timeline stream', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo'], env: { JIANYI_STREAM_MAX_MS: '1500' } });
  });
  after(() => server?.dispose());

  test('ends with an `end` event, and a reconnect with Last-Event-ID resumes after the last step seen', async () => {
    const created = await createClient({ baseUrl: server.baseUrl }).suggestions.create({
      categoryId: 'urban',
      title: '人民广场喷泉长期不开',
      body: '人民广场的音乐喷泉已经半年没有开过，水池里积了不少垃圾，建议清理后恢复开放。',
      anonymous: true,
    });
    const id = created.suggestion.id;
    const url = `${server.baseUrl}/v1/suggestions/${id}/events`;
    const response = await fetch(url, { headers: { 'x-access-key': created.accessKey }, signal: AbortSignal.timeout(10_000) });
    const whole = await response.text(); // the server closes it after 1.5 s
    assert.match(whole, /^event: end$/m);
    assert.match(whole, /^retry: \d+$/m);
    assert.match(whole, /^id: 1$/m);

    await createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' }).suggestions.act(id, { type: 'accept' });
    const resumed = await readEvents(url, { 'x-access-key': created.accessKey, 'last-event-id': '1' }, 1, async () => {});
    assert.deepEqual(resumed.map((event) => event.id), ['2']);
  });
});
