import type { Status } from '@jianyi/core';

/** The six steps of the closed loop a citizen sees: 提交→受理→交办→办理→答复→评价. */
export const loopSteps = ['submit', 'accept', 'assign', 'handle', 'reply', 'rate'] as const;
export type LoopStep = (typeof loopSteps)[number];

export interface Step {
  step: LoopStep;
  /** `stopped` marks where a rejected or merged suggestion left the loop. */
  state: 'done' | 'current' | 'todo' | 'skipped' | 'stopped';
  /** The step the suggestion is at now (`aria-current="step"`). */
  current: boolean;
}

/**
 * The step each status waits at (index into `loopSteps`): 待受理 waits at 受理, 已答复
 * waits for the citizen's 评价. A closed suggestion waits for nothing.
 */
const waitingAt: Record<Status, number> = {
  submitted: 1,
  accepted: 2,
  assigned: 3,
  in_progress: 3,
  replied: 5,
  under_review: 5,
  closed: 5,
  rejected: 1,
  merged: 1,
};

/**
 * The step indicator of a suggestion from its status and timeline. Steps it went past
 * without taking them (a dispatcher's direct answer needs no department; an unrated reply
 * closes by itself) show as skipped, not as done; a rejected or merged suggestion ends
 * with one `stopped` step where it left the loop.
 */
export function progressOf(
  suggestion: { status: Status; rating?: unknown },
  events: readonly { type: string }[],
): Step[] {
  const status = suggestion.status;
  const taken = new Set(events.map((event) => event.type));
  if (status === 'rejected' || status === 'merged') {
    // Merged after acceptance: 受理 was done, and the loop stopped at 交办.
    const stop = status === 'merged' && taken.has('accept') ? 2 : 1;
    const steps: Step[] = loopSteps.slice(0, stop).map((step) => ({ step, state: 'done', current: false }));
    steps.push({ step: loopSteps[stop]!, state: 'stopped', current: true });
    return steps;
  }
  const at = waitingAt[status];
  const finished = status === 'closed';
  return loopSteps.map((step, index): Step => {
    const current = index === at;
    if (index > at) return { step, state: 'todo', current };
    if (current && !finished) return { step, state: 'current', current };
    const skipped =
      (step === 'assign' && !taken.has('assign')) ||
      (step === 'handle' && !taken.has('start')) ||
      (step === 'rate' && suggestion.rating === undefined);
    return { step, state: skipped ? 'skipped' : 'done', current };
  });
}
