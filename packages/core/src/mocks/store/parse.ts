import * as v from 'valibot';
import { resolveLocale } from '../../i18n/messages.js';
import { validationProblem } from './problem.js';

/** Input checked with core's schema, messages in the caller's language; a 422 problem otherwise. */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown, locale: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { lang: locale });
  if (!result.success) throw validationProblem(result.issues);
  return result.output;
}

export const localeOf = (context: { locale?: string | undefined }) => resolveLocale(context.locale);
