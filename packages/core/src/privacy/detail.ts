import { allowedActions } from '../lifecycle/apply.js';
import type { Actor } from '../model/actor.js';
import type { SuggestionEvent } from '../model/event.js';
import type { SuggestionDetail } from '../model/suggestion-detail.js';
import type { Suggestion } from '../model/suggestion.js';
import { internalNoteRoles, toPublic, toPublicEvent, withoutInternalNotes } from './to-public.js';

/**
 * What one caller gets for a suggestion: the public masked view, the full view without
 * staff notes (submitter, member), or everything (handling staff), with the actions
 * `acting` may take now. The server and the mocks both answer with this.
 */
export function suggestionDetail(suggestion: Suggestion, events: readonly SuggestionEvent[], viewer: { full: boolean; acting: Actor }): SuggestionDetail {
  const actions = allowedActions(suggestion, viewer.acting);
  if (!viewer.full) return { view: 'public', suggestion: toPublic(suggestion), events: events.map(toPublicEvent), allowedActions: actions };
  if (internalNoteRoles.has(viewer.acting.role)) {
    return { view: 'full', suggestion: structuredClone(suggestion), events: structuredClone([...events]), allowedActions: actions };
  }
  return { view: 'full', ...withoutInternalNotes(structuredClone(suggestion), events), allowedActions: actions };
}
