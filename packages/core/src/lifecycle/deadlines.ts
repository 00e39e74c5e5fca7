import type { Action } from '../model/action.js';
import type { Actor } from '../model/actor.js';
import type { Suggestion } from '../model/suggestion.js';
import { dayMs, defaultPolicy, type LifecyclePolicy } from './policy.js';

export const systemActor: Actor = { role: 'system', displayName: '系统' };

/** The deadline the suggestion is measured against now, if any. */
export function currentDeadline(suggestion: Pick<Suggestion, 'status' | 'acceptDueAt' | 'dueAt'>): string | undefined {
  switch (suggestion.status) {
    case 'submitted':
      return suggestion.acceptDueAt;
    case 'accepted':
    case 'assigned':
    case 'in_progress':
      return suggestion.dueAt;
    default:
      return undefined;
  }
}

/** Past its acceptance or handling deadline and still waiting. */
export function isOverdue(suggestion: Pick<Suggestion, 'status' | 'acceptDueAt' | 'dueAt'>, now: string): boolean {
  const deadline = currentDeadline(suggestion);
  return deadline !== undefined && Date.parse(now) > Date.parse(deadline);
}

/**
 * What the scheduled system job should do to this suggestion at `now`: urge an overdue
 * item (again every `urgeEveryDays`), or close one replied and left unrated for
 * `autoCloseDays`. At most one action; none when nothing is due.
 */
export function systemActions(suggestion: Suggestion, now: string, policy: LifecyclePolicy = defaultPolicy): Action[] {
  const nowMs = Date.parse(now);
  if (suggestion.status === 'replied' && suggestion.repliedAt !== undefined) {
    if (nowMs - Date.parse(suggestion.repliedAt) >= policy.autoCloseDays * dayMs) return [{ type: 'close' }];
    return [];
  }
  if ((suggestion.status === 'assigned' || suggestion.status === 'in_progress') && isOverdue(suggestion, now)) {
    const last = suggestion.lastUrgedAt === undefined ? undefined : Date.parse(suggestion.lastUrgedAt);
    if (last === undefined || nowMs - last >= policy.urgeEveryDays * dayMs) return [{ type: 'urge' }];
  }
  return [];
}
