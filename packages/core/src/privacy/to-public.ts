import type { PublicSuggestionEvent, SuggestionEvent } from '../model/event.js';
import type { Reply } from '../model/reply.js';
import type { PublicSuggestion, Suggestion } from '../model/suggestion.js';
import { coarseAddress, maskPersonalText } from './mask.js';

/**
 * What anyone may see of a suggestion: no contact, no internal notes, no exact place
 * without consent, and personal data masked wherever a person could have typed it.
 */
export function toPublic(suggestion: Suggestion): PublicSuggestion {
  const { contact: _contact, internalNotes: _notes, externalRef: _externalRef, location, ...rest } = suggestion;
  const publicSuggestion: PublicSuggestion = {
    ...structuredClone(rest),
    title: maskPersonalText(rest.title),
    body: maskPersonalText(rest.body),
    replies: rest.replies.map(maskReply),
    submittedBy: { role: rest.submittedBy.role, displayName: publicName(suggestion) },
  };
  if (rest.rejectionReason) publicSuggestion.rejectionReason = maskPersonalText(rest.rejectionReason);
  if (rest.rating?.comment) publicSuggestion.rating = { ...rest.rating, comment: maskPersonalText(rest.rating.comment) };
  if (location) {
    publicSuggestion.location = location.public
      ? { address: maskPersonalText(location.address), ...pick(location, 'lat', 'lng'), public: true }
      : { address: coarseAddress(location.address), public: false };
  }
  return publicSuggestion;
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>;
}

function maskReply(reply: Reply): Reply {
  return { ...reply, body: maskPersonalText(reply.body) };
}

/** The submitter as the public sees them: 匿名 or a family name (张**), members by name. */
export function publicName(suggestion: Suggestion): string {
  const { submittedBy, anonymous, contact } = suggestion;
  if (submittedBy.role === 'member' || submittedBy.role === 'integrator') return submittedBy.displayName;
  if (anonymous || !contact?.name) return '匿名';
  const [first, ...rest] = [...contact.name];
  return `${first}${'*'.repeat(Math.max(rest.length, 1))}`;
}

/** Keys of an event's data that are safe to show publicly (who it went to, why, how it was rated). */
const publicDataKeys = new Set(['departmentId', 'coDepartmentIds', 'dueAt', 'into', 'reason', 'kind', 'body', 'rating']);

/** A timeline event as the public sees it: no internal note, no submitted snapshot, masked text. */
export function toPublicEvent(event: SuggestionEvent): PublicSuggestionEvent {
  const { internalNote: _internal, data, actor, note, ...rest } = event;
  const publicEvent: PublicSuggestionEvent = {
    ...rest,
    actor: { role: actor.role, displayName: actor.role === 'submitter' || actor.role === 'public' ? '市民' : actor.displayName, ...(actor.departmentId && { departmentId: actor.departmentId }) },
  };
  if (note) publicEvent.note = maskPersonalText(note);
  if (data && event.type !== 'submit') {
    const safe = Object.entries(data).filter(([key]) => publicDataKeys.has(key));
    if (safe.length > 0) publicEvent.data = JSON.parse(maskPersonalText(JSON.stringify(Object.fromEntries(safe))));
  }
  return publicEvent;
}

/** Roles that handle suggestions and may read each other's internal notes. */
export const internalNoteRoles: ReadonlySet<string> = new Set(['dispatcher', 'department', 'supervisor', 'admin', 'system']);

/**
 * The full view for someone outside the handling staff (the submitter, a member who
 * claimed it): everything the citizen gave and every step, but no internal notes.
 */
export function withoutInternalNotes(suggestion: Suggestion, events: readonly SuggestionEvent[]): { suggestion: Suggestion; events: SuggestionEvent[] } {
  return {
    suggestion: { ...suggestion, internalNotes: [] },
    events: events.map(({ internalNote: _internal, ...event }) => event),
  };
}
