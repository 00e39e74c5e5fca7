/**
 * The suggestion endpoints over the in-memory state. Every transition goes through core's
 * `submit` and `apply`; this file only decides who is asking and what they may see.
 */
import { message } from '../../i18n/messages.js';
import { term } from '../../i18n/terms.js';
import { generateAccessKey, generateId, generateTrackingCode } from '../../ids.js';
import { allowedActions, apply, submit } from '../../lifecycle/apply.js';
import { isOverdue } from '../../lifecycle/deadlines.js';
import type { TransitionError } from '../../lifecycle/errors.js';
import { ActionSchema, BulkAssignInputSchema, type Action } from '../../model/action.js';
import type { Actor } from '../../model/actor.js';
import type { Attachment } from '../../model/attachment.js';
import type { Page } from '../../model/page.js';
import { RatingInputSchema } from '../../model/rating.js';
import { SuggestionQuerySchema, type CreatedSuggestion, type SuggestionDetail } from '../../model/suggestion-detail.js';
import { SuggestionInputSchema, type PublicSuggestion, type Suggestion } from '../../model/suggestion.js';
import { looksAutomated } from '../../model/bot-trap.js';
import { suggestionDetail } from '../../privacy/detail.js';
import { toPublic } from '../../privacy/to-public.js';
import type { BulkAssignResult } from '../../model/action.js';
import {
  actorFor,
  credentialOf,
  listedStatuses,
  publicActor,
  requireRole,
  seesFull,
  staffActor,
  submitterActor,
  type RequestContext,
} from './access.js';
import { toAttachment } from './attachments.js';
import { pageOf } from './paging.js';
import { localeOf, parseInput } from './parse.js';
import { fieldProblem, forbidden, MockProblem, notFound, unauthorized } from './problem.js';
import type { MockState, StoredSuggestion } from './state.js';

/** The detail as `actor` sees it, with the actions the lifecycle allows them now. */
export function detailFor(record: StoredSuggestion, actor: Actor): SuggestionDetail {
  return suggestionDetail(record.suggestion, record.events, { full: seesFull(record.suggestion, actor), acting: actor });
}

function find(state: MockState, id: string): StoredSuggestion {
  const record = state.suggestions.get(id);
  if (!record) throw notFound();
  return record;
}

function transitionProblem(error: TransitionError, locale: string): MockProblem {
  if (error.code === 'invalid_action') return fieldProblem(error.field, error.messageKey, locale);
  return new MockProblem(409, 'action_not_allowed', 'actionNotAllowed', {
    params: { action: term('action', error.action, locale), status: term('status', error.status, locale) },
    allowedActions: error.allowed,
  });
}

/** Ids an action refers to must exist, or the timeline would point at nothing. */
function checkReferences(state: MockState, action: Action, locale: string): void {
  const department = (id: string) => state.departments.some((candidate) => candidate.id === id);
  if (action.type === 'assign') {
    if (!department(action.departmentId)) throw fieldProblem('departmentId', 'unknownReference', locale);
    if (!action.coDepartmentIds.every(department)) throw fieldProblem('coDepartmentIds', 'unknownReference', locale);
  }
  if (action.type === 'merge' && !state.suggestions.has(action.into)) throw fieldProblem('into', 'unknownReference', locale);
}

/** Applies `action` through the lifecycle and keeps the result; throws the problem otherwise. */
function transition(state: MockState, record: StoredSuggestion, action: Action, actor: Actor, locale: string): void {
  const result = apply(record.suggestion, action, actor, state.now());
  if (!result.ok) throw transitionProblem(result.error, locale);
  checkReferences(state, action, locale);
  record.suggestion = result.suggestion;
  record.events.push(result.event);
}

export function createSuggestion(state: MockState, body: unknown, context: RequestContext): CreatedSuggestion {
  const locale = localeOf(context);
  const actor = staffActor(state.tokens, context) ?? publicActor;
  return state.idempotency.run(`create-suggestion|${credentialOf(context)}`, context.idempotencyKey, body, () => {
    const input = parseInput(SuggestionInputSchema, body, locale);
    const category = state.categories.find((candidate) => candidate.id === input.categoryId);
    if (!category) throw fieldProblem('categoryId', 'unknownReference', locale);
    if (input.workstationId && !state.workstations.some((ws) => ws.id === input.workstationId)) {
      throw fieldProblem('workstationId', 'unknownReference', locale);
    }
    if (input.topicId && !state.topics.has(input.topicId)) throw fieldProblem('topicId', 'unknownReference', locale);
    const attachments = input.attachmentIds.map((id) => state.attachments.get(id));
    if (attachments.some((attachment) => attachment === undefined)) throw fieldProblem('attachmentIds', 'unknownReference', locale);

    let id = generateTrackingCode();
    while (state.suggestions.has(id)) id = generateTrackingCode();
    const { suggestion, event } = submit(input, {
      id,
      actor,
      now: state.now(),
      handlingDays: category.handlingDays,
      attachments: attachments as Attachment[],
    });
    for (const attachmentId of input.attachmentIds) state.attachments.delete(attachmentId);
    const record: StoredSuggestion = { suggestion, events: [event], accessKey: generateAccessKey() };
    // A bot gets the same answer as a person; only a person's suggestion is kept.
    if (!looksAutomated(input)) state.suggestions.set(id, record);
    return { ...(detailFor(record, submitterActor) as Extract<SuggestionDetail, { view: 'full' }>), accessKey: record.accessKey };
  });
}

export function getSuggestion(state: MockState, id: string, context: RequestContext): SuggestionDetail {
  const record = find(state, id);
  return detailFor(record, actorFor(record.accessKey, state.tokens, context));
}

/**
 * A page newest first. Overseers see everything in full; a department sees only what it
 * handles; everyone else sees, besides their own items in full, the published statuses
 * masked. A text search runs over what the caller is shown, so it cannot find masked digits.
 */
export function listSuggestions(state: MockState, query: unknown, context: RequestContext): Page<Suggestion | PublicSuggestion> {
  const locale = localeOf(context);
  const q = parseInput(SuggestionQuerySchema, query, locale);
  const viewer = staffActor(state.tokens, context) ?? publicActor;
  const now = state.now();
  const from = q.from ? Date.parse(q.from) : -Infinity;
  const to = q.to ? Date.parse(q.to) : Infinity;
  const words = q.q?.toLowerCase();
  const shown: (Suggestion | PublicSuggestion)[] = [];
  for (const { suggestion } of state.suggestions.values()) {
    const full = seesFull(suggestion, viewer);
    if (!full && (viewer.role === 'department' || !listedStatuses.includes(suggestion.status))) continue;
    if (q.status && suggestion.status !== q.status) continue;
    if (q.categoryId && suggestion.categoryId !== q.categoryId) continue;
    if (q.departmentId && suggestion.departmentId !== q.departmentId) continue;
    if (q.channel && suggestion.channel !== q.channel) continue;
    if (q.workstationId && suggestion.workstationId !== q.workstationId) continue;
    if (q.topicId && suggestion.topicId !== q.topicId) continue;
    const created = Date.parse(suggestion.createdAt);
    if (created < from || created >= to) continue;
    if (q.overdue !== undefined && isOverdue(suggestion, now) !== q.overdue) continue;
    const item = full ? structuredClone(suggestion) : toPublic(suggestion);
    if (words && !`${item.title}\n${item.body}`.toLowerCase().includes(words)) continue;
    shown.push(item);
  }
  return pageOf(shown, (item) => ({ at: item.createdAt, id: item.id }), q, locale);
}

function actingActor(record: StoredSuggestion, state: MockState, context: RequestContext): Actor {
  const actor = actorFor(record.accessKey, state.tokens, context);
  // Without any credential there is no one to hold to the lifecycle's answer.
  if (actor.role === 'public') throw unauthorized();
  return actor;
}

export function act(state: MockState, id: string, body: unknown, context: RequestContext): SuggestionDetail {
  const locale = localeOf(context);
  const record = find(state, id);
  const actor = actingActor(record, state, context);
  return state.idempotency.run(`act|${id}|${credentialOf(context)}`, context.idempotencyKey, body, () => {
    transition(state, record, parseInput(ActionSchema, body, locale), actor, locale);
    return detailFor(record, actor);
  });
}

/** The submitter's rating; only the access key of this suggestion may give it. */
export function rate(state: MockState, id: string, body: unknown, context: RequestContext): SuggestionDetail {
  const locale = localeOf(context);
  const record = find(state, id);
  const actor = actingActor(record, state, context);
  if (actor.role !== 'submitter') throw forbidden();
  return state.idempotency.run(`rate|${id}|${credentialOf(context)}`, context.idempotencyKey, body, () => {
    const rating = parseInput(RatingInputSchema, body, locale);
    transition(state, record, { type: 'rate', rating }, actor, locale);
    return detailFor(record, actor);
  });
}

/** 打包整理、集中交办: one assignment for many; each suggestion succeeds or fails on its own. */
export function bulkAssign(state: MockState, body: unknown, context: RequestContext): BulkAssignResult {
  const locale = localeOf(context);
  const actor = requireRole(state.tokens, context, ['dispatcher']);
  return state.idempotency.run(`bulk-assign|${credentialOf(context)}`, context.idempotencyKey, body, () => {
    const input = parseInput(BulkAssignInputSchema, body, locale);
    const action = parseInput(
      ActionSchema,
      {
        type: 'assign',
        departmentId: input.departmentId,
        coDepartmentIds: input.coDepartmentIds,
        ...(input.dueAt && { dueAt: input.dueAt }),
        ...(input.note && { note: input.note }),
      },
      locale,
    );
    checkReferences(state, action, locale);
    const results: BulkAssignResult['results'] = [];
    for (const id of input.ids) {
      const record = state.suggestions.get(id);
      if (!record) {
        results.push({ id, ok: false, code: 'not_found', detail: message('notFound', locale) });
        continue;
      }
      try {
        transition(state, record, action, actor, locale);
        results.push({ id, ok: true });
      } catch (error) {
        if (!(error instanceof MockProblem)) throw error;
        const problem = error.toProblem(locale);
        results.push({ id, ok: false, code: problem.code, detail: problem.title });
      }
    }
    return { results };
  });
}

/** Anyone may upload a photo before submitting; an unknown token is still refused. */
export function uploadAttachment(state: MockState, bytes: Uint8Array, context: RequestContext): Attachment {
  staffActor(state.tokens, context);
  const attachment = toAttachment(bytes, generateId('att'), localeOf(context));
  state.attachments.set(attachment.id, attachment);
  return attachment;
}
