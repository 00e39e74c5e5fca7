import type { Comment } from '@jianyi/core';

/** A comment was published on a topic. */
export class JyCommentedEvent extends Event {
  constructor(readonly detail: Comment) {
    super('jy-commented', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-commented': JyCommentedEvent;
  }
}
