import * as v from 'valibot';
import { ActionSchema } from '../model/action.js';
import type { SuggestionEvent } from '../model/event.js';
import { SuggestionSchema, type Suggestion } from '../model/suggestion.js';
import { apply } from './apply.js';

/**
 * The suggestion that `events` describe, rebuilt from the `submit` event by applying each
 * later event again. Throws when the events do not form a legal history — a store whose
 * timeline and row disagree is corrupt, and saying so beats showing either.
 */
export function replay(events: readonly SuggestionEvent[]): Suggestion {
  const [first, ...rest] = events;
  if (first?.type !== 'submit') throw new Error('A timeline starts with a submit event');
  let suggestion = v.parse(SuggestionSchema, first.data?.suggestion);
  for (const event of rest) {
    const action = v.parse(ActionSchema, {
      type: event.type,
      ...event.data,
      ...(event.note && { note: event.note }),
      ...(event.internalNote && { internalNote: event.internalNote }),
    });
    const result = apply(suggestion, action, event.actor, event.at);
    if (!result.ok) throw new Error(`Event ${event.seq} (${event.type}) is not legal after ${suggestion.status}`);
    suggestion = result.suggestion;
  }
  return suggestion;
}
