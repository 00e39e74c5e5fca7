import type { Actor, Suggestion } from '@jianyi/core';
import { submitterActor } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { secretMatches } from './secrets.js';

/**
 * Who sees a suggestion in full and as whom they act on it: its submitter (by access
 * key), the dispatchers, supervisors and admins, the departments handling it, and the
 * member who submitted or claimed it. Everyone else gets the masked public view.
 */
export function viewerOf(actor: Actor, suggestion: Suggestion, accessKeyHash: string, accessKey: string | undefined) {
  if (accessKey) {
    // A key that does not fit is refused rather than quietly shown the public view, so a
    // citizen with a mistyped or stale key learns it at once.
    checkAccessKey(accessKey, accessKeyHash);
    // A staff token and the access key together act as staff; the key alone as the submitter.
    return { full: true, acting: actor.role === 'public' ? submitterActor : actor };
  }
  return { full: seesInFull(actor, suggestion), acting: actor };
}

/** Refuses an access key that does not fit the suggestion's. */
export function checkAccessKey(accessKey: string, accessKeyHash: string) {
  if (!secretMatches(accessKey, accessKeyHash)) throw new ProblemError(403, 'invalid_access_key', 'invalidAccessKey');
}

function seesInFull(actor: Actor, suggestion: Suggestion): boolean {
  switch (actor.role) {
    case 'dispatcher':
    case 'supervisor':
    case 'admin':
      return true;
    case 'department':
      return actor.departmentId !== undefined && (suggestion.departmentId === actor.departmentId || suggestion.coDepartmentIds.includes(actor.departmentId));
    case 'member':
      return actor.memberId !== undefined && (suggestion.submittedBy.memberId === actor.memberId || suggestion.claimedBy?.memberId === actor.memberId);
    default:
      return false;
  }
}

/** Roles that see every suggestion, in full, in lists. */
export const fullListRoles = new Set(['dispatcher', 'supervisor', 'admin']);

/** The states the public may list: triaged and not thrown out. */
export const publishedStatuses = ['accepted', 'assigned', 'in_progress', 'replied', 'under_review', 'closed'] as const;

