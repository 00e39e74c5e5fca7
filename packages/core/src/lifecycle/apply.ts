import { addServerMessages } from '../i18n/messages.server.js';
import type { Action, ActionType } from '../model/action.js';
import { actionTypes } from '../model/action.js';
import type { Actor } from '../model/actor.js';
import type { Attachment } from '../model/attachment.js';
import type { SuggestionEvent } from '../model/event.js';
import type { Status, Suggestion, ValidSuggestionInput } from '../model/suggestion.js';
import type { TransitionError } from './errors.js';
import { addDays, defaultPolicy, type LifecyclePolicy } from './policy.js';
import { rules, targets } from './table.js';

export type ApplyResult =
  | { ok: true; suggestion: Suggestion; event: SuggestionEvent }
  | { ok: false; error: TransitionError };

/** The actions `actor` may take on `suggestion` now, in table order. */
export function allowedActions(suggestion: Suggestion, actor: Actor): ActionType[] {
  return actionTypes.filter((type) => {
    const rule = rules[type];
    return (
      rule.from.includes(suggestion.status) &&
      rule.roles.includes(actor.role) &&
      (rule.guard === undefined || rule.guard(suggestion, actor))
    );
  });
}

export interface SubmitContext {
  /** The tracking code to use (see `generateTrackingCode`). */
  id: string;
  actor: Actor;
  now: string;
  /** Handling days of the chosen category. */
  handlingDays: number;
  /** The uploaded attachments the input refers to, already checked by the caller. */
  attachments?: Attachment[];
  policy?: LifecyclePolicy;
}

/** A new suggestion from validated input, and its `submit` event. */
export function submit(input: ValidSuggestionInput, context: SubmitContext): { suggestion: Suggestion; event: SuggestionEvent } {
  const { id, actor, now, handlingDays, attachments = [], policy = defaultPolicy } = context;
  const suggestion: Suggestion = {
    id,
    kind: input.kind,
    channel: input.channel,
    categoryId: input.categoryId,
    title: input.title,
    body: input.body,
    ...(input.location && { location: input.location }),
    attachments,
    ...(input.contact && !input.anonymous && { contact: dropEmpty(input.contact) }),
    anonymous: input.anonymous,
    ...(input.workstationId && { workstationId: input.workstationId }),
    ...(input.topicId && { topicId: input.topicId }),
    ...(input.externalRef && { externalRef: input.externalRef }),
    status: 'submitted',
    coDepartmentIds: [],
    handlingDays,
    acceptDueAt: addDays(now, policy.acceptDays),
    supervised: false,
    adopted: false,
    featured: false,
    urgeCount: 0,
    replies: [],
    internalNotes: [],
    submittedBy: {
      role: actor.role,
      displayName: actor.displayName,
      ...(actor.memberId && { memberId: actor.memberId }),
    },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const event: SuggestionEvent = {
    seq: 1,
    type: 'submit',
    at: now,
    actor,
    data: { suggestion: structuredClone(suggestion) },
  };
  return { suggestion, event };
}

function dropEmpty<T extends Record<string, string | undefined>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value)) as T;
}

/**
 * The next state of `suggestion` after `actor` takes `action` at `now`, with the event
 * to append; or why it cannot be done. Pure: the caller stores the result.
 */
export function apply(suggestion: Suggestion, action: Action, actor: Actor, now: string): ApplyResult {
  const allowed = allowedActions(suggestion, actor);
  if (!allowed.includes(action.type)) {
    return {
      ok: false,
      error: { code: 'action_not_allowed', action: action.type, status: suggestion.status, role: actor.role, allowed },
    };
  }
  addServerMessages(); // the texts of the refusals below, for `message` in a browser
  if (action.type === 'merge' && action.into === suggestion.id) {
    return { ok: false, error: { code: 'invalid_action', action: 'merge', field: 'into', messageKey: 'mergeIntoSelf' } };
  }
  if (action.type === 'assign' && action.dueAt !== undefined && Date.parse(action.dueAt) <= Date.parse(now)) {
    return { ok: false, error: { code: 'invalid_action', action: 'assign', field: 'dueAt', messageKey: 'dueInPast' } };
  }

  const next: Suggestion = structuredClone(suggestion);
  next.version = suggestion.version + 1;
  next.updatedAt = now;
  if (action.internalNote) next.internalNotes.push({ at: now, by: actor.displayName, text: action.internalNote });
  next.status = nextStatus(suggestion.status, action);
  applyEffects(next, suggestion, action, actor, now);
  if ((next.status === 'closed' || next.status === 'rejected' || next.status === 'merged') && suggestion.status !== next.status) {
    next.closedAt = now;
  }

  const { type, note, internalNote, ...data } = action;
  const event: SuggestionEvent = {
    seq: next.version,
    type,
    at: now,
    actor,
    ...(note && { note }),
    ...(internalNote && { internalNote }),
    ...(Object.keys(data).length > 0 && { data: structuredClone(data) }),
  };
  return { ok: true, suggestion: next, event };
}

function nextStatus(current: Status, action: Action): Status {
  if (action.type === 'rate') {
    const content = action.rating.satisfaction !== 'unsatisfied' && action.rating.solved;
    return content ? 'closed' : 'under_review';
  }
  const target = targets[action.type];
  return target === 'same' ? current : target;
}

function applyEffects(next: Suggestion, before: Suggestion, action: Action, actor: Actor, now: string): void {
  switch (action.type) {
    case 'accept':
      next.dueAt = addDays(now, before.handlingDays);
      break;
    case 'reject':
      next.rejectionReason = action.reason;
      break;
    case 'merge':
      next.mergedInto = action.into;
      break;
    case 'answer':
      next.replies.push({ kind: action.kind, body: action.body, at: now, by: actor.displayName, attachments: [] });
      next.repliedAt = now;
      break;
    case 'assign':
      next.departmentId = action.departmentId;
      next.coDepartmentIds = [...new Set(action.coDepartmentIds.filter((id) => id !== action.departmentId))];
      // A reassignment after review starts a fresh handling period; a first one keeps
      // the deadline that acceptance started unless the dispatcher sets another.
      next.dueAt =
        action.dueAt ??
        (before.status === 'under_review' || before.dueAt === undefined ? addDays(now, before.handlingDays) : before.dueAt);
      break;
    case 'claim':
      next.claimedBy = { memberId: actor.memberId as string, displayName: actor.displayName };
      break;
    case 'return':
      delete next.departmentId;
      next.coDepartmentIds = [];
      break;
    case 'reply':
      next.replies.push({
        kind: 'handled',
        body: action.body,
        at: now,
        by: actor.displayName,
        ...(actor.departmentId && { departmentId: actor.departmentId }),
        attachments: action.attachments,
      });
      next.repliedAt = now;
      break;
    case 'rate':
      next.rating = { ...action.rating, solved: action.rating.solved, at: now };
      break;
    case 'urge':
      next.urgeCount = before.urgeCount + 1;
      next.lastUrgedAt = now;
      break;
    case 'supervise':
      next.supervised = true;
      break;
    case 'adopt':
      next.adopted = true;
      break;
    case 'feature':
      next.featured = true;
      break;
    case 'start':
    case 'close':
      break;
  }
}
