// Nothing personal survives a public view, wherever the citizen or staff typed it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { apply, submit } from '../src/lifecycle/apply.js';
import { PublicEventSchema } from '../src/model/event.js';
import { PublicSuggestionSchema, SuggestionInputSchema } from '../src/model/suggestion.js';
import { coarseAddress, maskPersonalText, maskPhone } from '../src/privacy/mask.js';
import { toPublic, toPublicEvent } from '../src/privacy/to-public.js';
import { actors, t0 } from './support/fixtures.js';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const phone = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
/** How people write a phone in free text. */
const writtenPhone = fc.tuple(phone, fc.constantFrom('plain', 'spaced', 'dashed', 'prefixed')).map(([p, style]) =>
  style === 'spaced' ? `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}` : style === 'dashed' ? `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}` : style === 'prefixed' ? `+86${p}` : p,
);
const idNumber = fc.tuple(digits(17), fc.constantFrom('0', '7', 'X')).map(([d, last]) => d + last);
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), fc.constantFrom('qq.com', '163.com', 'gov.cn')).map(([user, domain]) => `${user}@${domain}`);
const chineseName = fc.array(fc.constantFrom(...'欧阳司马诸葛慕容端木赵钱孙李周吴郑冯陈褚卫蒋沈韩杨'), { minLength: 2, maxLength: 4 }).map((c) => c.join(''));
const filler = fc.constantFrom('东湖路井盖缺失，晚上很危险。', '小区门口路灯坏了半个月。', '希望增开早高峰公交班次。', '');

describe('toPublic', () => {
  test('no phone, ID number, e-mail, contact name or internal note survives, whatever was typed where', () => {
    fc.assert(
      fc.property(
        fc.record({ phone, typed: writtenPhone, idNumber, email, name: chineseName, filler, secret: fc.uuid() }),
        ({ phone: contactPhone, typed, idNumber: id, email: mail, name, filler: text, secret }) => {
          const input = v.parse(SuggestionInputSchema, {
            categoryId: 'urban',
            title: `井盖缺失 联系${typed}`,
            body: `${text}我的电话 ${typed}，身份证 ${id}，邮箱 ${mail}。${text}`,
            location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号 3 栋 2 单元' },
            contact: { name, phone: contactPhone },
            consent: true,
          });
          let { suggestion, event } = submit(input, { id: 'JYMASK000001', actor: actors.citizen, now: t0, handlingDays: 15 });
          const events = [event];
          for (const [action, actor] of [
            [{ type: 'accept', internalNote: `内部备注 ${secret} 联系人 ${name} ${contactPhone}` }, actors.dispatcher],
            [{ type: 'answer', kind: 'direct-answer', body: `已电话联系 ${typed} 的市民，答复如下。`, note: `回访 ${mail}` }, actors.dispatcher],
            [{ type: 'rate', rating: { satisfaction: 'unsatisfied', solved: false, comment: `请再打我电话 ${typed}` } }, actors.submitter],
          ] as const) {
            const result = apply(suggestion, action, actor, t0);
            assert.ok(result.ok);
            suggestion = result.suggestion;
            events.push(result.event);
          }

          const publicView = toPublic(suggestion);
          const publicEvents = events.map(toPublicEvent);
          // The public shapes validate, so the client accepts them.
          v.parse(PublicSuggestionSchema, publicView);
          for (const publicEvent of publicEvents) v.parse(PublicEventSchema, publicEvent);

          const shown = JSON.stringify([publicView, publicEvents]);
          const compact = shown.replace(/[\s-]/g, '');
          assert.ok(!compact.includes(contactPhone), 'contact phone');
          assert.ok(!compact.includes(typed.replace(/[\s+-]/g, '').replace(/^86/, '')), 'phone typed in text');
          assert.doesNotMatch(compact, /(?<!\d)1[3-9]\d{9}(?!\d)/, 'no 11-digit mobile number at all');
          assert.ok(!shown.includes(id), 'ID number');
          assert.ok(!shown.includes(mail), 'e-mail');
          assert.ok(!shown.includes(name), 'contact name');
          assert.ok(!shown.includes(secret), 'internal note');
          assert.ok(!shown.includes('18 号'), 'door number without consent');
          assert.ok(!('contact' in publicView));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('masked forms stay readable: 138****5678, a family name, the district', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPersonalText('请联系 13812345678 或 0730-8881234'), '请联系 138****5678 或 0730****34');
    assert.equal(maskPersonalText('身份证 43060219900101123X'), '身份证 4306**************');
    assert.equal(coarseAddress('湖南省岳阳市岳阳楼区东湖路 18 号'), '湖南省岳阳市岳阳楼区');
    assert.equal(coarseAddress('长沙县星沙街道'), '长沙县');
    assert.equal(coarseAddress('东湖路 18 号'), '');
    const input = v.parse(SuggestionInputSchema, {
      categoryId: 'urban',
      title: '东湖路井盖缺失',
      body: '东湖路人行道的井盖缺失一周了，夜间危险。',
      contact: { name: '王小明', phone: '13812345678' },
      consent: true,
    });
    const { suggestion } = submit(input, { id: 'JYMASK000002', actor: actors.citizen, now: t0, handlingDays: 15 });
    assert.equal(toPublic(suggestion).submittedBy.displayName, '王**');
    assert.equal(toPublic({ ...suggestion, anonymous: true }).submittedBy.displayName, '匿名');
  });

  test('an exact place shows only with the citizen’s consent', () => {
    const base = v.parse(SuggestionInputSchema, {
      categoryId: 'urban',
      title: '东湖路井盖缺失',
      body: '东湖路人行道的井盖缺失一周了，夜间危险。',
      location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号', lat: 29.37, lng: 113.1, public: true },
      anonymous: true,
    });
    const { suggestion } = submit(base, { id: 'JYMASK000003', actor: actors.citizen, now: t0, handlingDays: 15 });
    assert.deepEqual(toPublic(suggestion).location, { address: '湖南省岳阳市岳阳楼区东湖路 18 号', lat: 29.37, lng: 113.1, public: true });
    const hidden = { ...suggestion, location: { ...suggestion.location!, public: false } };
    assert.deepEqual(toPublic(hidden).location, { address: '湖南省岳阳市岳阳楼区', public: false });
  });
});
