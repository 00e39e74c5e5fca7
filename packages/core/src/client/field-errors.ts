import * as v from 'valibot';
import { fieldErrorsOf } from './errors.js';

/**
 * The message for each field of `input` that `schema` refuses, in `locale` (in a browser,
 * once `loadMessages(locale)` has resolved); empty when it is valid. For a staff or admin
 * form that checks with a schema of its own (`ActionSchema`, …) before sending; a citizen's
 * input has `citizenFieldErrors`, which fetches its schemas when first needed.
 */
export function fieldErrorsFor(schema: v.GenericSchema, input: unknown, locale: string): Record<string, string> {
  const result = v.safeParse(schema, input, { lang: locale });
  return result.success ? {} : fieldErrorsOf(result.issues);
}
