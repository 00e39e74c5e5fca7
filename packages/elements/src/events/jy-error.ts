import type { JianyiError } from '@jianyi/core';

/** A request failed; `detail` is the SDK's typed error, its message ready to show. */
export class JyErrorEvent extends Event {
  constructor(readonly detail: JianyiError) {
    super('jy-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jy-error': JyErrorEvent;
  }
}
