import type { VoteResult } from '@jianyi/core';

/** A vote was cast (or an earlier one found: `counted` is false then). */
export class JyVotedEvent extends Event {
  constructor(readonly detail: VoteResult) {
    super('jy-voted', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-voted': JyVotedEvent;
  }
}
