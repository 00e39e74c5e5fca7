import * as v from 'valibot';
import { IdSchema, storedText } from './shared.js';

/** A handling unit (承办单位) such as 市城管局. */
export const DepartmentSchema = v.object({
  id: IdSchema,
  name: storedText,
  /** Categories this department usually handles; used to suggest an assignment. */
  categoryIds: v.optional(v.array(IdSchema), []),
});
export type Department = v.InferOutput<typeof DepartmentSchema>;
