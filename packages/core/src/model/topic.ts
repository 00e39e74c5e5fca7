import * as v from 'valibot';
import { message } from '../i18n/messages.js';
import { IdSchema, inputObject, msg, picklist, storedText, text, TimestampSchema, typeMessage } from './shared.js';

export const topicStates = ['upcoming', 'open', 'closed'] as const;
export type TopicState = (typeof topicStates)[number];

const LabelledSchema = v.object({ id: IdSchema, label: storedText });

export const PollSchema = v.object({
  question: storedText,
  options: v.array(LabelledSchema),
  multiple: v.boolean(),
  /** 1 when `multiple` is false. */
  maxChoices: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Poll = v.InferOutput<typeof PollSchema>;

export const TopicCountsSchema = v.object({
  /** Distinct people who voted or commented. */
  participants: v.pipe(v.number(), v.integer(), v.minValue(0)),
  votes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  comments: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Votes per poll option id. */
  options: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** A hot topic (热点关注): a question opened for a period, with a poll and comments by aspect. */
export const TopicSchema = v.object({
  id: IdSchema,
  title: storedText,
  description: storedText,
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  /** Computed by the server from its clock, so a wrong phone clock cannot reopen a topic. */
  state: picklist(topicStates),
  /** The sides of the question comments are tagged with (11 in Yueyang's first week). */
  aspects: v.array(LabelledSchema),
  poll: v.optional(PollSchema),
  counts: TopicCountsSchema,
  workstationId: v.optional(IdSchema),
  createdAt: TimestampSchema,
});
export type Topic = v.InferOutput<typeof TopicSchema>;

export const TopicInputSchema = v.pipe(
  inputObject({
    title: text(4, 80),
    description: text(10, 4000),
    opensAt: TimestampSchema,
    closesAt: TimestampSchema,
    aspects: v.optional(v.pipe(v.array(text(1, 20)), v.maxLength(20, msg('tooMany', { max: 20 }))), []),
    poll: v.optional(
      inputObject({
        question: text(4, 120),
        options: v.pipe(
          v.array(text(1, 40)),
          v.minLength(2, msg('tooFew', { min: 2 })),
          v.maxLength(12, msg('tooMany', { max: 12 })),
        ),
        multiple: v.optional(v.boolean(typeMessage), false),
        maxChoices: v.optional(v.pipe(v.number(typeMessage), v.integer(msg('invalidType')), v.minValue(1, msg('tooFew', { min: 1 })))),
      }),
    ),
    workstationId: v.optional(IdSchema),
  }),
  v.forward(
    v.partialCheck([['opensAt'], ['closesAt']], (t) => Date.parse(t.closesAt) > Date.parse(t.opensAt), msg('dateTime')),
    ['closesAt'],
  ),
  v.forward(
    v.partialCheck(
      [['poll', 'options'], ['poll', 'maxChoices']],
      (t) => t.poll?.maxChoices === undefined || t.poll.maxChoices <= t.poll.options.length,
      (issue) => message('tooMany', issue.lang, { max: (issue.input as { poll?: { options: unknown[] } }).poll?.options.length ?? 0 }),
    ),
    ['poll', 'maxChoices'],
  ),
);
export type TopicInput = v.InferInput<typeof TopicInputSchema>;

export const VoteInputSchema = inputObject({
  optionIds: v.pipe(v.array(IdSchema, typeMessage), v.minLength(1, msg('tooFew', { min: 1 }))),
});
export type VoteInput = v.InferInput<typeof VoteInputSchema>;

export const VoteSchema = v.object({
  topicId: IdSchema,
  optionIds: v.array(IdSchema),
  at: TimestampSchema,
});
export type Vote = v.InferOutput<typeof VoteSchema>;

/** The answer to a vote: the vote counted for this voter (the first one if they voted before). */
export const VoteResultSchema = v.object({
  vote: VoteSchema,
  /** False when this voter had voted before and the earlier vote stands. */
  counted: v.boolean(),
  /** The anonymous voter token to keep and send next time. */
  voterToken: storedText,
  topic: TopicSchema,
});
export type VoteResult = v.InferOutput<typeof VoteResultSchema>;

export const commentLimits = { body: { min: 2, max: 500 }, authorName: { max: 20 } } as const;

export const CommentInputSchema = inputObject({
  body: text(commentLimits.body.min, commentLimits.body.max),
  aspectId: v.optional(IdSchema),
  /** A nickname; 网友 when empty. */
  authorName: v.optional(text(0, commentLimits.authorName.max)),
});
export type CommentInput = v.InferInput<typeof CommentInputSchema>;

export const CommentSchema = v.object({
  id: IdSchema,
  topicId: IdSchema,
  aspectId: v.optional(IdSchema),
  body: storedText,
  authorName: storedText,
  createdAt: TimestampSchema,
});
export type Comment = v.InferOutput<typeof CommentSchema>;
