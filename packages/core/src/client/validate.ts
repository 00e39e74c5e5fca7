import * as v from 'valibot';
import { loadMessages } from '../i18n/load.js';
import { clientError, fieldErrorsOf } from './errors.js';

/**
 * Checks input with the same schema the server uses before anything is sent, so a
 * citizen sees the message next to the field at once; returns the normalized value.
 */
export async function validateInput<S extends v.GenericSchema>(schema: S, input: unknown, locale: string): Promise<v.InferOutput<S>> {
  await loadMessages(locale);
  const result = v.safeParse(schema, input, { lang: locale });
  if (result.success) return result.output;
  return failValidation(result.issues, locale);
}

function failValidation(issues: readonly v.BaseIssue<unknown>[], locale: string): never {
  throw clientError('validation_failed', locale, { fieldErrors: fieldErrorsOf(issues), cause: new v.ValiError(issues as [v.BaseIssue<unknown>]) });
}

/**
 * The message for each field of `input` that `schema` refuses, in `locale` (in a browser,
 * once `loadMessages(locale)` has resolved); empty when it is valid. What a form shows next to its fields on blur, before anything is sent.
 */
export function fieldErrorsFor(schema: v.GenericSchema, input: unknown, locale: string): Record<string, string> {
  const result = v.safeParse(schema, input, { lang: locale });
  return result.success ? {} : fieldErrorsOf(result.issues);
}
