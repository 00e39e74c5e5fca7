import { maskPersonalText, message, resolveLocale, type ActionType, type FieldError, type MessageKey, type Problem } from '@jianyi/core';
import type { Context } from 'hono';
import * as v from 'valibot';

/**
 * A refusal to send as `application/problem+json`. Thrown anywhere in a handler; the
 * app's error handler renders it in the caller's language.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly titleKey: MessageKey,
    readonly extra: {
      detail?: string;
      errors?: FieldError[];
      allowedActions?: ActionType[];
      retryAfter?: number;
      existingId?: string;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(code);
  }
}

export function localeOf(c: Context): string {
  return resolveLocale(c.req.header('accept-language')?.split(',')[0]?.trim());
}

export function problemBody(c: Context, error: ProblemError): Problem {
  const locale = localeOf(c);
  const title = message(error.titleKey, locale, error.extra.params);
  return {
    type: `https://jianyi.dev/problems/${error.code.replace(/_/g, '-')}`,
    title,
    status: error.status,
    code: error.code,
    ...(error.extra.detail && { detail: error.extra.detail }),
    ...(error.extra.errors && { errors: error.extra.errors }),
    ...(error.extra.allowedActions && { allowedActions: error.extra.allowedActions }),
    ...(error.extra.retryAfter !== undefined && { retryAfter: error.extra.retryAfter }),
    ...(error.extra.existingId && { existingId: error.extra.existingId }),
    // The path may carry what someone typed (a phone pasted as a tracking code): masked like any public text.
    instance: maskPersonalText(new URL(c.req.url).pathname),
  };
}

export function problemResponse(c: Context, error: ProblemError): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (error.extra.retryAfter !== undefined) headers['retry-after'] = String(error.extra.retryAfter);
  return new Response(JSON.stringify(problemBody(c, error)), { status: error.status, headers });
}

/** Enough to show a form every message; a body with thousands of unknown keys gets no more. */
const maxFieldErrors = 50;

/** 422 with one message per field, in the caller's language. */
export function validationProblem(issues: readonly v.BaseIssue<unknown>[]): ProblemError {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (errors.length === maxFieldErrors) break;
    // Unknown keys are whatever the caller sent (an e-mail, a megabyte): echoed short and masked.
    const field = maskPersonalText(issue.path?.map((item) => String(item.key)).join('.') || '_').slice(0, 100);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return new ProblemError(422, 'validation_failed', 'validationFailed', { errors });
}

export const notFound = () => new ProblemError(404, 'not_found', 'notFound');
export const forbidden = () => new ProblemError(403, 'forbidden', 'forbidden');
