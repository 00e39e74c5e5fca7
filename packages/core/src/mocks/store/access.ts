/**
 * Who is asking, and what they may see. A staff token stands for one actor; an access
 * key makes its holder the submitter of that one suggestion; without either the caller
 * is the public.
 */
import type { Actor, Role } from '../../model/actor.js';
import type { Status, Suggestion } from '../../model/suggestion.js';
import { forbidden, MockProblem, unauthorized } from './problem.js';

/** What a request carries, taken from its headers by the handlers. */
export interface RequestContext {
  /** Accept-Language; zh-CN when absent. */
  locale?: string;
  /** The bearer token of a staff member. */
  token?: string;
  /** X-Access-Key: the submitter's key of the suggestion in the path. */
  accessKey?: string;
  /** X-Voter-Token: the anonymous voter of topics. */
  voterToken?: string;
  idempotencyKey?: string;
}

export const publicActor: Actor = { role: 'public', displayName: '市民' };
export const submitterActor: Actor = { role: 'submitter', displayName: '市民' };

/**
 * Statuses anyone may find in a list. New items are not triaged yet (they may hold what
 * should never be published), rejected ones are refused and merged ones are shown
 * through the item they were merged into; each is still visible by its tracking code.
 */
export const listedStatuses: readonly Status[] = ['accepted', 'assigned', 'in_progress', 'replied', 'under_review', 'closed'];

/** Roles that see every suggestion in full. */
const overseers: readonly Role[] = ['dispatcher', 'supervisor', 'admin'];

/** The staff actor of the token, none without a token; an unknown token is refused, not ignored. */
export function staffActor(tokens: ReadonlyMap<string, Actor>, context: RequestContext): Actor | undefined {
  if (!context.token) return undefined;
  const actor = tokens.get(context.token);
  if (!actor) throw unauthorized();
  return actor;
}

export function requireRole(tokens: ReadonlyMap<string, Actor>, context: RequestContext, roles: readonly Role[]): Actor {
  const actor = staffActor(tokens, context);
  if (!actor) throw unauthorized();
  if (!roles.includes(actor.role)) throw forbidden();
  return actor;
}

/**
 * The actor for a request about one suggestion. A matching access key wins over a token
 * (the caller asked as the submitter); a wrong key is refused rather than quietly showing
 * the public view, so a widget with a stale key says so.
 */
export function actorFor(accessKey: string, tokens: ReadonlyMap<string, Actor>, context: RequestContext): Actor {
  if (context.accessKey !== undefined) {
    if (context.accessKey !== accessKey) throw new MockProblem(403, 'invalid_access_key', 'invalidAccessKey');
    return submitterActor;
  }
  return staffActor(tokens, context) ?? publicActor;
}

/** Whether `actor` gets the full view: the submitter, overseers, the departments handling it, the member who submitted or claimed it. */
export function seesFull(suggestion: Suggestion, actor: Actor): boolean {
  if (actor.role === 'submitter' || overseers.includes(actor.role)) return true;
  if (actor.role === 'department') {
    return actor.departmentId !== undefined && (suggestion.departmentId === actor.departmentId || suggestion.coDepartmentIds.includes(actor.departmentId));
  }
  if (actor.role === 'member') {
    return actor.memberId !== undefined && (suggestion.submittedBy.memberId === actor.memberId || suggestion.claimedBy?.memberId === actor.memberId);
  }
  return false;
}

/** The credential a request acts under, so one caller's idempotency keys never answer another's. */
export function credentialOf(context: RequestContext): string {
  return context.accessKey ? `key:${context.accessKey}` : context.token ? `token:${context.token}` : 'public';
}
