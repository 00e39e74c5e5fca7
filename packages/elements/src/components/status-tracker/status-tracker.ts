import {
  currentDeadline,
  isJianyiError,
  isOverdue,
  term,
  type Attachment,
  type JianyiError,
  type PublicSuggestionEvent,
  type ReplyKind,
  type Role,
  type Satisfaction,
  type Status,
  type SuggestionDetail,
} from '@jianyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JyErrorEvent } from '../../events/jy-error.js';
import type { JyRatedEvent } from '../../events/jy-rated.js';
import { JyUpdatedEvent } from '../../events/jy-updated.js';
import { JyElement } from '../../internal/jy-element.js';
import { capitalize, formatDateTime } from '../../internal/localize.js';
import { tokens } from '../../styles/tokens.js';
import { LiveUpdates } from './live-updates.js';
import { progressOf, type Step } from './progress.js';
import { statusTrackerTerms } from './status-tracker.i18n.js';
import { statusTrackerStyles } from './status-tracker.styles.js';

const t = statusTrackerTerms.t;

type Phase = 'ask' | 'loading' | 'ready' | 'error';
type Shown = SuggestionDetail['suggestion'];
type ShownEvent = PublicSuggestionEvent;

const stepStateKey = { done: 'stepDone', current: 'stepCurrent', todo: 'stepTodo', skipped: 'stepSkipped', stopped: 'stepStopped' } as const;
const roleKey: Record<Role, Parameters<typeof t>[1]> = {
  public: 'roleCitizen',
  submitter: 'roleCitizen',
  member: 'roleMember',
  integrator: 'roleIntegrator',
  dispatcher: 'roleDispatcher',
  department: 'roleDepartment',
  supervisor: 'roleSupervisor',
  admin: 'roleAdmin',
  system: 'roleSystem',
};
const statusTone: Record<Status, string> = {
  submitted: 'open',
  accepted: 'open',
  assigned: 'open',
  in_progress: 'open',
  replied: 'done',
  under_review: 'warning',
  closed: 'done',
  rejected: 'danger',
  merged: 'muted',
};

/** Tracking codes as the API accepts them; ours are `JY` + 10 characters of Crockford base32. */
const codePattern = /^[A-Za-z0-9_-]{1,64}$/;
const minKeyLength = 16;
const minPollSeconds = 1;

/** A code as a citizen types it: spaces dropped, our own `JY…` codes upper-cased. */
function normalizeCode(input: string): string {
  const code = input.replace(/\s+/g, '');
  return /^jy/i.test(code) ? code.toUpperCase() : code;
}


/** Only URLs that cannot run script reach `href` and `src`. */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, location.href);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'blob:') return parsed.href;
    if (parsed.protocol === 'data:' && /^data:image\/(png|jpeg|gif|webp);/i.test(url)) return url;
  } catch {
    // Not a URL at all.
  }
  return undefined;
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
export class JyStatusTracker extends JyElement {
  static override styles = [tokens, statusTrackerStyles];

  /** The tracking code (查询码) to follow; without one the widget asks for it. */
  @property({ attribute: 'tracking-code', reflect: true }) trackingCode = '';
  /** The submitter's access key: the full view, and rating once replied. Without it, the public view. */
  @property({ attribute: 'access-key' }) submitterKey = '';
  /** Seconds between polls when the event stream is not available (at least 1). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30;
  /** `newest-first` (default) or `oldest-first`; the citizen can flip it. */
  @property({ attribute: 'timeline-order', reflect: true }) timelineOrder: 'newest-first' | 'oldest-first' = 'newest-first';

  @state() private phase: Phase = 'ask';
  @state() private data?: SuggestionDetail;
  @state() private failure?: JianyiError;
  @state() private draft = { code: '', key: '' };
  @state() private fieldErrors: { code?: string; key?: string } = {};
  @state() private announcement = '';
  @state() private departments = new Map<string, string>();
  @state() private previous?: { code: string; key: string };

  /** What the current view was loaded for: api base, code and key. */
  #source?: string;
  /** Bumped by every load, so an answer that arrives late for an older request is dropped. */
  #request = 0;
  #refreshing?: Promise<void>;
  #live?: LiveUpdates;
  #departmentsFor?: string;
  #focusAfterLoad?: 'title' | 'code' | 'key';

  /** The suggestion as last loaded, or undefined. */
  get detail(): SuggestionDetail | undefined {
    return this.data;
  }

  /** Asks the server again now, without a skeleton; live updates call this too. */
  refresh(): Promise<void> {
    if (!this.trackingCode || this.phase !== 'ready') return this.#load(true);
    // One refresh at a time: stream events and poll ticks may arrive together.
    this.#refreshing ??= this.#load(false).finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
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
    } else if (changed.has('pollInterval') && this.#live) {
      this.#startLive();
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focusAfterLoad && (this.phase === 'ready' || this.phase === 'ask')) {
      const target = { title: '#title', code: '#code', key: '#key' }[this.#focusAfterLoad];
      const element = this.renderRoot.querySelector<HTMLElement>(target);
      if (element) {
        this.#focusAfterLoad = undefined;
        element.focus();
      }
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
      this.failure = undefined;
    }
    try {
      const [detail] = await Promise.all([this.client.suggestions.get(code, key ? { accessKey: key } : {}), this.#loadDepartments()]);
      if (request !== this.#request) return;
      this.#show(detail);
      if (initial) this.#startLive();
    } catch (error) {
      if (request !== this.#request) return;
      if (!isJianyiError(error)) throw error;
      // A failed poll keeps what is on screen; the next poll tries again.
      if (!initial) return;
      this.#fail(error, code, key);
    }
  }

  /** Whether the submitter may rate the reply now: then the inline `<jy-rating>` shows. */
  #canRate(detail: SuggestionDetail): boolean {
    const s = detail.suggestion;
    return detail.view === 'full' && s.status === 'replied' && detail.allowedActions.includes('rate') && Boolean(this.submitterKey);
  }

  #show(detail: SuggestionDetail) {
    // Only a submitter with a reply to rate needs the rating form: it is fetched then, and
    // its place is kept until it is defined (see the styles), so nothing below it moves.
    if (this.#canRate(detail)) void import('../rating/jy-rating.js');
    const before = this.data?.suggestion;
    const after = detail.suggestion;
    this.data = detail;
    this.phase = 'ready';
    this.fieldErrors = {};
    if (before && before.id === after.id && before.version !== after.version) {
      if (before.status !== after.status) this.announcement = t(this.locale, 'statusChanged', { status: term('status', after.status, this.locale) });
      this.emit(new JyUpdatedEvent(detail));
    }
  }

  #fail(error: JianyiError, code: string, key: string) {
    this.data = undefined;
    this.emit(new JyErrorEvent(error));
    // What the citizen typed (or the page gave) is wrong: say so next to that field.
    if (error.status === 404 || error.code === 'invalid_access_key') {
      this.draft = { code, key };
      this.fieldErrors = error.status === 404 ? { code: error.message } : { key: error.message };
      this.#focusAfterLoad = error.status === 404 ? 'code' : 'key';
      this.phase = 'ask';
      return;
    }
    this.failure = error;
    this.phase = 'error';
  }

  /** Department names by id, once per API; the ids stay shown if the list cannot be had. */
  async #loadDepartments(): Promise<void> {
    if (this.#departmentsFor === this.base) return;
    try {
      const list = await this.client.meta.departments();
      this.departments = new Map(list.map((department) => [department.id, department.name]));
      this.#departmentsFor = this.base;
    } catch {
      // Names are a nicety; the tracker still works with what the timeline says.
    }
  }

  #startLive() {
    this.#stopLive();
    if (!this.isConnected || !this.data) return;
    const code = this.data.suggestion.id;
    const query = new URLSearchParams({ ...(this.submitterKey && { accessKey: this.submitterKey }), after: String(this.data.suggestion.version) });
    const seconds = Number.isFinite(this.pollInterval) && this.pollInterval > 0 ? Math.max(this.pollInterval, minPollSeconds) : 30;
    this.#live = new LiveUpdates({
      streamUrl: `${this.base}/v1/suggestions/${encodeURIComponent(code)}/events?${query}`,
      intervalMs: seconds * 1000,
      onEvent: (seq) => {
        if (seq > (this.data?.suggestion.version ?? 0)) void this.refresh();
      },
      onPoll: () => void this.refresh(),
    });
    this.#live.start();
  }

  #stopLive() {
    this.#live?.stop();
    this.#live = undefined;
  }

  #lookup(event: Event) {
    event.preventDefault();
    const code = normalizeCode(this.draft.code);
    const key = this.draft.key.trim();
    const errors = { code: this.#codeError(code), key: this.#keyError(key) };
    this.fieldErrors = errors;
    if (errors.code || errors.key) {
      this.#focusAfterLoad = errors.code ? 'code' : 'key';
      this.requestUpdate();
      return;
    }
    this.draft = { code, key };
    this.previous = undefined;
    this.trackingCode = code;
    this.submitterKey = key;
    this.#focusAfterLoad = 'title';
    // The same code and key again (after a 404, say) must still ask the server again.
    this.#source = undefined;
    this.requestUpdate();
  }

  #codeError(code: string): string | undefined {
    if (!code) return t(this.locale, 'codeRequired');
    if (!codePattern.test(code)) return t(this.locale, 'codeFormat');
    return undefined;
  }

  #keyError(key: string): string | undefined {
    return key && key.length < minKeyLength ? t(this.locale, 'keyFormat') : undefined;
  }

  #checkField(field: 'code' | 'key') {
    // A focused input removed with the form blurs; there is nothing to check then.
    if (this.phase !== 'ask') return;
    // Only after something was typed: leaving an empty field is not yet a mistake.
    const value = field === 'code' ? normalizeCode(this.draft.code) : this.draft.key.trim();
    if (!value && !this.fieldErrors[field]) return;
    const message = field === 'code' ? this.#codeError(value) : this.#keyError(value);
    this.fieldErrors = { ...this.fieldErrors, [field]: message };
  }

  /** Follows the suggestion this one was merged into; the old key does not open it. */
  #openMerged(into: string) {
    this.previous = { code: this.trackingCode, key: this.submitterKey };
    this.trackingCode = into;
    this.submitterKey = '';
    this.#focusAfterLoad = 'title';
  }

  #back() {
    const previous = this.previous;
    if (!previous) return;
    this.previous = undefined;
    this.trackingCode = previous.code;
    this.submitterKey = previous.key;
    this.#focusAfterLoad = 'title';
  }

  #askForKey() {
    this.#stopLive();
    this.#request++;
    this.draft = { code: this.trackingCode, key: '' };
    this.fieldErrors = {};
    this.phase = 'ask';
    this.#focusAfterLoad = 'key';
  }

  #trackAnother() {
    this.draft = { code: '', key: '' };
    this.previous = undefined;
    this.trackingCode = '';
    this.submitterKey = '';
    this.#focusAfterLoad = 'code';
  }

  #onRated(event: JyRatedEvent) {
    if (event.detail.suggestion) this.#show(event.detail.suggestion);
    void this.refresh();
  }

  // ——— rendering ———

  protected override render() {
    switch (this.phase) {
      case 'ask':
        return this.#renderLookup();
      case 'loading':
        return this.#renderSkeleton();
      case 'error':
        return this.#renderError();
      case 'ready':
        return this.data ? this.#renderTracker(this.data) : nothing;
    }
  }

  #renderLookup() {
    const locale = this.locale;
    return html`<form part="base lookup" class="lookup" novalidate aria-labelledby="lookup-title" @submit=${this.#lookup}>
      <h2 id="lookup-title">${t(locale, 'lookupTitle')}</h2>
      <p class="intro">${t(locale, 'lookupIntro')}</p>
      ${this.#lookupField('code', 'tracking-code')} ${this.#lookupField('key', 'access-key')}
      <button class="primary wide" part="button" type="submit">${t(locale, 'lookup')}</button>
    </form>`;
  }

  /** The code (required, read out in capitals) or the key, with hint and message. */
  #lookupField(field: 'code' | 'key', name: string) {
    const error = this.fieldErrors[field];
    const isCode = field === 'code';
    return html`<div class="field">
      <label for=${field}>${t(this.locale, field)}</label>
      <span class="hint" id="${field}-hint">${t(this.locale, `${field}Hint`)}</span>
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

  #renderSkeleton() {
    return html`<div part="base skeleton" class="card skeleton" aria-busy="true">
      <p role="status" class="visually-hidden">${t(this.locale, 'loading')}</p>
      <div class="bone title" aria-hidden="true"></div>
      <div class="bone pill" aria-hidden="true"></div>
      <div class="bone steps" aria-hidden="true"></div>
      <div class="bone line" aria-hidden="true"></div>
      <div class="bone line short" aria-hidden="true"></div>
      <div class="bone block" aria-hidden="true"></div>
      <div class="bone line" aria-hidden="true"></div>
      <div class="bone line" aria-hidden="true"></div>
    </div>`;
  }

  #renderError() {
    return html`<div part="base error" class="card failed" role="alert">
      <p class="error-title">${t(this.locale, 'loadFailed')}</p>
      ${this.failure ? html`<p class="error">${this.failure.message}</p>` : nothing}
      <button class="primary" part="button" type="button" @click=${() => void this.#load(true)}>${t(this.locale, 'retry')}</button>
    </div>`;
  }

  #renderTracker(detail: SuggestionDetail) {
    const locale = this.locale;
    const s = detail.suggestion;
    const overdue = isOverdue(s, new Date().toISOString());
    const canRate = this.#canRate(detail);
    return html`<article part="base" class="card" aria-labelledby="title">
      <header part="header" class="header">
        <p class="code">${t(locale, 'trackingCode')} <span class="mono">${s.id}</span></p>
        <h2 id="title" tabindex="-1">${s.title}</h2>
        <p class="badges">
          <span part="status" class="badge tone-${statusTone[s.status]}" data-status=${s.status}>
            <span class="visually-hidden">${t(locale, 'status')}${t(locale, 'colon')}</span>${capitalize(term('status', s.status, locale), locale)}
          </span>
          ${overdue ? html`<span part="overdue" class="badge tone-danger overdue">${t(locale, 'overdue')}</span>` : nothing}
        </p>
      </header>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.#renderSteps(s, detail.events)} ${this.#renderNotices(detail)} ${this.#renderFacts(detail, overdue)}
      ${this.#renderReplies(s)}
      ${canRate
        ? html`<section part="rate" class="rate" aria-labelledby="rate-title">
            <h3 id="rate-title">${t(locale, 'rateNow')}</h3>
            <jy-rating
              suggestion=${s.id}
              access-key=${this.submitterKey}
              api-base=${this.apiBase || nothing}
              theme=${this.theme || nothing}
              @jy-rated=${this.#onRated}
            ></jy-rating>
          </section>`
        : nothing}
      ${this.#renderRating(s)} ${this.#renderTimeline(detail.events)}
      <div class="footer">
        ${this.previous
          ? html`<button part="button" type="button" @click=${this.#back}>${t(locale, 'backTo', { code: this.previous.code })}</button>`
          : nothing}
        <button part="button" type="button" class="link" @click=${this.#trackAnother}>${t(locale, 'otherSuggestion')}</button>
      </div>
    </article>`;
  }

  #renderSteps(s: Shown, events: readonly ShownEvent[]) {
    const locale = this.locale;
    const steps = progressOf(s, events);
    return html`<ol part="steps" class="steps ${locale === 'en' ? 'latin' : ''}" aria-label=${t(locale, 'progress')}>
      ${steps.map((step: Step, index) => {
        // Each step but "handle" is named as core names the action that completes it.
        const label = capitalize(
          step.state === 'stopped' ? term('status', s.status, locale) : step.step === 'handle' ? t(locale, 'stepHandle') : term('action', step.step, locale),
          locale,
        );
        const mark = step.state === 'stopped' ? '✕' : step.state === 'skipped' ? '–' : step.state === 'done' ? '✓' : String(index + 1);
        return html`<li part="step step-${step.state}" class="step ${step.state}" aria-current=${step.current ? 'step' : nothing}>
          <span class="dot" aria-hidden="true">${mark}</span>
          <span class="label">${label}</span>
          <span class="visually-hidden">${t(locale, 'stepState', { state: t(locale, stepStateKey[step.state]) })}</span>
        </li>`;
      })}
    </ol>`;
  }

  #renderNotices(detail: SuggestionDetail) {
    const locale = this.locale;
    const s = detail.suggestion;
    const notices: TemplateResult[] = [];
    if (s.status === 'rejected') {
      notices.push(html`<div part="notice" class="notice tone-danger">
        <p class="notice-title">${t(locale, 'rejected')}</p>
        ${s.rejectionReason ? html`<p><span class="label">${t(locale, 'rejectedReason')}${t(locale, 'colon')}</span><span class="text">${s.rejectionReason}</span></p>` : nothing}
      </div>`);
    }
    if (s.status === 'merged' && s.mergedInto) {
      const into = s.mergedInto;
      notices.push(html`<div part="notice" class="notice">
        <p>${t(locale, 'merged')}</p>
        <button part="button" class="primary" type="button" data-merged-into=${into} @click=${() => this.#openMerged(into)}>
          ${t(locale, 'openMerged', { code: into })}
        </button>
      </div>`);
    }
    if (s.status === 'under_review') notices.push(html`<div part="notice" class="notice tone-warning"><p>${t(locale, 'underReview')}</p></div>`);
    if (detail.view === 'public') {
      notices.push(html`<div part="notice" class="notice public-view">
        <p>${t(locale, 'publicView')}</p>
        <button part="button" type="button" @click=${this.#askForKey}>${t(locale, 'enterKey')}</button>
      </div>`);
    }
    return notices;
  }

  #departmentName(id: string) {
    return this.departments.get(id) ?? id;
  }

  #renderFacts(detail: SuggestionDetail, overdue: boolean) {
    const locale = this.locale;
    const s = detail.suggestion;
    const deadline = currentDeadline(s);
    const contact = detail.view === 'full' ? detail.suggestion.contact : undefined;
    const fact = (label: string, value: unknown, extra = '') => html`<div class="fact ${extra}"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<dl part="facts" class="facts">
      ${fact(t(locale, 'department'), s.departmentId ? this.#departmentName(s.departmentId) : t(locale, 'unassigned'))}
      ${s.coDepartmentIds.length > 0 ? fact(t(locale, 'coDepartments'), s.coDepartmentIds.map((id) => this.#departmentName(id)).join('、')) : nothing}
      ${deadline
        ? fact(
            t(locale, s.status === 'submitted' ? 'acceptDue' : 'handlingDue'),
            html`<time datetime=${deadline}>${formatDateTime(deadline, locale, false)}</time>${overdue
                ? html`<span class="overdue-text">${t(locale, 'overdueMark')}</span>`
                : nothing}`,
            overdue ? 'is-overdue' : '',
          )
        : nothing}
      ${fact(t(locale, 'submittedAt'), html`<time datetime=${s.createdAt}>${formatDateTime(s.createdAt, locale)}</time>`)}
      ${fact(t(locale, 'channel'), term('channel', s.channel, locale))}
    </dl>
    <details class="content">
      <summary>${t(locale, 'content')}</summary>
      <p class="text body">${s.body}</p>
      ${s.location ? html`<p><span class="label">${t(locale, 'location')}${t(locale, 'colon')}</span><span class="text">${s.location.address}</span></p>` : nothing}
      ${contact && (contact.name || contact.phone)
        ? html`<p class="contact"><span class="label">${t(locale, 'contact')}${t(locale, 'colon')}</span><span class="text">${[contact.name, contact.phone].filter(Boolean).join(' ')}</span></p>`
        : nothing}
      ${this.#renderAttachments(s.attachments)}
    </details>`;
  }

  #renderAttachments(attachments: readonly Attachment[] | undefined) {
    const shown = (attachments ?? []).flatMap((attachment) => {
      const url = safeUrl(attachment.url);
      return url && attachment.mime.startsWith('image/') ? [{ url, name: attachment.name ?? '' }] : [];
    });
    if (shown.length === 0) return nothing;
    return html`<ul class="photos" aria-label=${t(this.locale, 'photos')}>
      ${shown.map(
        (photo) => html`<li><a href=${photo.url} target="_blank" rel="noopener noreferrer"><img src=${photo.url} alt=${photo.name || t(this.locale, 'photos')} loading="lazy" /></a></li>`,
      )}
    </ul>`;
  }

  #renderReplies(s: Shown) {
    const locale = this.locale;
    if (s.replies.length === 0) return nothing;
    const replies = [...s.replies].reverse();
    return replies.map(
      (reply, index) => html`<section part="reply" class="reply" aria-labelledby="reply-${index}">
        <h3 id="reply-${index}">${t(locale, 'reply')}</h3>
        <p class="meta">
          <span class="kind">${capitalize(term('replyKind', reply.kind, locale), locale)}</span> ·
          <span class="who">${reply.departmentId ? this.#departmentName(reply.departmentId) : reply.by}</span> ·
          <time datetime=${reply.at}>${formatDateTime(reply.at, locale)}</time>
        </p>
        <p class="text">${reply.body}</p>
        ${this.#renderAttachments(reply.attachments)}
      </section>`,
    );
  }

  #renderRating(s: Shown) {
    const locale = this.locale;
    if (s.rating) {
      const rating = s.rating;
      return html`<section part="rating" class="given-rating" aria-labelledby="rating-title">
        <h3 id="rating-title">${t(locale, 'yourRating')}</h3>
        <p class="badges">
          <span class="badge tone-${rating.satisfaction === 'unsatisfied' ? 'warning' : 'done'}">${capitalize(term('satisfaction', rating.satisfaction, locale), locale)}</span>
          <span class="badge tone-${rating.solved ? 'done' : 'warning'}">${t(locale, rating.solved ? 'solved' : 'notSolved')}</span>
        </p>
        ${rating.comment ? html`<p class="text">${rating.comment}</p>` : nothing}
        <p class="meta">${t(locale, 'ratedAt')} <time datetime=${rating.at}>${formatDateTime(rating.at, locale)}</time></p>
      </section>`;
    }
    if (s.status === 'closed' && s.replies.length > 0) {
      return html`<div part="notice" class="notice"><p>${t(locale, 'closedUnrated')}</p></div>`;
    }
    return nothing;
  }

  #renderTimeline(events: readonly ShownEvent[]) {
    const locale = this.locale;
    const newest = this.timelineOrder !== 'oldest-first';
    const ordered = [...events].sort((a, b) => (newest ? b.seq - a.seq : a.seq - b.seq));
    return html`<section part="timeline" class="timeline" aria-labelledby="timeline-title">
      <div class="timeline-head">
        <h3 id="timeline-title">${t(locale, 'timeline')}</h3>
        <button
          part="button"
          type="button"
          class="order"
          aria-pressed=${newest ? 'true' : 'false'}
          @click=${() => {
            this.timelineOrder = newest ? 'oldest-first' : 'newest-first';
          }}
        >
          ${t(locale, 'newestFirst')}
        </button>
      </div>
      <ol class="events">
        ${ordered.map((event) => this.#renderEvent(event))}
      </ol>
    </section>`;
  }

  #renderEvent(event: ShownEvent) {
    const locale = this.locale;
    const actor = event.actor;
    const who = actor.departmentId ? this.#departmentName(actor.departmentId) : actor.displayName;
    const role = t(locale, roleKey[actor.role]);
    return html`<li part="event" class="event" data-type=${event.type} data-seq=${event.seq}>
      <p class="what">${capitalize(this.#eventWhat(event), locale)}</p>
      <p class="meta">
        ${role !== who ? html`<span class="role">${role}</span> ` : nothing}<span class="who">${who}</span>
        <time datetime=${event.at}>${formatDateTime(event.at, locale)}</time>
      </p>
      ${this.#eventDetail(event)} ${event.note ? html`<p class="note text">${event.note}</p>` : nothing}
    </li>`;
  }

  /** The step in words; where an assignment or a merge went belongs in it. */
  #eventWhat(event: ShownEvent): string {
    const locale = this.locale;
    const department = this.#dataText(event, 'departmentId');
    const into = this.#dataText(event, 'into');
    if (event.type === 'assign' && department) return t(locale, 'assignedTo', { department: this.#departmentName(department) });
    if (event.type === 'merge' && into) return t(locale, 'mergedInto', { code: into });
    return term('action', event.type, locale);
  }

  /** What else the step carried that a citizen wants to know: why, which kind of answer, how it was rated. */
  #eventDetail(event: ShownEvent) {
    const locale = this.locale;
    let detail: string | undefined;
    const reason = this.#dataText(event, 'reason');
    const kind = this.#dataText(event, 'kind');
    const rating = event.data?.['rating'];
    if ((event.type === 'reject' || event.type === 'return') && reason) detail = t(locale, 'reason', { reason });
    else if (event.type === 'answer' && kind) detail = capitalize(term('replyKind', kind as ReplyKind, locale), locale);
    else if (event.type === 'rate' && typeof rating === 'object' && rating !== null && 'satisfaction' in rating) {
      detail = capitalize(term('satisfaction', String(rating.satisfaction) as Satisfaction, locale), locale);
    }
    return detail ? html`<p class="detail text">${detail}</p>` : nothing;
  }

  #dataText(event: ShownEvent, key: string): string | undefined {
    const value = event.data?.[key];
    return typeof value === 'string' ? value : undefined;
  }
}
