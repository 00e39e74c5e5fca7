// What a browser gets from `@jianyi/core` (index.browser.ts): zh-CN texts inline, zh-TW
// and en fetched by loadMessages. Node's test runner gives each file its own process, so
// nothing here has loaded ./i18n/all-locales.js, as in a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isValidationError, loadMessages, message, term, voteProblem } from '../src/index.browser.js';

describe('locales loaded on demand (browser entry)', () => {
  it('speaks zh-CN at once and needs nothing loaded for it', () => {
    assert.equal(loadMessages('zh-CN'), undefined);
    assert.equal(message('required', 'zh-CN'), '此项为必填项');
  });

  it('brings the texts of a lifecycle refusal with the refusal, not before', () => {
    // The widgets only show what the server says, so the texts of the server's own errors
    // stay out of a browser page until code that gives such an error runs there.
    assert.equal(message('topicClosed', 'zh-CN'), 'topicClosed');
    const poll = { question: '选哪个', options: [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }], multiple: false, maxChoices: 1 };
    const problem = voteProblem({ poll }, ['a', 'b']);
    assert.deepEqual(problem, { messageKey: 'singleChoice' });
    assert.ok(problem);
    assert.equal(message(problem.messageKey, 'zh-CN'), '只能选择一项');
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
