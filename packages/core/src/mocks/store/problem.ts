import type * as v from 'valibot';
import { message, type MessageKey } from '../../i18n/messages.js';
import type { ActionType } from '../../model/action.js';
import type { FieldError, Problem } from '../../model/problem.js';

export interface ProblemExtra {
  detail?: string;
  errors?: FieldError[];
  allowedActions?: ActionType[];
  /** Fill the title's placeholders. */
  params?: Record<string, string | number>;
}

/**
 * A refusal of the mock API, thrown by the store and rendered by the handlers as
 * `application/problem+json`. The title is rendered late, in the caller's language;
 * field messages are already localized when thrown.
 */
export class MockProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly titleKey: MessageKey,
    readonly extra: ProblemExtra = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'MockProblem';
  }

  toProblem(locale: string, instance?: string): Problem {
    return {
      type: `https://jianyi.dev/problems/${this.code.replace(/_/g, '-')}`,
      title: message(this.titleKey, locale, this.extra.params),
      status: this.status,
      code: this.code,
      ...(this.extra.detail && { detail: this.extra.detail }),
      ...(this.extra.errors && { errors: this.extra.errors }),
      ...(this.extra.allowedActions && { allowedActions: this.extra.allowedActions }),
      ...(instance && { instance }),
    };
  }
}

export function isMockProblem(error: unknown): error is MockProblem {
  return error instanceof MockProblem;
}

/** 422 with the first message of each field, as the client's `fieldErrors` expects. */
export function validationProblem(issues: readonly v.BaseIssue<unknown>[]): MockProblem {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path?.map((item) => String(item.key)).join('.') || '_';
    if (!errors.some((error) => error.field === field)) errors.push({ field, message: issue.message });
  }
  return new MockProblem(422, 'validation_failed', 'validationFailed', { errors });
}

/** 422 for one field, with a message from core's catalogue in `locale`. */
export function fieldProblem(field: string, key: MessageKey, locale: string, params?: Record<string, string | number>): MockProblem {
  return new MockProblem(422, 'validation_failed', 'validationFailed', { errors: [{ field, message: message(key, locale, params) }] });
}

export const notFound = () => new MockProblem(404, 'not_found', 'notFound');
export const forbidden = () => new MockProblem(403, 'forbidden', 'forbidden');
export const unauthorized = () => new MockProblem(401, 'unauthorized', 'unauthorized');
