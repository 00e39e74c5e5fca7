import * as v from 'valibot';
import { IdSchema, picklist, storedText } from './shared.js';

import { attachmentTypes, maxAttachmentBytes } from './vocabulary.js';

/** An uploaded photo. The server checks the type from the bytes, not from the name. */
export const AttachmentSchema = v.object({
  id: IdSchema,
  url: storedText,
  mime: picklist(attachmentTypes),
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxAttachmentBytes)),
  width: v.optional(v.pipe(v.number(), v.integer())),
  height: v.optional(v.pipe(v.number(), v.integer())),
  name: v.optional(storedText),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;
