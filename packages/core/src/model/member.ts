import * as v from 'valibot';
import { IdSchema, storedText } from './shared.js';

/** A CPPCC member: submits micro-suggestions, claims (领办) and gets recommendations. */
export const MemberSchema = v.object({
  id: IdSchema,
  name: storedText,
  region: storedText,
  /** Categories of the member's expertise, matched by the recommendation (智慧推荐). */
  expertise: v.array(IdSchema),
});
export type Member = v.InferOutput<typeof MemberSchema>;
