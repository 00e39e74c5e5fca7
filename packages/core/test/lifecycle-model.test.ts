// Random histories: whatever sequence of actions people try, the suggestion only moves
// along the table, every state can be reached, and the events replay to the same result.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { allowedActions, apply } from '../src/lifecycle/apply.js';
import { replay } from '../src/lifecycle/replay.js';
import { rules, targets } from '../src/lifecycle/table.js';
import { actionTypes, type Action, type ActionType } from '../src/model/action.js';
import type { Actor } from '../src/model/actor.js';
import type { SuggestionEvent } from '../src/model/event.js';
import type { Status, Suggestion } from '../src/model/suggestion.js';
import { statuses } from '../src/model/vocabulary.js';
import { actors, newSuggestion, t0 } from './support/fixtures.js';

const everyone: Actor[] = Object.values(actors);

/** Payloads for each action type, varied where the content matters (kinds, ratings, targets). */
const payloads: { [T in ActionType]: fc.Arbitrary<Extract<Action, { type: T }>> } = {
  accept: fc.constant({ type: 'accept' }),
  reject: fc.constant({ type: 'reject', reason: '不属于受理范围' }),
  merge: fc.constantFrom('JYOTHER00001', 'JYTEST000001').map((into) => ({ type: 'merge', into })),
  answer: fc
    .constantFrom('explanation', 'direct-answer', 'consulted-answer' as const)
    .map((kind) => ({ type: 'answer', kind, body: '经核实，该事项已纳入计划，请耐心等待。' })),
  assign: fc.constantFrom('urban', 'transport').map((departmentId) => ({ type: 'assign', departmentId, coDepartmentIds: [] })),
  claim: fc.constant({ type: 'claim' }),
  return: fc.constant({ type: 'return', reason: '不属于本单位职责' }),
  start: fc.constant({ type: 'start' }),
  reply: fc.constant({ type: 'reply', body: '已经处理完毕，感谢您的建议。', attachments: [] }),
  rate: fc
    .record({ satisfaction: fc.constantFrom('satisfied', 'basically-satisfied', 'unsatisfied' as const), solved: fc.boolean() })
    .map((rating) => ({ type: 'rate', rating })),
  close: fc.constant({ type: 'close' }),
  urge: fc.constant({ type: 'urge' }),
  supervise: fc.constant({ type: 'supervise' }),
  adopt: fc.constant({ type: 'adopt' }),
  feature: fc.constant({ type: 'feature' }),
};
const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(...Object.values(payloads));

interface StepShape {
  legal: boolean;
  pick: number;
  actor: Actor;
  action: Action;
  payloads: { [T in ActionType]: Extract<Action, { type: T }> };
  minutesLater: number;
}

// Four steps in five take a legal action (so histories get deep), the rest anything at all.
const stepArbitrary = fc.record({
  legal: fc.nat(4).map((n) => n > 0),
  pick: fc.noBias(fc.nat(9999)),
  actor: fc.constantFrom(...everyone),
  action: actionArbitrary,
  payloads: fc.record(payloads),
  minutesLater: fc.integer({ min: 1, max: 60 * 24 * 20 }),
});

function chooseStep(suggestion: Suggestion, step: StepShape): { actor: Actor; action: Action } {
  if (!step.legal) return step;
  // Moves that end the loop (reject, merge) are weighted down so most histories go deep.
  const candidates = everyone.flatMap((actor) =>
    allowedActions(suggestion, actor).flatMap((type) =>
      Array<{ actor: Actor; type: ActionType }>(type === 'reject' || type === 'merge' ? 1 : 4).fill({ actor, type }),
    ),
  );
  if (candidates.length === 0) return step;
  const { actor, type } = candidates[step.pick % candidates.length]!;
  return { actor, action: step.payloads[type] };
}

function expectedStatus(before: Status, action: Action): Status {
  if (action.type === 'rate') return action.rating.satisfaction !== 'unsatisfied' && action.rating.solved ? 'closed' : 'under_review';
  const target = targets[action.type];
  return target === 'same' ? before : target;
}

describe('lifecycle under random histories', () => {
  test('only legal moves happen, refusals list what is legal, and events replay to the same suggestion', () => {
    const reached = new Set<string>();
    const reachedStatuses = new Set<Status>(['submitted']);
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 10, maxLength: 40 }), (steps) => {
        let { suggestion, event } = newSuggestion();
        const events: SuggestionEvent[] = [event];
        let at = Date.parse(t0);
        for (const generated of steps) {
          const step = chooseStep(suggestion, generated);
          at += generated.minutesLater * 60_000;
          const now = new Date(at).toISOString();
          const legalBefore = allowedActions(suggestion, step.actor);
          const result = apply(suggestion, step.action, step.actor, now);
          if (result.ok) {
            assert.ok(legalBefore.includes(step.action.type));
            assert.ok(rules[step.action.type].from.includes(suggestion.status), 'moved from a state the table allows');
            assert.equal(result.suggestion.status, expectedStatus(suggestion.status, step.action));
            assert.equal(result.suggestion.version, suggestion.version + 1);
            suggestion = result.suggestion;
            events.push(result.event);
            reachedStatuses.add(suggestion.status);
          } else if (result.error.code === 'action_not_allowed') {
            assert.ok(!legalBefore.includes(step.action.type));
            assert.deepEqual(result.error.allowed, legalBefore);
          } else {
            assert.equal(result.error.code, 'invalid_action');
          }
          assert.ok(statuses.includes(suggestion.status));
          if (suggestion.status === 'rejected' || suggestion.status === 'merged') {
            assert.deepEqual(everyone.flatMap((actor) => allowedActions(suggestion, actor)), [], 'terminal states allow nothing');
          }
        }
        assert.deepEqual(replay(events), suggestion);
        for (const event of events) reached.add(event.type);
      }),
      { numRuns: 500 },
    );
    // The histories were deep enough to exercise the whole table.
    assert.deepEqual([...reached].sort(), ['submit', ...actionTypes].sort());
    assert.deepEqual([...reachedStatuses].sort(), [...statuses].sort());
  });

  test('every state is reachable from submitted', () => {
    const samples = fc.sample(actionArbitrary, { numRuns: 2000, seed: 7 });
    const seen = new Set<Status>(['submitted']);
    let frontier: Suggestion[] = [newSuggestion().suggestion];
    const now = '2026-03-10T00:00:00.000Z';
    while (frontier.length > 0) {
      const next: Suggestion[] = [];
      for (const suggestion of frontier) {
        for (const actor of everyone) {
          for (const type of allowedActions(suggestion, actor)) {
            for (const action of samples.filter((sample) => sample.type === type)) {
              const result = apply(suggestion, action, actor, now);
              if (result.ok && !seen.has(result.suggestion.status)) {
                seen.add(result.suggestion.status);
                next.push(result.suggestion);
              }
            }
          }
        }
      }
      frontier = next;
    }
    assert.deepEqual([...seen].sort(), [...statuses].sort());
    assert.equal(actionTypes.length, Object.keys(rules).length);
  });

  test('replay refuses a timeline that was not produced by the lifecycle', () => {
    const { event } = newSuggestion();
    const forged: SuggestionEvent = { seq: 2, type: 'start', at: t0, actor: actors.departmentA };
    assert.throws(() => replay([event, forged]), /not legal after submitted/);
    assert.throws(() => replay([forged]), /starts with a submit/);
  });
});
