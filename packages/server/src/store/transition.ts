import { apply, message, term, type Action, type Actor, type Suggestion, type SuggestionEvent } from '@jianyi/core';
import type { Transaction } from 'kysely';
import { notFound, ProblemError } from '../http/problem.js';
import { findRecord } from './records.js';
import type { Database } from './schema.js';
import { findSuggestion, saveTransition } from './suggestions.js';

/**
 * Takes one lifecycle action through core's `apply` and stores it. When another request
 * changed the suggestion first, the action is judged again against the new state: two
 * urges both count, but an assign that lost to a reject is refused with 409.
 */
export async function transition(
  trx: Transaction<Database>,
  id: string,
  action: Action,
  actor: Actor,
  now: string,
  locale: string,
): Promise<{ suggestion: Suggestion; event: SuggestionEvent; accessKeyHash: string }> {
  await checkReferences(trx, action, locale);
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await findSuggestion(trx, id);
    if (!stored) throw notFound();
    const result = apply(stored.suggestion, action, actor, now);
    if (!result.ok) {
      const { error } = result;
      if (error.code === 'action_not_allowed') {
        throw new ProblemError(409, 'action_not_allowed', 'actionNotAllowed', {
          allowedActions: error.allowed,
          params: { action: term('action', error.action, locale), status: term('status', error.status, locale) },
        });
      }
      throw new ProblemError(422, 'invalid_action', 'validationFailed', {
        errors: [{ field: error.field, message: message(error.messageKey, locale) }],
      });
    }
    if (await saveTransition(trx, stored.suggestion, result.suggestion, result.event)) {
      return { suggestion: result.suggestion, event: result.event, accessKeyHash: stored.accessKeyHash };
    }
  }
  throw new ProblemError(409, 'conflict', 'conflict');
}

/** Departments and merge targets must exist; the lifecycle cannot know that. */
async function checkReferences(trx: Transaction<Database>, action: Action, locale: string) {
  const unknown = (field: string) =>
    new ProblemError(422, 'validation_failed', 'validationFailed', { errors: [{ field, message: message('unknownReference', locale) }] });
  if (action.type === 'assign') {
    if (!(await findRecord(trx, 'departments', action.departmentId))) throw unknown('departmentId');
    for (const [index, id] of action.coDepartmentIds.entries()) {
      if (!(await findRecord(trx, 'departments', id))) throw unknown(`coDepartmentIds.${index}`);
    }
  }
  if (action.type === 'merge' && !(await findSuggestion(trx, action.into))) throw unknown('into');
}
