import * as v from 'valibot';
import { IdSchema, storedText } from './shared.js';

/** A subject area (城市管理, 交通出行 …) with the handling time the rules allow for it. */
export const CategorySchema = v.object({
  id: IdSchema,
  name: storedText,
  /** Calendar days a department has from acceptance to reply. */
  handlingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  description: v.optional(storedText),
});
export type Category = v.InferOutput<typeof CategorySchema>;
