import { createClient, type JianyiClient, type Locale } from '@jianyi/core';
import { adoptStyles, LitElement, type CSSResult, type PropertyDeclarations } from 'lit';
import { requestContext, type JianyiContext } from '../context/jianyi-context.js';
import { devMode } from './dev-mode.js';
import { firstRenderTurn } from './first-render.js';
import { loadLocale, localeOf } from './localize.js';
import { states } from './states.js';

export const version = '0.1.0';

/**
 * The base of every Jianyi widget: where its API client and locale come from (its own
 * `api-base` and `lang`, else the nearest `<jy-provider>`, else the page), idempotent
 * registration, and typed events that cross shadow roots.
 */
export class JyElement extends LitElement {
  // Reactive properties as a table rather than decorators (see ./states.ts); Lit adds each
  // widget's own table to this one.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
    theme: { reflect: true },
    ...states('shared', 'locale'),
  };

  /** Where the Jianyi API is served, without `/v1`. Overrides a surrounding `<jy-provider>`. */
  apiBase = '';

  /** `light`, `dark` or `auto` (follows the system); inherited from `<jy-provider>` when unset. */
  theme: 'light' | 'dark' | 'auto' | '' = '';

  /** What the nearest `<jy-provider>` shares; kept up to date while connected. */
  protected shared?: JianyiContext;

  /** @internal The language the widget speaks: the nearest `lang`, its own, a provider's or the page's. */
  locale: Locale = 'zh-CN';

  #client?: { base: string; locale: Locale; client: JianyiClient };
  #langObserver?: MutationObserver;
  #unsubscribe?: () => void;
  #localeLoading?: Promise<unknown>;
  #lateStyles: CSSResult[] = [];

  /** @internal The API client: the provider's, or one made for this widget's `api-base`. */
  get client(): JianyiClient {
    const base = this.apiBase || this.shared?.apiBase || '';
    if (!this.apiBase && this.shared) return this.shared.client;
    if (!this.#client || this.#client.base !== base || this.#client.locale !== this.locale) {
      if (devMode && !base) console.warn(`<${this.localName}> has no api-base and no <jy-provider>; requests go to this page's origin.`);
      this.#client = { base, locale: this.locale, client: createClient({ baseUrl: base || location.origin, locale: this.locale }) };
    }
    return this.#client.client;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    requestContext(this, (value, unsubscribe) => {
      // Another provider answered (the element moved): stop hearing from the first one.
      if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
      this.#unsubscribe = unsubscribe;
      this.shared = value;
    });
    this.#updateLocale();
    // `lang` may change on this element or any ancestor (a portal's language switch).
    this.#langObserver = new MutationObserver(() => this.#updateLocale());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #updateLocale() {
    // The nearest `lang` wins: the widget's own, a <jy-provider lang>, the page's.
    const locale = localeOf(this);
    if (locale === this.locale) return;
    this.#localeLoading = loadLocale(locale);
    this.locale = locale;
  }

  /**
   * Holds a render until the terms of a newly asked locale have arrived, so the widget
   * switches language in one step (no zh-CN flash, no layout shift); `updateComplete`
   * waits for it too. If the terms cannot be fetched, the widget stays readable in zh-CN.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await firstRenderTurn(this);
    const loading = this.#localeLoading;
    if (loading) {
      await loading.catch((error: unknown) => {
        if (devMode) console.warn(`<${this.localName}> could not load the terms for ${this.locale}`, error);
      });
      if (this.#localeLoading === loading) this.#localeLoading = undefined;
    }
    super.scheduleUpdate();
  }

  /** The effective theme for styles: `:host([data-theme=dark])`. */
  protected override updated(_changed: Map<PropertyKey, unknown>): void {
    const theme = this.theme || this.shared?.theme || 'auto';
    if (this.dataset.theme !== theme) this.dataset.theme = theme;
  }

  /** @internal Adds the styles of a part fetched later (a view, a form's photo list) to the widget's own. */
  adoptLateStyles(styles: CSSResult): void {
    if (this.#lateStyles.includes(styles)) return;
    this.#lateStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.#lateStyles]);
  }

  /** @internal Dispatches a typed event that bubbles out of shadow roots. */
  emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Registers the element once. A second load of the same version is a no-op; another
   * version keeps the first registration and warns, as custom elements cannot be redefined.
   */
  static define(name: string, constructor: CustomElementConstructor & { version?: string } = this) {
    const existing = customElements.get(name) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(name, constructor);
      return;
    }
    const incoming = constructor.version ?? version;
    if (existing.version !== incoming) console.warn(`<${name}> ${existing.version ?? '?'} is already registered; version ${incoming} was not.`);
  }

  static version = version;
}

