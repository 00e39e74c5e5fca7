import * as v from 'valibot';
import { actionTypes } from './action.js';

/** A field that failed validation: `field` is the dotted path (`contact.phone`). */
export const FieldErrorSchema = v.object({ field: v.string(), message: v.string() });
export type FieldError = v.InferOutput<typeof FieldErrorSchema>;

/**
 * An error on the wire (RFC 9457 `application/problem+json`) with a stable `code`
 * programs switch on and a `title`/`detail` people can be shown.
 */
export const ProblemSchema = v.looseObject({
  type: v.optional(v.string(), 'about:blank'),
  title: v.string(),
  status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
  code: v.string(),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  errors: v.optional(v.array(FieldErrorSchema)),
  /** With code `action_not_allowed`: what the caller may do now. */
  allowedActions: v.optional(v.array(v.picklist(actionTypes))),
  /** With status 429: seconds to wait, as in the Retry-After header. */
  retryAfter: v.optional(v.number()),
  /** With code `duplicate_external_ref`: the tracking code the case already has. */
  existingId: v.optional(v.string()),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;
