import {
  currentDeadline,
  isJianyiError,
  isOverdue,
  term,
  type Attachment,
  type JianyiError,
  type Locale,
  type PublicSuggestionEvent,
  type Status,
  type SuggestionDetail,
} from '@jianyi/core';
import { html, nothing } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import type { JyRatedEvent } from '../../events/jy-rated.js';
import { JyUpdatedEvent } from '../../events/jy-updated.js';
import { JyElement } from '../../internal/jy-element.js';
import { capitalize, formatDateTime } from '../../internal/localize.js';
import { tokens } from '../../styles/tokens.js';
import { followLive } from './live-updates.js';
import { progressOf } from './progress.js';
import { statusTrackerTerms, type Key } from './status-tracker.i18n.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import { states } from '../../internal/states.js';

const t = statusTrackerTerms.t;

type Phase = 'ask' | 'loading' | 'ready' | 'error';
type Field = 'code' | 'key';

/** The colour of a status badge; every status not named here is still open. */
const statusTone: Partial<Record<Status, string>> = { replied: 'done', closed: 'done', under_review: 'warning', rejected: 'danger', merged: 'muted' };
/** What a step's dot shows; a step still open shows its number. */
const stepMark: Record<string, string> = { done: '✓', skipped: '–', stopped: '✕' };

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

/** Core's name of a status, reply kind or rating, capitalized: it starts a badge or a line. */
const named = (kind: 'status' | 'replyKind' | 'satisfaction', value: string, locale: Locale) => capitalize(term(kind, value as never, locale), locale);

const time = (iso: string, locale: Locale, withTime?: boolean) => html`<time datetime=${iso}>${formatDateTime(iso, locale, withTime)}</time>`;

/** A `label：text` line, as notices and the content show a reason, a place or a contact. */
const labelled = (label: string, text: unknown, locale: Locale, className?: string) =>
  html`<p class=${className ?? nothing}><span class="label">${label}${t(locale, 'colon')}</span><span class="text">${text}</span></p>`;

/** A notice: its text, then what else it holds (a reason, a button). */
const notice = (text: string, className: string, extra: unknown = nothing, textClass?: string) =>
  html`<div part="notice" class="notice ${className}"><p class=${textClass ?? nothing}>${text}</p>${extra}</div>`;

/** A section of the ready view under its own heading. */
const section = (part: string, className: string, id: string, title: string, body: unknown) =>
  html`<section part=${part} class=${className} aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;

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
  #announcement = '';
  #departments = new Map<string, string>();
  /** The suggestion shown before "open merged", to go back to. */
  #previous?: { code: string; key: string };
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
      this.#announcement = '';
      if (!code) {
        this.phase = 'ask';
        this.data = undefined;
        return;
      }
      this.phase = 'loading';
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
      if (initial) this.#fail(error, code, key);
    }
  }

  /** Whether the submitter may rate the reply now: then the inline `<jy-rating>` shows. */
  #canRate(detail: SuggestionDetail): boolean {
    return detail.view === 'full' && detail.suggestion.status === 'replied' && detail.allowedActions.includes('rate') && !!this.submitterKey;
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
    if (before?.id === after.id && before.version !== after.version) {
      if (before.status !== after.status) this.#announcement = t(this.locale, 'statusChanged', { status: term('status', after.status, this.locale) });
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
    this.#stopFollowing = followLive({
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
    this.#follow(code, key, 'title');
  }

  #checkField(field: Field) {
    // A focused input removed with the form blurs; there is nothing to check then.
    if (this.phase !== 'ask') return;
    // Only after something was typed: leaving an empty field is not yet a mistake.
    const value = this.#typed(field);
    if (value || this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: this.#fieldError(field, value) };
  }

  /** Shows another suggestion (or, without a code, the form) and moves focus to `focus` once there. */
  #follow(code: string, key: string, focus: 'title' | Field, previous?: { code: string; key: string }) {
    this.draft = { code, key };
    this.#previous = previous;
    this.trackingCode = code;
    this.submitterKey = key;
    this.#focusAfterLoad = focus;
  }

  #askForKey() {
    this.#stopLive();
    this.#request++;
    this.draft = { code: this.trackingCode, key: '' };
    this.fieldErrors = {};
    this.phase = 'ask';
    this.#focusAfterLoad = 'key';
  }

  #onRated(event: JyRatedEvent) {
    if (event.detail.suggestion) this.#show(event.detail.suggestion);
    void this.refresh();
  }

  // ——— rendering ———

  protected override render() {
    const locale = this.locale;
    const phase = this.phase;
    if (phase === 'ready') return this.#renderTracker(this.data!, locale);
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

  #renderTracker(detail: SuggestionDetail, locale: Locale) {
    const s = detail.suggestion;
    const overdue = isOverdue(s, new Date().toISOString());
    const deadline = currentDeadline(s);
    const contact = detail.view === 'full' ? detail.suggestion.contact : undefined;
    const rating = s.rating;
    const newest = this.timelineOrder !== 'oldest-first';
    const fact = (label: Key, value: unknown, extra = '') => html`<div class="fact ${extra}"><dt>${t(locale, label)}</dt><dd>${value}</dd></div>`;
    return html`<article part="base" class="card" aria-labelledby="title">
      <header part="header" class="header">
        <p class="code">${t(locale, 'code')} <span class="mono">${s.id}</span></p>
        <h2 id="title" tabindex="-1">${s.title}</h2>
        <p class="badges">
          <span part="status" class="badge tone-${statusTone[s.status] ?? 'open'}" data-status=${s.status}>
            <span class="visually-hidden">${t(locale, 'status')}${t(locale, 'colon')}</span>${named('status', s.status, locale)}
          </span>
          ${overdue ? html`<span part="overdue" class="badge tone-danger overdue">${t(locale, 'overdue')}</span>` : nothing}
        </p>
      </header>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      <ol part="steps" class="steps ${locale === 'en' ? 'latin' : ''}" aria-label=${t(locale, 'progress')}>
        ${progressOf(s, detail.events).map((step, index) => {
          // Each step but "handle" is named as core names the action that completes it.
          const label =
            step.state === 'stopped'
              ? named('status', s.status, locale)
              : capitalize(step.step === 'handle' ? t(locale, 'stepHandle') : term('action', step.step, locale), locale);
          return html`<li part="step step-${step.state}" class="step ${step.state}" aria-current=${step.current ? 'step' : nothing}>
            <span class="dot" aria-hidden="true">${stepMark[step.state] ?? index + 1}</span>
            <span class="label">${label}</span>
            <span class="visually-hidden">${t(locale, 'stepState', { state: t(locale, `step_${step.state}`) })}</span>
          </li>`;
        })}
      </ol>
      ${s.status === 'rejected'
        ? notice(
            t(locale, 'rejected'),
            'tone-danger',
            s.rejectionReason ? labelled(t(locale, 'rejectedReason'), s.rejectionReason, locale) : nothing,
            'notice-title',
          )
        : nothing}
      ${s.status === 'merged' && s.mergedInto
        ? notice(
            t(locale, 'merged'),
            '',
            html`<button
              part="button"
              class="primary"
              type="button"
              data-merged-into=${s.mergedInto}
              @click=${() => this.#follow(s.mergedInto!, '', 'title', { code: this.trackingCode, key: this.submitterKey })}
            >
              ${t(locale, 'openMerged', { code: s.mergedInto })}
            </button>`,
          )
        : nothing}
      ${s.status === 'under_review' ? notice(t(locale, 'underReview'), 'tone-warning') : nothing}
      ${detail.view === 'public'
        ? notice(t(locale, 'publicView'), 'public-view', html`<button part="button" type="button" @click=${this.#askForKey}>${t(locale, 'enterKey')}</button>`)
        : nothing}
      <dl part="facts" class="facts">
        ${fact('department', s.departmentId ? this.#departmentName(s.departmentId) : t(locale, 'unassigned'))}
        ${s.coDepartmentIds.length > 0 ? fact('coDepartments', s.coDepartmentIds.map((id) => this.#departmentName(id)).join('、')) : nothing}
        ${deadline
          ? fact(
              s.status === 'submitted' ? 'acceptDue' : 'handlingDue',
              html`${time(deadline, locale, false)}${overdue ? html`<span class="overdue-text">${t(locale, 'overdueMark')}</span>` : nothing}`,
              overdue ? 'is-overdue' : '',
            )
          : nothing}
        ${fact('submittedAt', time(s.createdAt, locale))} ${fact('channel', term('channel', s.channel, locale))}
      </dl>
      <details class="content">
        <summary>${t(locale, 'content')}</summary>
        <p class="text body">${s.body}</p>
        ${s.location ? labelled(t(locale, 'location'), s.location.address, locale) : nothing}
        ${contact && (contact.name || contact.phone)
          ? labelled(t(locale, 'contact'), [contact.name, contact.phone].filter(Boolean).join(' '), locale, 'contact')
          : nothing}
        ${this.#renderPhotos(s.attachments, locale)}
      </details>
      ${[...s.replies].reverse().map((reply, index) =>
        section(
          'reply',
          'reply',
          `reply-${index}`,
          t(locale, 'reply'),
          html`<p class="meta">
              <span class="kind">${named('replyKind', reply.kind, locale)}</span> ·
              <span class="who">${reply.departmentId ? this.#departmentName(reply.departmentId) : reply.by}</span> ·
              ${time(reply.at, locale)}
            </p>
            <p class="text">${reply.body}</p>
            ${this.#renderPhotos(reply.attachments, locale)}`,
        ),
      )}
      ${this.#canRate(detail)
        ? section(
            'rate',
            'rate',
            'rate-title',
            t(locale, 'rateNow'),
            html`<jy-rating
              suggestion=${s.id}
              access-key=${this.submitterKey}
              api-base=${this.apiBase || nothing}
              theme=${this.theme || nothing}
              @jy-rated=${this.#onRated}
            ></jy-rating>`,
          )
        : nothing}
      ${rating
        ? section(
            'rating',
            'given-rating',
            'rating-title',
            t(locale, 'yourRating'),
            html`<p class="badges">
                <span class="badge tone-${rating.satisfaction === 'unsatisfied' ? 'warning' : 'done'}">${named('satisfaction', rating.satisfaction, locale)}</span>
                <span class="badge tone-${rating.solved ? 'done' : 'warning'}">${t(locale, rating.solved ? 'solved' : 'notSolved')}</span>
              </p>
              ${rating.comment ? html`<p class="text">${rating.comment}</p>` : nothing}
              <p class="meta">${t(locale, 'ratedAt')} ${time(rating.at, locale)}</p>`,
          )
        : s.status === 'closed' && s.replies.length > 0
          ? notice(t(locale, 'closedUnrated'), '')
          : nothing}
      <section part="timeline" class="timeline" aria-labelledby="timeline-title">
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
          ${[...detail.events].sort((a, b) => (newest ? b.seq - a.seq : a.seq - b.seq)).map((event) => this.#renderEvent(event, locale))}
        </ol>
      </section>
      <div class="footer">
        ${this.#previous
          ? html`<button part="button" type="button" @click=${() => this.#follow(this.#previous!.code, this.#previous!.key, 'title')}>${t(locale, 'backTo', {
              code: this.#previous.code,
            })}</button>`
          : nothing}
        <button part="button" type="button" class="link" @click=${() => this.#follow('', '', 'code')}>${t(locale, 'otherSuggestion')}</button>
      </div>
    </article>`;
  }

  #departmentName(id: string) {
    return this.#departments.get(id) ?? id;
  }

  #renderPhotos(attachments: readonly Attachment[] = [], locale: Locale) {
    const photos = attachments.flatMap(({ url, mime, name }) => {
      const safe = mime.startsWith('image/') && safeUrl(url);
      return safe
        ? [html`<li><a href=${safe} target="_blank" rel="noopener noreferrer"><img src=${safe} alt=${name || t(locale, 'photos')} loading="lazy" /></a></li>`]
        : [];
    });
    return photos.length > 0 ? html`<ul class="photos" aria-label=${t(locale, 'photos')}>${photos}</ul>` : nothing;
  }

  #renderEvent(event: PublicSuggestionEvent, locale: Locale) {
    const { type, actor, data = {} } = event;
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
    const department = text('departmentId');
    const into = text('into');
    const reason = text('reason');
    const kind = text('kind');
    const satisfaction = (data['rating'] as { satisfaction?: unknown } | null | undefined)?.satisfaction;
    const who = actor.departmentId ? this.#departmentName(actor.departmentId) : actor.displayName;
    const role = t(locale, `role_${actor.role}`);
    // What else the step carried that a citizen wants to know: why, which kind of answer, how it was rated.
    const detail =
      (type === 'reject' || type === 'return') && reason
        ? t(locale, 'rejectedReason') + t(locale, 'colon') + reason
        : type === 'answer' && kind
          ? named('replyKind', kind, locale)
          : type === 'rate' && satisfaction !== undefined
            ? named('satisfaction', String(satisfaction), locale)
            : '';
    // Where an assignment or a merge went belongs in the step's words.
    const what =
      type === 'assign' && department
        ? t(locale, 'assignedTo', { department: this.#departmentName(department) })
        : type === 'merge' && into
          ? t(locale, 'mergedInto', { code: into })
          : term('action', type, locale);
    return html`<li part="event" class="event" data-type=${type} data-seq=${event.seq}>
      <p class="what">${capitalize(what, locale)}</p>
      <p class="meta">
        ${role !== who ? html`<span class="role">${role}</span> ` : nothing}<span class="who">${who}</span>
        ${time(event.at, locale)}
      </p>
      ${detail ? html`<p class="detail text">${detail}</p>` : nothing} ${event.note ? html`<p class="note text">${event.note}</p>` : nothing}
    </li>`;
  }
}
