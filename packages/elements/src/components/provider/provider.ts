import { createClient } from '@jianyi/core';
import { css, html, LitElement } from 'lit';
import { jianyiContext, type ContextCallback, type ContextRequest, type JianyiContext } from '../../context/jianyi-context.js';
import { localeOf } from '../../internal/localize.js';
import { states } from '../../internal/states.js';

/**
 * @tag jy-provider
 * @summary Shares one API client, the locale and the theme with every Jianyi widget inside it.
 *
 * @slot - The widgets, among any other page content.
 */
export class JyProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    apiBase: { attribute: 'api-base', reflect: true },
    theme: { reflect: true },
    ...states('context'),
  };

  /** Where the Jianyi API is served, without `/v1`. */
  apiBase = '';

  /** `light`, `dark`, or `auto` to follow the system. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  protected context?: JianyiContext;

  #observer?: MutationObserver;
  /** The widgets that asked for the context, each with the one `unsubscribe` it was given. */
  #subscribers = new Map<Element, { callback: ContextCallback; unsubscribe: () => void }>();

  constructor() {
    super();
    // The context protocol's provider side, as `@lit/context`'s `@provide` answers.
    this.addEventListener('context-request', (event) => {
      const request = event as ContextRequest;
      const consumer = request.contextTarget ?? (request.composedPath()[0] as Element);
      if (request.context !== jianyiContext || consumer === this) return;
      event.stopPropagation();
      const unsubscribe = () => this.#subscribers.delete(consumer);
      if (request.subscribe) this.#subscribers.set(consumer, { callback: request.callback, unsubscribe });
      request.callback(this.context, unsubscribe);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override willUpdate(): void {
    const locale = localeOf(this);
    const apiBase = this.apiBase || location.origin;
    const current = this.context;
    if (current?.apiBase === apiBase && current.locale === locale && current.theme === this.theme) return;
    this.context = { client: createClient({ baseUrl: apiBase, locale }), apiBase, locale, theme: this.theme };
    for (const { callback, unsubscribe } of this.#subscribers.values()) callback(this.context, unsubscribe);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
