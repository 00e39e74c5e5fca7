import type { CreatedSuggestion } from '@jianyi/core';

/** A suggestion was submitted; `detail` has the tracking code and access key to keep. */
export class JySubmittedEvent extends Event {
  constructor(readonly detail: CreatedSuggestion) {
    super('jy-submitted', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-submitted': JySubmittedEvent;
  }
}
