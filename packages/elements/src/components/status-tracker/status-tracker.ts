import { isJianyiError, JianyiError, message, term, type Locale, type SuggestionDetail } from '@jianyi/core';
import { html, nothing } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import type { JyRatedEvent } from '../../events/jy-rated.js';
import { JyUpdatedEvent } from '../../events/jy-updated.js';
import { JyElement } from '../../internal/jy-element.js';
import { states } from '../../internal/states.js';
import { tokens } from '../../styles/tokens.js';
import { statusTrackerTerms } from './status-tracker.i18n.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import type { TrackerHost } from './suggestion-view.js';

const t = statusTrackerTerms.t;

type Phase = 'ask' | 'loading' | 'ready' | 'error';
type Field = 'code' | 'key';
type View = typeof import('./suggestion-view.js');

/** Tracking codes as the API accepts them; ours are `JY` + 10 characters of Crockford base32. */
const codePattern = /^[A-Za-z0-9_-]{1,64}$/;
const minKeyLength = 16;
const minPollSeconds = 1;

/** A code as a citizen types it: spaces dropped, our own `JY…` codes upper-cased. */
function normalizeCode(input: string): string {
  const code = input.replace(/\s+/g, '');
  return /^jy/i.test(code) ? code.toUpperCase() : code;
}

/**
 * @tag jy-status-tracker
 * @summary Where a citizen's suggestion is in the closed loop: status, department, due date, reply, timeline, and the rating when it is due.
 *
 * Give it `tracking-code` (and `access-key` for the full view) or let it ask for them.
 * It follows the suggestion live through the server's event stream, or by polling every
 * `poll-interval` seconds where the stream is not available, and shows `<jy-rating>`
 * inline once the suggestion is replied and the submitter may rate it.
 *
 * @event jy-updated - The suggestion changed while shown (a new step on its timeline, often a new status); `detail` is the new detail.
 * @event jy-error - Loading the suggestion failed; `detail` is the SDK's error, its message ready to show.
 * @event jy-rated - Bubbles up from the inline `<jy-rating>` when the citizen rated the reply.
 *
 * @csspart base - The box around the tracker, the form, the skeleton or the error.
 * @csspart lookup - The form asking for the tracking code and access key.
 * @csspart input - The code and key inputs of that form.
 * @csspart button - Every button (look up, retry, open merged, timeline order …).
 * @csspart header - Title, tracking code and badges.
 * @csspart status - The current status badge.
 * @csspart overdue - The overdue badge.
 * @csspart steps - The step indicator of the loop (提交→受理→交办→办理→答复→评价).
 * @csspart step - One step of it.
 * @csspart step-done - A step the suggestion has passed.
 * @csspart step-current - The step it waits at now.
 * @csspart step-todo - A step still to come.
 * @csspart step-skipped - A step it went past without taking (a direct answer needs no department).
 * @csspart step-stopped - Where a rejected or merged suggestion left the loop.
 * @csspart facts - Department, due date and other facts.
 * @csspart notice - A rejection reason, merge note, public-view note or review note.
 * @csspart reply - A reply: its kind, who, when, and the text.
 * @csspart rating - The rating the citizen gave.
 * @csspart rate - The section holding the inline `<jy-rating>`.
 * @csspart timeline - The list of events.
 * @csspart event - One event of the timeline.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --jy-color-primary - Colour of reached steps and the main button.
 * @cssproperty --jy-color-on-primary - Text on the primary colour.
 * @cssproperty --jy-color-text - Text colour.
 * @cssproperty --jy-color-muted - Secondary text (dates, hints, who acted).
 * @cssproperty --jy-color-surface - Background of the widget and its inputs.
 * @cssproperty --jy-color-subtle - Background of cards, notices and the skeleton.
 * @cssproperty --jy-color-border - Borders and the line between steps.
 * @cssproperty --jy-color-danger - Errors, the overdue badge, rejection.
 * @cssproperty --jy-color-success - Replied and closed.
 * @cssproperty --jy-color-warning - Under review.
 * @cssproperty --jy-color-focus - Colour of the focus ring.
 * @cssproperty --jy-radius - Corner radius.
 * @cssproperty --jy-space - Base spacing.
 * @cssproperty --jy-font-family - Font.
 * @cssproperty --jy-font-size - Base font size.
 */
export class JyStatusTracker extends JyElement implements TrackerHost {
  static override styles = [tokens, statusTrackerStyles];

  static override properties = {
    trackingCode: { attribute: 'tracking-code', reflect: true },
    submitterKey: { attribute: 'access-key' },
    pollInterval: { attribute: 'poll-interval', type: Number },
    timelineOrder: { attribute: 'timeline-order', reflect: true },
    ...states('phase', 'data', 'draft', 'fieldErrors'),
  };

  /** The tracking code (查询码) to follow; without one the widget asks for it. */
  trackingCode = '';
  /** The submitter's access key: the full view, and rating once replied. Without it, the public view. */
  submitterKey = '';
  /** Seconds between polls when the event stream is not available (at least 1). */
  pollInterval = 30;
  /** `newest-first` (default) or `oldest-first`; the citizen can flip it. */
  timelineOrder: 'newest-first' | 'oldest-first' = 'newest-first';

  // What a render shows comes from these four; the fields below change only with one of them.
  private phase: Phase = 'ask';
  private data?: SuggestionDetail;
  private draft = { code: '', key: '' };
  private fieldErrors: { code?: string; key?: string } = {};

  #failure?: JianyiError;
  /** @internal Said to screen readers when the status changed while shown. */
  announcement = '';
  #departments = new Map<string, string>();
  /** @internal The suggestion shown before "open merged", to go back to. */
  previous?: { code: string; key: string };
  /** The loaded suggestion's view (./suggestion-view.ts), once fetched. */
  #view?: View;
  #viewLoading?: Promise<View>;
  /** What the current view was loaded for: api base, code and key. */
  #source?: string;
  /** Bumped by every load, so an answer that arrives late for an older request is dropped. */
  #request = 0;
  #refreshing?: Promise<void>;
  /** Stops following the suggestion live. */
  #stopFollowing?: () => void;
  #departmentsFor?: string;
  #focusAfterLoad?: 'title' | Field;

  /** The suggestion as last loaded, or undefined. */
  get detail(): SuggestionDetail | undefined {
    return this.data;
  }

  /** Asks the server again now, without a skeleton; live updates call this too. */
  refresh(): Promise<void> {
    if (!this.trackingCode || this.phase !== 'ready') return this.#load(true);
    // One refresh at a time: stream events and poll ticks may arrive together.
    return (this.#refreshing ??= this.#load(false).finally(() => {
      this.#refreshing = undefined;
    }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: load again and follow again.
    if (this.hasUpdated) {
      this.#source = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLive();
    this.#request++;
  }

  private get base(): string {
    return (this.apiBase || this.shared?.apiBase || location.origin).replace(/\/+$/, '');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Here rather than in `updated`, so the loading state renders in this same update.
    const source = [this.base, this.trackingCode, this.submitterKey].join('\n');
    if (source !== this.#source) {
      this.#source = source;
      void this.#load(true);
    } else if (changed.has('pollInterval') && this.#stopFollowing) {
      this.#startLive();
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // The skeleton and the error view have nothing to focus: wait for what comes next.
    const element = this.#focusAfterLoad && this.renderRoot.querySelector<HTMLElement>(`#${this.#focusAfterLoad}`);
    if (element) {
      this.#focusAfterLoad = undefined;
      element.focus();
    }
  }

  async #load(initial: boolean): Promise<void> {
    const request = ++this.#request;
    const code = this.trackingCode;
    const key = this.submitterKey;
    if (initial) {
      this.#stopLive();
      this.announcement = '';
      if (!code) {
        this.phase = 'ask';
        this.data = undefined;
        return;
      }
      this.phase = 'loading';
    }
    try {
      // The view comes with the first suggestion, fetched side by side with it.
      const [detail] = await Promise.all([this.client.suggestions.get(code, key ? { accessKey: key } : {}), this.#loadDepartments(), this.#loadView()]);
      if (request !== this.#request) return;
      this.#show(detail);
      if (initial) this.#startLive();
    } catch (error) {
      if (request !== this.#request) return;
      if (!isJianyiError(error)) throw error;
      // A failed poll keeps what is on screen; the next poll tries again.
      if (initial) this.#fail(error, code, key);
    }
  }

  /** @internal Whether the submitter may rate the reply now: then the inline `<jy-rating>` shows. */
  canRate(detail: SuggestionDetail): boolean {
    return detail.view === 'full' && detail.suggestion.status === 'replied' && detail.allowedActions.includes('rate') && !!this.submitterKey;
  }

  #show(detail: SuggestionDetail) {
    // Only a submitter with a reply to rate needs the rating form: it is fetched then, and
    // its place is kept until it is defined (see the styles), so nothing below it moves.
    if (this.canRate(detail)) void import('../rating/jy-rating.js');
    const before = this.data?.suggestion;
    const after = detail.suggestion;
    this.data = detail;
    this.phase = 'ready';
    this.fieldErrors = {};
    if (before?.id === after.id && before.version !== after.version) {
      if (before.status !== after.status) this.announcement = t(this.locale, 'statusChanged', { status: term('status', after.status, this.locale) });
      this.emit(new JyUpdatedEvent(detail));
    }
  }

  #fail(error: JianyiError, code: string, key: string) {
    this.data = undefined;
    this.emit(new JyErrorEvent(error));
    // What the citizen typed (or the page gave) is wrong: say so next to that field.
    const field = error.status === 404 ? 'code' : error.code === 'invalid_access_key' ? 'key' : undefined;
    if (field) {
      this.draft = { code, key };
      this.fieldErrors = { [field]: error.message };
      this.#focusAfterLoad = field;
      this.phase = 'ask';
      return;
    }
    this.#failure = error;
    this.phase = 'error';
  }

  /** The suggestion's view with its styles and terms; a network error if it cannot be fetched. */
  #loadView(): Promise<View> {
    return (this.#viewLoading ??= import('./suggestion-view.js').then(
      async (view) => {
        await view.viewTerms.load(this.locale)?.catch(() => undefined); // zh-CN if the terms fail
        this.adoptLateStyles(view.suggestionViewStyles);
        return (this.#view = view);
      },
      (cause: unknown) => {
        this.#viewLoading = undefined; // the retry button tries again
        throw new JianyiError({ code: 'network_error', message: message('network', this.locale), retryable: true, cause });
      },
    ));
  }

  /** Department names by id, once per API; the ids stay shown if the list cannot be had. */
  async #loadDepartments(): Promise<void> {
    if (this.#departmentsFor === this.base) return;
    try {
      const list = await this.client.meta.departments();
      this.#departments = new Map(list.map((department) => [department.id, department.name]));
      this.#departmentsFor = this.base;
    } catch {
      // Names are a nicety; the tracker still works with what the timeline says.
    }
  }

  #startLive() {
    this.#stopLive();
    if (!this.isConnected || !this.data) return;
    const { id, version } = this.data.suggestion;
    const query = new URLSearchParams({ ...(this.submitterKey && { accessKey: this.submitterKey }), after: String(version) });
    const seconds = Number.isFinite(this.pollInterval) && this.pollInterval > 0 ? Math.max(this.pollInterval, minPollSeconds) : 30;
    this.#stopFollowing = this.#view!.followLive({
      streamUrl: `${this.base}/v1/suggestions/${encodeURIComponent(id)}/events?${query}`,
      intervalMs: seconds * 1000,
      onEvent: (seq) => {
        if (seq > (this.data?.suggestion.version ?? 0)) void this.refresh();
      },
      onPoll: () => void this.refresh(),
    });
  }

  #stopLive() {
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
  }

  /** The code or the key as typed, the way it is looked up. */
  #typed(field: Field): string {
    return field === 'code' ? normalizeCode(this.draft.code) : this.draft.key.trim();
  }

  /** What is wrong with the code or the key, in words; undefined when nothing is. */
  #fieldError(field: Field, value: string): string | undefined {
    const locale = this.locale;
    if (field === 'key') return value && value.length < minKeyLength ? t(locale, 'keyFormat') : undefined;
    return !value ? t(locale, 'codeRequired') : codePattern.test(value) ? undefined : t(locale, 'codeFormat');
  }

  #lookup(event: Event) {
    event.preventDefault();
    const code = this.#typed('code');
    const key = this.#typed('key');
    const errors = { code: this.#fieldError('code', code), key: this.#fieldError('key', key) };
    this.fieldErrors = errors;
    if (errors.code || errors.key) {
      this.#focusAfterLoad = errors.code ? 'code' : 'key';
      return;
    }
    // The same code and key again (after a 404, say) must still ask the server again.
    this.#source = undefined;
    this.follow(code, key, 'title');
  }

  #checkField(field: Field) {
    // A focused input removed with the form blurs; there is nothing to check then.
    if (this.phase !== 'ask') return;
    // Only after something was typed: leaving an empty field is not yet a mistake.
    const value = this.#typed(field);
    if (value || this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: this.#fieldError(field, value) };
  }

  /** @internal Shows another suggestion (or, without a code, the form) and moves focus to `focus` once there. */
  follow(code: string, key: string, focus: 'title' | Field, previous?: { code: string; key: string }) {
    this.draft = { code, key };
    this.previous = previous;
    this.trackingCode = code;
    this.submitterKey = key;
    this.#focusAfterLoad = focus;
  }

  /** @internal */
  askForKey(): void {
    this.#stopLive();
    this.#request++;
    this.draft = { code: this.trackingCode, key: '' };
    this.fieldErrors = {};
    this.phase = 'ask';
    this.#focusAfterLoad = 'key';
  }

  /** @internal */
  onRated(event: JyRatedEvent): void {
    if (event.detail.suggestion) this.#show(event.detail.suggestion);
    void this.refresh();
  }

  // ——— rendering ———

  protected override render() {
    const locale = this.locale;
    const phase = this.phase;
    if (phase === 'ready') return this.#view!.renderSuggestion(this, this.data!, locale);
    if (phase === 'loading') {
      return html`<div part="base skeleton" class="card skeleton" aria-busy="true">
        <p role="status" class="visually-hidden">${t(locale, 'loading')}</p>
        ${['title', 'pill', 'steps', 'line', 'line short', 'block', 'line', 'line'].map((bone) => html`<div class="bone ${bone}" aria-hidden="true"></div>`)}
      </div>`;
    }
    if (phase === 'error') {
      return html`<div part="base error" class="card failed" role="alert">
        <p class="error-title">${t(locale, 'loadFailed')}</p>
        <p class="error">${this.#failure!.message}</p>
        <button class="primary" part="button" type="button" @click=${() => void this.#load(true)}>${t(locale, 'retry')}</button>
      </div>`;
    }
    return html`<form part="base lookup" class="lookup" novalidate aria-labelledby="lookup-title" @submit=${this.#lookup}>
      <h2 id="lookup-title">${t(locale, 'lookupTitle')}</h2>
      <p class="intro">${t(locale, 'lookupIntro')}</p>
      ${this.#lookupField('code', 'tracking-code', locale)} ${this.#lookupField('key', 'access-key', locale)}
      <button class="primary wide" part="button" type="submit">${t(locale, 'lookup')}</button>
    </form>`;
  }

  /** The code (required, read out in capitals) or the key, with hint and message. */
  #lookupField(field: Field, name: string, locale: Locale) {
    const error = this.fieldErrors[field];
    const isCode = field === 'code';
    return html`<div class="field">
      <label for=${field}>${t(locale, field)}</label>
      <span class="hint" id="${field}-hint">${t(locale, `${field}Hint`)}</span>
      <input
        id=${field}
        part="input"
        name=${name}
        autocomplete="off"
        autocapitalize=${isCode ? 'characters' : 'off'}
        spellcheck="false"
        ?required=${isCode}
        aria-required=${isCode ? 'true' : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
        .value=${this.draft[field]}
        @input=${(event: InputEvent) => {
          this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
          // A message goes away as soon as the field is right, not only on leaving it.
          if (this.fieldErrors[field]) this.#checkField(field);
        }}
        @blur=${() => this.#checkField(field)}
      />
      ${error ? html`<p class="error" id="${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  /** @internal */
  departmentName(id: string): string {
    return this.#departments.get(id) ?? id;
  }
}
