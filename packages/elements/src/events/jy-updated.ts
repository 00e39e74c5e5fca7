import type { SuggestionDetail } from '@jianyi/core';

/** A tracked suggestion changed (a new step arrived). */
export class JyUpdatedEvent extends Event {
  constructor(readonly detail: SuggestionDetail) {
    super('jy-updated', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-updated': JyUpdatedEvent;
  }
}
