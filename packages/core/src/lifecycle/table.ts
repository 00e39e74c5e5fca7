/**
 * The lifecycle table of DESIGN.md as data: for each action, the states it may start
 * from and the roles that may take it, plus the few guards that depend on the actor or
 * on flags (only the lead department acts on its items; a flag is set once).
 */
import type { ActionType } from '../model/action.js';
import type { Actor, Role } from '../model/actor.js';
import type { Status, Suggestion } from '../model/suggestion.js';

export interface Rule {
  from: readonly Status[];
  roles: readonly Role[];
  guard?: (suggestion: Suggestion, actor: Actor) => boolean;
}

/** Every state a suggestion can still move from. */
export const openStatuses: readonly Status[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'replied', 'under_review'];

const leadDepartment = (s: Suggestion, actor: Actor) =>
  actor.departmentId !== undefined && actor.departmentId === s.departmentId;

export const rules: Record<ActionType, Rule> = {
  accept: { from: ['submitted'], roles: ['dispatcher'] },
  reject: { from: ['submitted'], roles: ['dispatcher'] },
  merge: { from: ['submitted', 'accepted'], roles: ['dispatcher'] },
  answer: { from: ['accepted'], roles: ['dispatcher'] },
  assign: { from: ['accepted', 'under_review'], roles: ['dispatcher'] },
  claim: {
    from: ['accepted'],
    roles: ['member'],
    guard: (s, actor) => actor.memberId !== undefined && s.claimedBy === undefined,
  },
  return: { from: ['assigned'], roles: ['department'], guard: leadDepartment },
  start: { from: ['assigned'], roles: ['department'], guard: leadDepartment },
  reply: { from: ['in_progress'], roles: ['department'], guard: leadDepartment },
  rate: { from: ['replied'], roles: ['submitter'] },
  close: {
    from: ['replied', 'under_review'],
    roles: ['dispatcher', 'supervisor', 'system'],
    // The system only closes what was replied and left unrated; a review needs a person.
    guard: (s, actor) => actor.role !== 'system' || s.status === 'replied',
  },
  urge: { from: ['assigned', 'in_progress'], roles: ['supervisor', 'system'] },
  supervise: { from: openStatuses, roles: ['supervisor'], guard: (s) => !s.supervised },
  adopt: { from: ['closed'], roles: ['dispatcher'], guard: (s) => !s.adopted },
  feature: { from: ['closed'], roles: ['dispatcher'], guard: (s) => !s.featured },
};

/** The state an action leads to (rate depends on the rating, see `apply`). */
export const targets: Record<Exclude<ActionType, 'rate'>, Status | 'same'> = {
  accept: 'accepted',
  reject: 'rejected',
  merge: 'merged',
  answer: 'replied',
  assign: 'assigned',
  claim: 'same',
  return: 'accepted',
  start: 'in_progress',
  reply: 'replied',
  close: 'closed',
  urge: 'same',
  supervise: 'same',
  adopt: 'same',
  feature: 'same',
};
