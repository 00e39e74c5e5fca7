// The limits a citizen meets in the form, with the message they read, in three languages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { fieldErrorsOf } from '../src/client/errors.js';
import { ActionSchema } from '../src/model/action.js';
import { SuggestionInputSchema, type SuggestionInput } from '../src/model/suggestion.js';
import { VoteInputSchema, TopicInputSchema } from '../src/model/topic.js';
import { resolveLocale } from '../src/i18n/messages.js';
// The schemas are imported one by one here, so load every locale as @jianyi/core's Node entry does.
import '../src/i18n/all-locales.js';
import { validInput } from './support/fixtures.js';

function errorsOf(schema: v.GenericSchema, input: unknown, lang = 'zh-CN') {
  const result = v.safeParse(schema, input, { lang });
  return result.success ? {} : fieldErrorsOf(result.issues);
}

describe('suggestion input', () => {
  test('a valid input passes and is normalized: trimmed text, phone without spaces', () => {
    const output = v.parse(SuggestionInputSchema, { ...validInput, title: '  东湖路井盖缺失  ' });
    assert.equal(output.title, '东湖路井盖缺失');
    assert.equal(output.contact?.phone, '13812345678');
    assert.equal(output.kind, 'suggestion');
    assert.equal(output.channel, 'web');
    assert.deepEqual(output.attachmentIds, []);
  });

  test('title 5–80 and body 10–2000 characters, counted as a person counts them', () => {
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, title: '井盖' }), { title: '至少需要 5 个字' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, title: '井'.repeat(81) }), { title: '不能超过 80 个字' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, body: '太短了' }), { body: '至少需要 10 个字' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, body: '路'.repeat(2001) }), { body: '不能超过 2000 个字' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, body: '路'.repeat(2000) }), {});
    // Five emoji are five characters, though ten UTF-16 units.
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, title: '🚌🚌🚌🚌🚌' }), {});
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, title: '🚌'.repeat(81) }), { title: '不能超过 80 个字' });
  });

  test('missing and blank fields say "required"', () => {
    const { title: _title, ...withoutTitle } = validInput;
    assert.deepEqual(errorsOf(SuggestionInputSchema, withoutTitle), { title: '此项为必填项' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, body: '     ' }), { body: '此项为必填项' });
  });

  test('phone must be a mainland mobile number; +86 and separators are accepted', () => {
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, contact: { phone: '12345' } }), { 'contact.phone': '请输入正确的 11 位手机号码' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, contact: { phone: '+86 138-1234-5678' } }), {});
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, contact: { phone: '23812345678' } }), { 'contact.phone': '请输入正确的 11 位手机号码' });
  });

  test('at most three photos', () => {
    const four = { ...validInput, attachmentIds: ['a1', 'a2', 'a3', 'a4'] };
    assert.deepEqual(errorsOf(SuggestionInputSchema, four), { attachmentIds: '最多 3 项' });
  });

  test('real-name needs a contact and consent; anonymous keeps no contact at all', () => {
    const noContact: SuggestionInput = { ...validInput, contact: {}, consent: true };
    assert.match(errorsOf(SuggestionInputSchema, noContact)['contact.phone'] ?? '', /匿名提交/);
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, consent: false }), { consent: '请阅读并同意个人信息使用说明' });
    const anonymous = v.parse(SuggestionInputSchema, { ...validInput, anonymous: true, consent: false });
    assert.equal(anonymous.contact, undefined, 'what was typed before switching to anonymous is dropped');
  });

  test('messages exist in zh-CN, zh-TW and en', () => {
    const input = { ...validInput, title: '井盖', contact: { phone: '123' } };
    assert.deepEqual(errorsOf(SuggestionInputSchema, input, 'zh-CN'), { title: '至少需要 5 个字', 'contact.phone': '请输入正确的 11 位手机号码' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, input, 'zh-TW'), { title: '至少需要 5 個字', 'contact.phone': '請輸入正確的 11 位手機號碼' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, input, 'en'), {
      title: 'Enter at least 5 characters',
      'contact.phone': 'Enter a valid 11-digit mainland China mobile number',
    });
    assert.equal(resolveLocale('zh-Hant-HK'), 'zh-TW');
    assert.equal(resolveLocale('en-GB'), 'en');
    assert.equal(resolveLocale('fr'), 'zh-CN');
  });

  test('wrong types are refused, not coerced', () => {
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, title: 12345 }), { title: '格式不正确' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, anonymous: 'yes' }), { anonymous: '格式不正确' });
    assert.ok(errorsOf(SuggestionInputSchema, null)._);
  });

  test('a field the schema does not know is refused, not silently dropped', () => {
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, titel: '拼错的字段名' }), { titel: '不支持的字段' });
    assert.deepEqual(errorsOf(SuggestionInputSchema, { ...validInput, contact: { name: '王小明', phone: '13812345678', wechat: 'x' } }), {
      'contact.wechat': '不支持的字段',
    });
  });
});

describe('actions and topics', () => {
  test('a rejection or a return needs a reason', () => {
    assert.deepEqual(errorsOf(ActionSchema, { type: 'reject', reason: ' ' }), { reason: '请填写理由' });
    assert.deepEqual(errorsOf(ActionSchema, { type: 'return' }), { reason: '此项为必填项' });
    assert.deepEqual(errorsOf(ActionSchema, { type: 'fly' }), { type: '请从列表中选择' });
  });

  test('a dispatcher answers with one of the three answer kinds; handled is the department reply', () => {
    assert.deepEqual(errorsOf(ActionSchema, { type: 'answer', kind: 'handled', body: '已处理完毕，谢谢您的建议。' }), { kind: '请从列表中选择' });
  });

  test('a poll has 2–12 options and closes after it opens', () => {
    const topic = {
      title: '优先发展城市公交',
      description: '请就我市公交线路、站点和票价提出您的意见建议。',
      opensAt: '2026-03-01T00:00:00.000Z',
      closesAt: '2026-02-01T00:00:00.000Z',
      poll: { question: '您最希望改善哪方面？', options: ['线路'] },
    };
    assert.deepEqual(errorsOf(TopicInputSchema, topic), { 'poll.options': '至少选择 2 项', closesAt: '日期时间格式不正确' });
    assert.deepEqual(errorsOf(VoteInputSchema, { optionIds: [] }), { optionIds: '至少选择 1 项' });
  });
});
