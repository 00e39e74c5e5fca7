import * as v from 'valibot';
import { actionTypes } from './action.js';
import { EventSchema, PublicEventSchema } from './event.js';
import { PublicSuggestionSchema, SuggestionSchema } from './suggestion.js';
import { channels, statuses } from './vocabulary.js';
import { IdSchema, picklist, text, TimestampSchema } from './shared.js';
import { maxPageSize } from './page.js';

const allowedActions = v.array(v.picklist(actionTypes));

/**
 * A suggestion with its timeline, as its submitter or staff see it (`full`) or as anyone
 * else does (`public`), and the actions the caller may take now.
 */
export const SuggestionDetailSchema = v.variant('view', [
  v.object({ view: v.literal('full'), suggestion: SuggestionSchema, events: v.array(EventSchema), allowedActions }),
  v.object({
    view: v.literal('public'),
    suggestion: PublicSuggestionSchema,
    events: v.array(PublicEventSchema),
    allowedActions,
  }),
]);
export type SuggestionDetail = v.InferOutput<typeof SuggestionDetailSchema>;

/** The answer to a create: keep `accessKey` — with the tracking code it opens the full view. */
export const CreatedSuggestionSchema = v.object({
  view: v.literal('full'),
  suggestion: SuggestionSchema,
  events: v.array(EventSchema),
  allowedActions,
  accessKey: v.pipe(v.string(), v.minLength(16)),
});
export type CreatedSuggestion = v.InferOutput<typeof CreatedSuggestionSchema>;

/** A listed suggestion: full for staff, masked for everyone else. */
export const ListedSuggestionSchema = v.union([SuggestionSchema, PublicSuggestionSchema]);

/** Query strings arrive as text; limits accept both so one schema serves client and server. */
const limitSchema = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number))]),
  v.integer(),
  v.minValue(1),
  v.maxValue(maxPageSize),
);

export const SuggestionQuerySchema = v.object({
  status: v.optional(picklist(statuses)),
  categoryId: v.optional(IdSchema),
  departmentId: v.optional(IdSchema),
  channel: v.optional(picklist(channels)),
  workstationId: v.optional(IdSchema),
  topicId: v.optional(IdSchema),
  /** Words to find in title or body. */
  q: v.optional(text(0, 100)),
  from: v.optional(TimestampSchema),
  to: v.optional(TimestampSchema),
  overdue: v.optional(v.union([v.boolean(), v.pipe(v.picklist(['true', 'false']), v.transform((s) => s === 'true'))])),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(limitSchema),
});
export type SuggestionQuery = v.InferInput<typeof SuggestionQuerySchema>;

export const CommentQuerySchema = v.object({
  aspectId: v.optional(IdSchema),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(limitSchema),
});
export type CommentQuery = v.InferInput<typeof CommentQuerySchema>;

export const PageQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(limitSchema),
});
export type PageQuery = v.InferInput<typeof PageQuerySchema>;
