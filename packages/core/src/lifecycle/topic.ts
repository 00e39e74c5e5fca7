import type { MessageKey } from '../i18n/messages.js';
import { addServerMessages } from '../i18n/messages.server.js';
import { addValidationMessages } from '../i18n/messages.validation.js';
import type * as v from 'valibot';
import type { Topic, TopicInputSchema, TopicState } from '../model/topic.js';

/** Whether a topic takes votes and comments at `now`. */
export function topicState(topic: Pick<Topic, 'opensAt' | 'closesAt'>, now: string): TopicState {
  const at = Date.parse(now);
  if (at < Date.parse(topic.opensAt)) return 'upcoming';
  return at < Date.parse(topic.closesAt) ? 'open' : 'closed';
}

/**
 * Why these poll choices cannot be counted, or null when they can: each option must exist
 * once, a single-choice poll takes one, a multiple-choice poll at most `maxChoices`.
 */
export function voteProblem(topic: Pick<Topic, 'poll'>, optionIds: readonly string[]): { messageKey: MessageKey; params?: Record<string, number> } | null {
  // The texts of the keys below, for `message` in a browser.
  addServerMessages();
  addValidationMessages();
  const poll = topic.poll;
  if (!poll) return { messageKey: 'choice' };
  const known = new Set(poll.options.map((option) => option.id));
  if (optionIds.length === 0 || new Set(optionIds).size !== optionIds.length || optionIds.some((id) => !known.has(id))) {
    return { messageKey: 'choice' };
  }
  if (!poll.multiple && optionIds.length > 1) return { messageKey: 'singleChoice' };
  if (optionIds.length > poll.maxChoices) return { messageKey: 'maxChoices', params: { max: poll.maxChoices } };
  return null;
}

/**
 * A new topic from validated admin input: aspects and poll options get short stable ids
 * (`a1`, `o1` …) in the order given; a single-choice poll takes one choice.
 */
export function topicFromInput(input: v.InferOutput<typeof TopicInputSchema>, id: string, now: string): Omit<Topic, 'counts' | 'state'> {
  const { poll } = input;
  return {
    id,
    title: input.title,
    description: input.description,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    aspects: input.aspects.map((label, index) => ({ id: `a${index + 1}`, label })),
    ...(poll && {
      poll: {
        question: poll.question,
        options: poll.options.map((label, index) => ({ id: `o${index + 1}`, label })),
        multiple: poll.multiple,
        maxChoices: poll.multiple ? (poll.maxChoices ?? poll.options.length) : 1,
      },
    }),
    ...(input.workstationId && { workstationId: input.workstationId }),
    createdAt: now,
  };
}
