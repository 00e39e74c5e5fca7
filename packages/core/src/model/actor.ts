import * as v from 'valibot';
import { IdSchema, picklist, storedText } from './shared.js';

/**
 * Who acts. `public` is an anonymous citizen, `submitter` a citizen holding a
 * suggestion's access key, `integrator` a system importing cases (12345 hotline),
 * `system` the scheduled job that urges and auto-closes.
 */
export const roles = [
  'public',
  'submitter',
  'member',
  'integrator',
  'dispatcher',
  'department',
  'supervisor',
  'admin',
  'system',
] as const;
export type Role = (typeof roles)[number];

export const ActorSchema = v.object({
  role: picklist(roles),
  displayName: storedText,
  /** Set for role `department`: the only department whose items it may act on. */
  departmentId: v.optional(IdSchema),
  /** Set for role `member`. */
  memberId: v.optional(IdSchema),
});
export type Actor = v.InferOutput<typeof ActorSchema>;
