import * as v from 'valibot';
import { AttachmentSchema } from './attachment.js';
import { IdSchema, msg, noControlCharacters, picklist, storedText, text, TimestampSchema } from './shared.js';

/**
 * The four-step answer method (四步答覆法): `explanation` where a demand conflicts with
 * policy or law, `direct-answer` to a consultation, `consulted-answer` after consulting
 * departments, `handled` when a department did the work.
 */
export const replyKinds = ['explanation', 'direct-answer', 'consulted-answer', 'handled'] as const;
export type ReplyKind = (typeof replyKinds)[number];
/** The kinds a dispatcher answers with directly; `handled` is the department's reply. */
export const answerKinds = ['explanation', 'direct-answer', 'consulted-answer'] as const;

export const ReplySchema = v.object({
  kind: picklist(replyKinds),
  body: storedText,
  at: TimestampSchema,
  by: storedText,
  departmentId: v.optional(IdSchema),
  attachments: v.optional(v.array(AttachmentSchema), []),
});
export type Reply = v.InferOutput<typeof ReplySchema>;

export const replyBody = text(10, 4000);
export const reasonText = v.pipe(
  v.string(msg('reasonRequired')),
  v.trim(),
  noControlCharacters,
  v.nonEmpty(msg('reasonRequired')),
  v.maxLength(1000, msg('tooLong', { max: 1000 })),
);
