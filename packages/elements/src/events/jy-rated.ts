import type { Rating, RatingInput, SuggestionDetail } from '@jianyi/core';

/** The submitter rated the reply; `suggestion` is set when the widget posted it itself. */
export class JyRatedEvent extends Event {
  constructor(readonly detail: { rating: RatingInput | Rating; suggestion?: SuggestionDetail }) {
    super('jy-rated', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-rated': JyRatedEvent;
  }
}
