import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apply } from '../src/lifecycle/apply.js';
import { currentDeadline, isOverdue, systemActions, systemActor } from '../src/lifecycle/deadlines.js';
import { addDays, defaultPolicy } from '../src/lifecycle/policy.js';
import type { Action } from '../src/model/action.js';
import type { Actor } from '../src/model/actor.js';
import type { Suggestion } from '../src/model/suggestion.js';
import { actors, newSuggestion, t0 } from './support/fixtures.js';

function step(suggestion: Suggestion, action: Action, actor: Actor, now: string): Suggestion {
  const result = apply(suggestion, action, actor, now);
  assert.ok(result.ok, `${action.type} should be legal from ${suggestion.status}`);
  return result.suggestion;
}

describe('deadlines', () => {
  test('a new suggestion must be accepted within acceptDays, then handled within the category days', () => {
    const { suggestion } = newSuggestion();
    assert.equal(suggestion.acceptDueAt, addDays(t0, defaultPolicy.acceptDays));
    assert.equal(isOverdue(suggestion, addDays(t0, 2)), false);
    assert.equal(isOverdue(suggestion, addDays(t0, 4)), true, 'not accepted after 4 days');

    const acceptedAt = addDays(t0, 1);
    const accepted = step(suggestion, { type: 'accept' }, actors.dispatcher, acceptedAt);
    assert.equal(accepted.dueAt, addDays(acceptedAt, 15), 'acceptance starts the 15 handling days of the category');
    assert.equal(currentDeadline(accepted), accepted.dueAt);
    assert.equal(isOverdue(accepted, addDays(acceptedAt, 14)), false);
    assert.equal(isOverdue(accepted, addDays(acceptedAt, 16)), true);

    const assigned = step(accepted, { type: 'assign', departmentId: 'urban', coDepartmentIds: ['transport', 'urban'] }, actors.dispatcher, addDays(acceptedAt, 1));
    assert.equal(assigned.dueAt, accepted.dueAt, 'assignment keeps the deadline acceptance started');
    assert.deepEqual(assigned.coDepartmentIds, ['transport'], 'the lead is not also a co-handler');

    const replied = step(step(assigned, { type: 'start' }, actors.departmentA, addDays(acceptedAt, 2)), { type: 'reply', body: '已处理完毕，谢谢您的建议。', attachments: [] }, actors.departmentA, addDays(acceptedAt, 20));
    assert.equal(isOverdue(replied, addDays(acceptedAt, 30)), false, 'a replied suggestion is no longer waiting');
  });

  test('the dispatcher can set another due date; a reassignment after review starts a fresh period', () => {
    const accepted = step(newSuggestion().suggestion, { type: 'accept' }, actors.dispatcher, t0);
    const due = addDays(t0, 5);
    const assigned = step(accepted, { type: 'assign', departmentId: 'urban', coDepartmentIds: [], dueAt: due }, actors.dispatcher, t0);
    assert.equal(assigned.dueAt, due);

    const started = step(assigned, { type: 'start' }, actors.departmentA, addDays(t0, 1));
    const replied = step(started, { type: 'reply', body: '已处理完毕，谢谢您的建议。', attachments: [] }, actors.departmentA, addDays(t0, 2));
    const review = step(replied, { type: 'rate', rating: { satisfaction: 'unsatisfied', solved: false } }, actors.submitter, addDays(t0, 3));
    assert.equal(review.status, 'under_review');
    const reassigned = step(review, { type: 'assign', departmentId: 'transport', coDepartmentIds: [] }, actors.dispatcher, addDays(t0, 4));
    assert.equal(reassigned.dueAt, addDays(addDays(t0, 4), 15));
  });

  test('the system urges an overdue item, not again before urgeEveryDays, and never a punctual one', () => {
    const accepted = step(newSuggestion().suggestion, { type: 'accept' }, actors.dispatcher, t0);
    const assigned = step(accepted, { type: 'assign', departmentId: 'urban', coDepartmentIds: [] }, actors.dispatcher, t0);
    assert.deepEqual(systemActions(assigned, addDays(t0, 10)), []);
    const late = addDays(t0, 16);
    assert.deepEqual(systemActions(assigned, late), [{ type: 'urge' }]);
    const urged = step(assigned, { type: 'urge' }, systemActor, late);
    assert.equal(urged.urgeCount, 1);
    assert.deepEqual(systemActions(urged, addDays(late, 1)), [], 'urged yesterday');
    assert.deepEqual(systemActions(urged, addDays(late, defaultPolicy.urgeEveryDays)), [{ type: 'urge' }]);
  });

  test('the system closes a reply left unrated for autoCloseDays', () => {
    const accepted = step(newSuggestion().suggestion, { type: 'accept' }, actors.dispatcher, t0);
    const replied = step(accepted, { type: 'answer', kind: 'explanation', body: '该诉求与现行规划不符，暂无法实施，解释如下。' }, actors.dispatcher, t0);
    assert.deepEqual(systemActions(replied, addDays(t0, defaultPolicy.autoCloseDays - 1)), []);
    const [close] = systemActions(replied, addDays(t0, defaultPolicy.autoCloseDays));
    assert.deepEqual(close, { type: 'close' });
    const closed = step(replied, close!, systemActor, addDays(t0, defaultPolicy.autoCloseDays));
    assert.equal(closed.status, 'closed');
    assert.equal(closed.closedAt, addDays(t0, defaultPolicy.autoCloseDays));
    assert.deepEqual(systemActions({ ...replied, status: 'under_review' }, addDays(t0, 100)), [], 'a review waits for a person');
  });
});
