import * as v from 'valibot';
import { msg, typeMessage } from './shared.js';
import { minHumanFillMs } from './vocabulary.js';

/**
 * Two quiet signs that a submission came from a script rather than a person. Both are
 * answered as if the suggestion were stored (a bot learns nothing to work around) and
 * neither is stored. Integrators importing from other channels send neither field.
 */


export const botTrapFields = {
  /** The honeypot: a field the form hides from people and screen readers; only bots fill it. Leave it out or empty. */
  website: v.optional(v.pipe(v.string(typeMessage), v.description('Honeypot: hidden from people; anything in it marks the submission as automated (answered 201, not stored). Leave out or empty.'))),
  /** Milliseconds between the form being shown and sent. */
  fillMs: v.optional(
    v.pipe(
      v.number(typeMessage),
      v.minValue(0, msg('invalidType')),
      v.description(`Milliseconds from showing the form to sending it; under ${minHumanFillMs} marks the submission as automated (answered 201, not stored).`),
    ),
  ),
};

/** Whether a validated submission carries either sign of a bot. */
export function looksAutomated(input: { website?: string | undefined; fillMs?: number | undefined }): boolean {
  return (input.website !== undefined && input.website.trim() !== '') || (input.fillMs !== undefined && input.fillMs < minHumanFillMs);
}
