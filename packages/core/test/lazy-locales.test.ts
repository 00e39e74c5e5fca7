// What a browser gets from `@jianyi/core` (index.browser.ts): zh-CN texts inline, zh-TW
// and en fetched by loadMessages. Node's test runner gives each file its own process, so
// nothing here has loaded ./i18n/all-locales.js, as in a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isValidationError, loadMessages, message, term } from '../src/index.browser.js';

describe('locales loaded on demand (browser entry)', () => {
  it('speaks zh-CN at once and needs nothing loaded for it', () => {
    assert.equal(loadMessages('zh-CN'), undefined);
    assert.equal(message('required', 'zh-CN'), '此项为必填项');
    // Kept out of the client alone, but all of core has them, for the lifecycle and mocks.
    assert.equal(message('topicClosed', 'zh-CN'), '该话题已结束，不能再投票或留言');
  });

  it('a client in en refuses bad input in English without anything loaded first', async () => {
    assert.equal(message('required', 'en'), '此项为必填项', 'en is not loaded yet');
    const client = createClient({ baseUrl: 'http://127.0.0.1:9', locale: 'en' });
    const error = await client.topics.vote('topic-bus', { optionIds: [] }).catch((caught: unknown) => caught);
    assert.ok(isValidationError(error), String(error));
    assert.equal(error.message, 'Some fields need your attention');
    assert.ok(Object.values(error.fieldErrors).every((text) => /^[\x20-\x7e]+$/.test(text)), JSON.stringify(error.fieldErrors));
  });

  it('falls back to zh-CN until a locale is loaded, then speaks it', async () => {
    assert.equal(term('status', 'closed', 'zh-TW'), '已办结');
    await loadMessages('zh-Hant-HK');
    assert.equal(term('status', 'closed', 'zh-TW'), '已辦結');
    assert.equal(message('required', 'zh-TW'), '此項為必填項');
    assert.equal(loadMessages('zh-TW'), undefined, 'a loaded locale is not fetched again');
  });
});
