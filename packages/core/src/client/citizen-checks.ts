import * as v from 'valibot';
import { RatingInputSchema } from '../model/rating.js';
import { SuggestionInputSchema } from '../model/suggestion.js';
import { CommentInputSchema, VoteInputSchema } from '../model/topic.js';
import { fieldErrorsOf } from './errors.js';

/**
 * The schemas of everything a citizen writes, with valibot: the part of the SDK that
 * `validate.ts` fetches the first time a citizen's input is checked, so a page that only
 * shows a poll or a tracker does not download it before anything is on screen.
 */
const schemas = {
  suggestion: SuggestionInputSchema,
  rating: RatingInputSchema,
  vote: VoteInputSchema,
  comment: CommentInputSchema,
};

export type CitizenInput = keyof typeof schemas;

export type CheckResult = { ok: true; output: unknown } | { ok: false; fieldErrors: Record<string, string>; cause: Error };

export function check(kind: CitizenInput, input: unknown, locale: string): CheckResult {
  const result = v.safeParse(schemas[kind], input, { lang: locale });
  if (result.success) return { ok: true, output: result.output };
  return { ok: false, fieldErrors: fieldErrorsOf(result.issues), cause: new v.ValiError(result.issues) };
}
