import * as v from 'valibot';
import { AttachmentSchema } from './attachment.js';
import { RatingInputSchema } from './rating.js';
import { answerKinds, reasonText, replyBody } from './reply.js';
import { IdSchema, inputObject, msg, picklist, text, TimestampSchema } from './shared.js';

/** Every action of the lifecycle table in DESIGN.md, in the order a suggestion meets them. */
export const actionTypes = [
  'accept',
  'reject',
  'merge',
  'answer',
  'assign',
  'claim',
  'return',
  'start',
  'reply',
  'rate',
  'close',
  'urge',
  'supervise',
  'adopt',
  'feature',
] as const;
export type ActionType = (typeof actionTypes)[number];

/** Every action may carry a note for the citizen and an internal note for staff only. */
const notes = {
  note: v.optional(text(0, 1000)),
  internalNote: v.optional(text(0, 1000)),
};

const plain = <T extends ActionType>(type: T) => inputObject({ type: v.literal(type), ...notes });

export const ActionSchema = v.variant(
  'type',
  [
    plain('accept'),
    inputObject({ type: v.literal('reject'), reason: reasonText, ...notes }),
    inputObject({ type: v.literal('merge'), into: IdSchema, ...notes }),
    inputObject({ type: v.literal('answer'), kind: picklist(answerKinds), body: replyBody, ...notes }),
    inputObject({
      type: v.literal('assign'),
      departmentId: IdSchema,
      coDepartmentIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(10, msg('tooMany', { max: 10 }))), []),
      /** Overrides the category's handling time. */
      dueAt: v.optional(TimestampSchema),
      ...notes,
    }),
    plain('claim'),
    inputObject({ type: v.literal('return'), reason: reasonText, ...notes }),
    plain('start'),
    inputObject({
      type: v.literal('reply'),
      body: replyBody,
      attachments: v.optional(v.pipe(v.array(AttachmentSchema), v.maxLength(3, msg('tooMany', { max: 3 }))), []),
      ...notes,
    }),
    inputObject({ type: v.literal('rate'), rating: RatingInputSchema, ...notes }),
    plain('close'),
    plain('urge'),
    plain('supervise'),
    plain('adopt'),
    plain('feature'),
  ],
  msg('choice'),
);
export type Action = v.InferOutput<typeof ActionSchema>;
export type ActionInput = v.InferInput<typeof ActionSchema>;

/** One assignment applied to many suggestions at once (打包整理、集中交办). */
export const BulkAssignInputSchema = inputObject({
  ids: v.pipe(v.array(IdSchema), v.minLength(1, msg('tooFew', { min: 1 })), v.maxLength(200, msg('tooMany', { max: 200 }))),
  departmentId: IdSchema,
  coDepartmentIds: v.optional(v.array(IdSchema), []),
  dueAt: v.optional(TimestampSchema),
  note: v.optional(text(0, 1000)),
});
export type BulkAssignInput = v.InferInput<typeof BulkAssignInputSchema>;

/** Each suggestion of a bulk assignment succeeds or fails on its own. */
export const BulkAssignResultSchema = v.object({
  results: v.array(
    v.object({ id: v.string(), ok: v.boolean(), code: v.optional(v.string()), detail: v.optional(v.string()) }),
  ),
});
export type BulkAssignResult = v.InferOutput<typeof BulkAssignResultSchema>;
