// Every action from every state for every role, against the table of DESIGN.md written
// out again here by hand: if the code's table drifts from the design, this fails.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apply, allowedActions } from '../src/lifecycle/apply.js';
import { actionTypes, type ActionType } from '../src/model/action.js';
import { roles, type Actor, type Role } from '../src/model/actor.js';
import type { Status, Suggestion } from '../src/model/suggestion.js';
import { statuses } from '../src/model/vocabulary.js';
import { actors, newSuggestion, sampleActions } from './support/fixtures.js';

const open: Status[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'replied', 'under_review'];

/** DESIGN.md's lifecycle table: from → to, and who. `same` keeps the state. */
const design: Record<ActionType, { from: Status[]; to: Status | 'same' | 'rated'; who: Role[] }> = {
  accept: { from: ['submitted'], to: 'accepted', who: ['dispatcher'] },
  reject: { from: ['submitted'], to: 'rejected', who: ['dispatcher'] },
  merge: { from: ['submitted', 'accepted'], to: 'merged', who: ['dispatcher'] },
  answer: { from: ['accepted'], to: 'replied', who: ['dispatcher'] },
  assign: { from: ['accepted', 'under_review'], to: 'assigned', who: ['dispatcher'] },
  claim: { from: ['accepted'], to: 'same', who: ['member'] },
  return: { from: ['assigned'], to: 'accepted', who: ['department'] },
  start: { from: ['assigned'], to: 'in_progress', who: ['department'] },
  reply: { from: ['in_progress'], to: 'replied', who: ['department'] },
  rate: { from: ['replied'], to: 'rated', who: ['submitter'] },
  close: { from: ['replied', 'under_review'], to: 'closed', who: ['dispatcher', 'supervisor', 'system'] },
  urge: { from: ['assigned', 'in_progress'], to: 'same', who: ['supervisor', 'system'] },
  supervise: { from: open, to: 'same', who: ['supervisor'] },
  adopt: { from: ['closed'], to: 'same', who: ['dispatcher'] },
  feature: { from: ['closed'], to: 'same', who: ['dispatcher'] },
};

const actorOf: Record<Role, Actor> = {
  public: actors.citizen,
  submitter: actors.submitter,
  member: actors.member,
  integrator: actors.integrator,
  dispatcher: actors.dispatcher,
  department: actors.departmentA,
  supervisor: actors.supervisor,
  admin: actors.admin,
  system: actors.system,
};

/** A suggestion in `status`, led by department A (urban), as the loop would have left it. */
function inStatus(status: Status): Suggestion {
  const { suggestion } = newSuggestion();
  return { ...suggestion, status, departmentId: 'urban', repliedAt: suggestion.createdAt };
}

const now = '2026-03-04T08:00:00.000Z';

describe('lifecycle table', () => {
  for (const type of actionTypes) {
    test(`${type}: legal exactly from ${design[type].from.join(', ')} for ${design[type].who.join(', ')}`, () => {
      const rule = design[type];
      for (const status of statuses) {
        for (const role of roles) {
          const suggestion = inStatus(status);
          const actor = actorOf[role];
          // The system closes only unrated replies; a review needs a person.
          const legal = rule.from.includes(status) && rule.who.includes(role) && !(type === 'close' && role === 'system' && status === 'under_review');
          const result = apply(suggestion, sampleActions[type], actor, now);
          assert.equal(result.ok, legal, `${type} from ${status} by ${role}: expected ${legal ? 'allowed' : 'refused'}`);
          assert.equal(allowedActions(suggestion, actor).includes(type), legal);
          if (result.ok) {
            const expected = rule.to === 'same' ? status : rule.to === 'rated' ? 'closed' : rule.to;
            assert.equal(result.suggestion.status, expected, `${type} from ${status}`);
            assert.equal(result.event.type, type);
            assert.equal(result.event.seq, suggestion.version + 1);
            assert.equal(result.suggestion.version, suggestion.version + 1);
            assert.deepEqual(result.event.actor, actor);
          } else {
            assert.equal(result.error.code, 'action_not_allowed');
            if (result.error.code === 'action_not_allowed') {
              assert.deepEqual(result.error.allowed, allowedActions(suggestion, actor), 'the error lists what is legal now');
              assert.equal(result.error.status, status);
            }
          }
        }
      }
    });
  }

  test('a department acts only on items its department leads', () => {
    const assigned = inStatus('assigned');
    for (const type of ['start', 'return'] as const) {
      assert.equal(apply(assigned, sampleActions[type], actors.departmentB, now).ok, false, `${type} by another department`);
      assert.equal(apply(assigned, sampleActions[type], actors.departmentA, now).ok, true);
    }
    const inProgress = inStatus('in_progress');
    assert.equal(apply(inProgress, sampleActions.reply, actors.departmentB, now).ok, false);
    assert.deepEqual(allowedActions(inProgress, actors.departmentB), []);
  });

  test('flags are set once: a second claim, supervise, adopt or feature is refused', () => {
    const claimed = apply(inStatus('accepted'), sampleActions.claim, actors.member, now);
    assert.ok(claimed.ok);
    assert.deepEqual(claimed.suggestion.claimedBy, { memberId: 'm-li', displayName: '李委员' });
    assert.equal(apply(claimed.suggestion, sampleActions.claim, actors.otherMember, now).ok, false);

    for (const [type, actor, status] of [
      ['supervise', actors.supervisor, 'in_progress'],
      ['adopt', actors.dispatcher, 'closed'],
      ['feature', actors.dispatcher, 'closed'],
    ] as const) {
      const once = apply(inStatus(status), sampleActions[type], actor, now);
      assert.ok(once.ok, type);
      assert.equal(apply(once.suggestion, sampleActions[type], actor, now).ok, false, `second ${type}`);
    }
  });

  test('rating: content and solved closes; unsatisfied or unsolved goes to review', () => {
    const replied = inStatus('replied');
    const cases = [
      [{ satisfaction: 'satisfied', solved: true }, 'closed'],
      [{ satisfaction: 'basically-satisfied', solved: true }, 'closed'],
      [{ satisfaction: 'satisfied', solved: false }, 'under_review'],
      [{ satisfaction: 'unsatisfied', solved: true }, 'under_review'],
      [{ satisfaction: 'unsatisfied', solved: false }, 'under_review'],
    ] as const;
    for (const [rating, expected] of cases) {
      const result = apply(replied, { type: 'rate', rating: { ...rating } }, actors.submitter, now);
      assert.ok(result.ok);
      assert.equal(result.suggestion.status, expected, JSON.stringify(rating));
      assert.equal(result.suggestion.rating?.at, now);
      assert.equal(result.suggestion.closedAt, expected === 'closed' ? now : undefined);
    }
  });

  test('content errors name the field: merge into itself, a due date in the past', () => {
    const accepted = inStatus('accepted');
    const self = apply(accepted, { type: 'merge', into: accepted.id }, actors.dispatcher, now);
    assert.deepEqual(self.ok ? null : self.error, { code: 'invalid_action', action: 'merge', field: 'into', messageKey: 'mergeIntoSelf' });
    const past = apply(accepted, { type: 'assign', departmentId: 'urban', coDepartmentIds: [], dueAt: '2026-01-01T00:00:00.000Z' }, actors.dispatcher, now);
    assert.equal(past.ok ? null : past.error.code, 'invalid_action');
  });

  test('notes: the public note is on the event, the internal note goes to staff notes only', () => {
    const result = apply(inStatus('submitted'), { type: 'accept', note: '已受理，转城管部门', internalNote: '与上周 JY... 重复，注意' }, actors.dispatcher, now);
    assert.ok(result.ok);
    assert.equal(result.event.note, '已受理，转城管部门');
    assert.equal(result.event.internalNote, '与上周 JY... 重复，注意');
    assert.deepEqual(result.suggestion.internalNotes, [{ at: now, by: '张科长', text: '与上周 JY... 重复，注意' }]);
  });

  test('replies record who answered, with which kind', () => {
    const answered = apply(inStatus('accepted'), sampleActions.answer, actors.dispatcher, now);
    assert.ok(answered.ok);
    assert.deepEqual(answered.suggestion.replies.map((reply) => [reply.kind, reply.by]), [['direct-answer', '张科长']]);
    const handled = apply(inStatus('in_progress'), sampleActions.reply, actors.departmentA, now);
    assert.ok(handled.ok);
    assert.deepEqual(handled.suggestion.replies.map((reply) => [reply.kind, reply.departmentId]), [['handled', 'urban']]);
    assert.equal(handled.suggestion.repliedAt, now);
  });
});
