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
 * The step an open status waits at (index into `loopSteps`): 待受理 waits at 受理. Any
 * other waits at 评价 (已答复 waits for the citizen's rating; a closed one waits for nothing).
 */
const waitingAt: Partial<Record<Status, number>> = { submitted: 1, accepted: 2, assigned: 3, in_progress: 3 };

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
  const stopped = status === 'rejected' || status === 'merged';
  // A stopped suggestion left at 受理, or at 交办 when it was merged after acceptance.
  const at = stopped ? (status === 'merged' && taken.has('accept') ? 2 : 1) : (waitingAt[status] ?? 5);
  return loopSteps.slice(0, stopped ? at + 1 : undefined).map((step, index): Step => {
    const current = index === at;
    const skipped =
      (step === 'assign' && !taken.has('assign')) ||
      (step === 'handle' && !taken.has('start')) ||
      (step === 'rate' && suggestion.rating === undefined);
    return {
      step,
      current,
      state: current && stopped ? 'stopped' : index > at ? 'todo' : current && status !== 'closed' ? 'current' : skipped ? 'skipped' : 'done',
    };
  });
}
