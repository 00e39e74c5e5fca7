import * as v from 'valibot';
import { inputObject, picklist, storedText, text, TimestampSchema } from './shared.js';
import { satisfactionLevels } from './vocabulary.js';

export type { Satisfaction } from './vocabulary.js';


/** What the submitter says when rating; unsatisfied or unsolved sends it to review. */
export const RatingInputSchema = inputObject({
  satisfaction: picklist(satisfactionLevels),
  solved: v.boolean(),
  comment: v.optional(text(0, 500)),
});
export type RatingInput = v.InferInput<typeof RatingInputSchema>;

export const RatingSchema = v.object({
  satisfaction: picklist(satisfactionLevels),
  solved: v.boolean(),
  comment: v.optional(storedText),
  at: TimestampSchema,
});
export type Rating = v.InferOutput<typeof RatingSchema>;
