import { loadMessages } from '../i18n/load.js';
import type { CheckResult, CitizenInput } from './citizen-checks.js';
import { clientError } from './errors.js';

export type { CitizenInput };

let checks: Promise<typeof import('./citizen-checks.js') | undefined> | undefined;

/**
 * Fetches the citizen input schemas (./citizen-checks.js, a file of its own in a
 * browser bundle). A widget calls this when a citizen starts writing, so the check on
 * leaving a field finds it there. If it cannot be fetched (the page went offline), input
 * is not checked here: the server checks it with the same schemas and the same messages.
 */
export function preloadChecks(): Promise<typeof import('./citizen-checks.js') | undefined> {
  return (checks ??= import('./citizen-checks.js').catch(() => {
    checks = undefined; // a later call tries again
    return undefined;
  }));
}

async function run(kind: CitizenInput, input: unknown, locale: string): Promise<CheckResult | undefined> {
  const [module] = await Promise.all([preloadChecks(), loadMessages(locale)]);
  return module?.check(kind, input, locale);
}

/**
 * Checks what a citizen wrote with the schema the server uses, before anything is sent,
 * so the message stands next to its field at once; returns the normalized value.
 */
export async function validateInput(kind: CitizenInput, input: unknown, locale: string): Promise<unknown> {
  const result = await run(kind, input, locale);
  if (!result) return input;
  if (result.ok) return result.output;
  throw clientError('validation_failed', locale, { fieldErrors: result.fieldErrors, cause: result.cause });
}

/**
 * The message for each field of a citizen's `input` that its schema refuses, in
 * `locale`; empty when it is valid. What a form shows next to its fields when they lose
 * focus, before anything is sent.
 */
export async function citizenFieldErrors(kind: CitizenInput, input: unknown, locale: string): Promise<Record<string, string>> {
  const result = await run(kind, input, locale);
  return result && !result.ok ? result.fieldErrors : {};
}
