import type { JianyiClient, Locale } from '@jianyi/core';

/** What `<jy-provider>` shares with the widgets inside it. */
export interface JianyiContext {
  client: JianyiClient;
  apiBase: string;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
}

/** A context key as `@lit/context` types one (`Context<K, V>`), so it works with `@consume` and `@provide`. */
export type Context<K, V> = K & { __context__: V };

/**
 * The key of the Web Components Community Group's context protocol under which
 * `<jy-provider>` answers. The widgets speak that protocol themselves (a few lines, see
 * `requestContext`) rather than through `@lit/context`; an integrator's own element can
 * still `@consume({ context: jianyiContext, subscribe: true })` the provider's client.
 */
export const jianyiContext = Symbol.for('jianyi-context') as Context<symbol, JianyiContext | undefined>;

export type ContextCallback = (value: JianyiContext | undefined, unsubscribe?: () => void) => void;

/** The protocol's `context-request` event, as `@lit/context`'s `ContextRequestEvent` sends it. */
export interface ContextRequest extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: ContextCallback;
  subscribe?: boolean;
}

/** Asks the nearest provider, across shadow roots, for the shared context and its changes. */
export function requestContext(target: Element, callback: ContextCallback): void {
  target.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: jianyiContext, contextTarget: target, callback, subscribe: true }),
  );
}
