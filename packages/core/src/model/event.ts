import * as v from 'valibot';
import { ActorSchema } from './actor.js';
import { picklist, storedText, TimestampSchema } from './shared.js';
import { actionTypes } from './action.js';

export const eventTypes = ['submit', ...actionTypes] as const;
export type EventType = (typeof eventTypes)[number];

/**
 * One step on a suggestion's timeline. `data` holds what the action carried (the initial
 * suggestion for `submit`), so the events alone replay to the suggestion.
 */
export const EventSchema = v.object({
  /** Equals the suggestion's `version` after this event. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  type: picklist(eventTypes),
  at: TimestampSchema,
  actor: ActorSchema,
  /** Shown to the citizen on the timeline. */
  note: v.optional(storedText),
  /** Staff only; never in a public view. */
  internalNote: v.optional(storedText),
  data: v.optional(v.record(v.string(), v.unknown())),
});
export type SuggestionEvent = v.InferOutput<typeof EventSchema>;

export const PublicEventSchema = v.omit(EventSchema, ['internalNote']);
export type PublicSuggestionEvent = v.InferOutput<typeof PublicEventSchema>;
