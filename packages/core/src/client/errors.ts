import type * as v from 'valibot';
import { message, type MessageKey } from '../i18n/messages.js';
import type { ActionType } from '../model/action.js';
import type { Problem } from '../model/problem.js';

/**
 * Codes of failures the client itself detects; failures the server reports keep the
 * server's `code` (`not_found`, `action_not_allowed`, `rate_limited` …).
 */
export type ClientErrorCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response' | 'validation_failed';

export interface JianyiErrorInit {
  code: ClientErrorCode | (string & {});
  message: string;
  /** HTTP status; 0 when no response came back. */
  status?: number;
  fieldErrors?: Record<string, string>;
  retryable?: boolean;
  allowedActions?: ActionType[];
  retryAfter?: number;
  problem?: Problem;
  cause?: unknown;
}

/**
 * The one error the SDK throws. `message` can be shown to a person as it is (localized);
 * `fieldErrors` places a message next to each field (`contact.phone` → "请输入正确的 11
 * 位手机号码"); `retryable` says whether trying the same call again can help.
 */
export class JianyiError extends Error {
  override readonly name = 'JianyiError';
  readonly code: string;
  readonly status: number;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly retryable: boolean;
  readonly allowedActions: readonly ActionType[];
  /** Seconds the server asked to wait (429). */
  readonly retryAfter: number | undefined;
  readonly problem: Problem | undefined;

  constructor(init: JianyiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? 0;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryable = init.retryable ?? false;
    this.allowedActions = init.allowedActions ?? [];
    this.retryAfter = init.retryAfter;
    this.problem = init.problem;
  }
}

export function isJianyiError(error: unknown): error is JianyiError {
  return error instanceof JianyiError || (error instanceof Error && error.name === 'JianyiError' && 'code' in error);
}

/** The request did not reach the server or no answer came back: worth retrying later. */
export function isNetworkError(error: unknown): error is JianyiError {
  return isJianyiError(error) && (error.code === 'network_error' || error.code === 'timeout');
}

/** The input was refused; `fieldErrors` says where. */
export function isValidationError(error: unknown): error is JianyiError {
  return isJianyiError(error) && error.code === 'validation_failed';
}

/** A field path such as `contact.phone` for each issue, first message per field. */
export function fieldErrorsOf(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path?.map((item) => String(item.key)).join('.') || '_';
    errors[field] ??= issue.message;
  }
  return errors;
}

export function clientError(code: ClientErrorCode, locale: string, extra: Partial<JianyiErrorInit> = {}): JianyiError {
  const keys: Record<ClientErrorCode, MessageKey> = {
    network_error: 'network',
    timeout: 'timeout',
    aborted: 'aborted',
    invalid_response: 'invalidResponse',
    validation_failed: 'validationFailed',
  };
  return new JianyiError({
    code,
    message: message(keys[code], locale),
    retryable: code === 'network_error' || code === 'timeout',
    ...extra,
  });
}
