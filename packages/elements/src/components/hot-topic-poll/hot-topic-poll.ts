import { countChars, isJianyiError, message, preloadChecks, type Comment, type JianyiError, type Locale, type Page, type Poll, type Topic, type Vote } from '@jianyi/core';
import { html, nothing } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JyElement } from '../../internal/jy-element.js';
import { formatDateTime, formatNumber, formatPercent } from '../../internal/localize.js';
import { tokens } from '../../styles/tokens.js';
import { hotTopicPollTerms } from './hot-topic-poll.i18n.js';
import { hotTopicPollStyles } from './hot-topic-poll.styles.js';
import { ListWindow } from './list-window.js';
import type { ActionKey, Draft, PollHost } from './poll-actions.js';
import { readVote } from './voter-storage.js';
import { states } from '../../internal/states.js';

const t = hotTopicPollTerms.t;
/** CommentInputSchema's limit on `body`, shown in the live count; the schema itself checks it. */
const maxBody = 500;
/** Pixels rendered above and below the viewport so a quick flick shows no blank space. */
const overscan = 240;

const emptyDraft: Draft = { body: '', aspectId: '', authorName: '' };

/** What votes, posts comments and loads more of them, once fetched: a press then acts in the same task. */
let loaded: typeof import('./poll-actions.js') | undefined;
/** Fetches that code; the browser keeps it once here, and fetches it again after a failure. */
const loadActions = () => import('./poll-actions.js').then((module) => (loaded = module), () => undefined);
/**
 * A term of ./poll-actions.js: what the states only that file sets say, so it is here when
 * they show (as are the messages it renders itself: field errors, the thanks).
 */
const said = (locale: Locale, key: ActionKey, params?: Record<string, number>) => loaded?.actionTerms.t(locale, key, params) ?? '';

/**
 * A citizen reaches for the widget: fetch the vote and comment code and the input checks
 * now, so pressing a button does not wait for them.
 */
function preloadActions() {
  void preloadChecks();
  void loadActions();
}



/** The nearest element that scrolls `node` (through shadow roots), else the page. */
function scrollParent(node: Element): Element {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element) {
      const overflow = getComputedStyle(current).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && current.scrollHeight > current.clientHeight) return current;
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** @internal "3 小时前" for the last week, the date after that: what Intl.RelativeTimeFormat says, from the terms. */
export function when(iso: string, locale: Locale, now: number): string {
  const ago = (now - Date.parse(iso)) / 1000;
  if (ago < 60) return t(locale, 'justNow');
  if (ago < 3600) {
    const count = Math.round(ago / 60);
    return t(locale, count === 1 ? 'minuteAgo' : 'minutesAgo', { count });
  }
  if (ago < 86_400) {
    const count = Math.round(ago / 3600);
    return t(locale, count === 1 ? 'hourAgo' : 'hoursAgo', { count });
  }
  if (ago < 7 * 86_400) {
    const count = Math.round(ago / 86_400);
    return t(locale, count === 1 ? 'yesterday' : count === 2 ? 'dayBeforeYesterday' : 'daysAgo', { count });
  }
  return formatDateTime(iso, locale, false);
}

/**
 * @tag jy-hot-topic-poll
 * @summary A hot topic (热点关注): its question, a poll with one vote per voter, the results as an accessible chart, and comments by aspect.
 *
 * Citizens vote once (the server's voter token is kept in `localStorage` per API base; a
 * reload or a second attempt shows the earlier choice), read the comments newest first,
 * filtered by aspect, and write their own. The list renders only the comments near the
 * viewport, so a topic with ten thousand comments keeps the page light. A closed topic
 * is read-only and shows its results.
 *
 * @event jy-voted - The vote was stored; `detail` is the `VoteResult` (`counted` is false when an earlier vote of this voter stands).
 * @event jy-commented - A comment was published; `detail` is the `Comment`.
 * @event jy-error - Loading, voting or commenting failed; `detail` is the SDK's error with a message to show.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, badge, period, participants and description.
 * @csspart title - The topic title.
 * @csspart badge - The open / closed / upcoming badge.
 * @csspart description - The topic description.
 * @csspart poll - The poll section (form or results).
 * @csspart option - Each poll choice (a label around its radio or checkbox).
 * @csspart vote - The vote button.
 * @csspart results - The results table.
 * @csspart bar - The bar drawn for each option in the results.
 * @csspart notice - Messages about the vote or the topic's state.
 * @csspart comment-form - The comment box.
 * @csspart comment-input - The comment text area.
 * @csspart comment-submit - The button that posts a comment.
 * @csspart filter - The aspect filter.
 * @csspart comment-list - The list of comments.
 * @csspart comment - Each comment.
 * @csspart load-more - The button that loads the next page of comments.
 * @csspart retry - The button shown after a failed load.
 *
 * @cssproperty --jy-color-primary - Chosen options, the buttons, your choice in the results.
 * @cssproperty --jy-color-on-primary - Text on the primary colour.
 * @cssproperty --jy-color-bar - The result bars; the primary colour by default.
 * @cssproperty --jy-color-text - Text.
 * @cssproperty --jy-color-muted - Secondary text.
 * @cssproperty --jy-color-surface - Backgrounds of fields and options.
 * @cssproperty --jy-color-subtle - Notices, skeletons, the comment box.
 * @cssproperty --jy-color-border - Borders and dividers.
 * @cssproperty --jy-color-success - The open badge and thanks.
 * @cssproperty --jy-color-warning - The upcoming badge and the "all chosen" hint.
 * @cssproperty --jy-color-danger - Error messages.
 * @cssproperty --jy-color-focus - The focus ring.
 * @cssproperty --jy-radius - Corner radius.
 * @cssproperty --jy-space - Base spacing.
 * @cssproperty --jy-font-family - Font.
 * @cssproperty --jy-font-size - Base font size.
 */
export class JyHotTopicPoll extends JyElement implements PollHost {
  static override styles = [tokens, hotTopicPollStyles];

  static override properties = {
    topic: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    ...states('data', 'loadError', 'choice', 'myVote', 'counted', 'voting', 'voteError', 'comments', 'nextCursor', 'commentsLoaded', 'listTurn', 'commentsLoading', 'commentsError', 'aspectFilter', 'range', 'listStatus', 'draft', 'fieldErrors', 'formError', 'sending', 'posted', 'waitSeconds'),
  };

  /** The topic's id (e.g. `topic-bus`). */
  topic = '';
  /** Comments fetched per "load more" (1–100). */
  pageSize = 50;

  /** @internal */ data?: Topic;
  private loadError?: JianyiError;
  /** @internal */ choice: string[] = [];
  /** @internal */ myVote?: Vote;
  /** @internal True or false after voting in this page; undefined when the vote was remembered from before. */
  counted?: boolean;
  /** @internal */ voting = false;
  /** @internal */ voteError?: string;

  /** @internal */ comments: Comment[] = [];
  /** @internal */ nextCursor: string | null = null;
  /** @internal */ commentsLoaded = false;
  /** False until a task after the topic's first render: the results show first, the comments in a task of their own. */
  private listTurn = false;
  /** @internal */ commentsLoading = false;
  /** @internal */ commentsError?: string;
  /** @internal */ aspectFilter = '';
  private range = { start: 0, end: 0 };
  /** @internal */ listStatus = '';

  /** @internal */ draft: Draft = { ...emptyDraft };
  /** @internal */ fieldErrors: Readonly<Record<string, string>> = {};
  /** @internal */ formError?: string;
  /** @internal */ sending = false;
  /** @internal */ posted = false;
  /** @internal */ waitSeconds = 0;

  // Getters rather than @query: the decorator is a chunk of its own in the widget scripts.
  private get list() {
    return this.renderRoot.querySelector<HTMLOListElement>('ol[part~="comment-list"]');
  }

  #loadedKey = '';
  #loadAbort?: AbortController;
  #window = new ListWindow(96, 30);
  #frame = 0;
  #width = 0;
  #resize?: ResizeObserver;
  /** @internal The comment request under way, aborted by the next one. */
  commentsCall?: AbortController;
  /** @internal */
  waitTimer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Scrolls of the page or of any scrolling ancestor in it; scroll events do not bubble.
    window.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (Math.abs(width - this.#width) < 1) return;
      this.#width = width;
      // Text wraps anew at another width: measure again what is rendered.
      this.#window.clear();
      // Next frame: changing layout inside a ResizeObserver callback would loop it.
      requestAnimationFrame(() => this.requestUpdate());
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearInterval(this.waitTimer);
    this.waitSeconds = 0;
  }


  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const key = this.topic && `${this.client.options.baseUrl}|${this.topic}`;
    if (key && key !== this.#loadedKey) {
      this.#loadedKey = key;
      void this.#load();
    }
    if (changed.has('data') && this.data && !this.listTurn) setTimeout(() => (this.listTurn = true));
    if (changed.has('comments')) {
      this.#window.setKeys(this.comments.map((comment) => comment.id));
      this.range = this.#visibleRange();
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Through CSSOM: a style attribute (what styleMap writes on first render) is refused
    // by a strict style-src CSP.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-share]')) bar.style.setProperty('--_share', `${bar.dataset.share}%`);
    this.#measure();
  }

  /** Loads the topic and the first page of comments again (what the retry button does). */
  reload(): void {
    this.#loadedKey = '';
    this.requestUpdate();
  }

  async #load() {
    this.#loadAbort?.abort();
    const controller = new AbortController();
    this.#loadAbort = controller;
    const topicId = this.topic;
    this.data = undefined;
    this.listTurn = false;
    this.loadError = undefined;
    this.myVote = readVote(this.client.options.baseUrl, topicId);
    this.counted = undefined;
    this.choice = [...(this.myVote?.optionIds ?? [])];
    this.voteError = undefined;
    this.aspectFilter = '';
    this.draft = { ...emptyDraft };
    this.fieldErrors = {};
    this.formError = undefined;
    this.posted = false;
    void this.loadComments();
    try {
      const topic = await this.client.topics.get(topicId, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.data = topic;
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!isJianyiError(error)) throw error;
      this.loadError = error;
      this.emit(new JyErrorEvent(error));
    }
  }

  /** @internal The first page of comments: with the topic, after a filter change, on retry. Later pages come from ./poll-actions.js. */
  async loadComments() {
    this.comments = [];
    this.nextCursor = null;
    this.commentsLoaded = false;
    this.listStatus = '';
    await this.fetchComments(undefined, (page) => {
      this.comments = page.items;
      this.nextCursor = page.nextCursor;
      this.commentsLoaded = true;
    });
  }

  /**
   * @internal A page of comments (the first without `cursor`) for the chosen aspect, handed
   * to `show`; the loading state and a failure are the list's. A newer call cancels an older one.
   */
  async fetchComments(cursor: string | undefined, show: (page: Page<Comment>) => void) {
    this.commentsCall?.abort();
    const controller = (this.commentsCall = new AbortController());
    this.commentsLoading = true;
    this.commentsError = undefined;
    try {
      const page = await this.client.topics.comments(
        this.topic,
        // The client leaves out an empty aspect.
        { aspectId: this.aspectFilter, ...(cursor && { cursor }), limit: Math.min(100, Math.max(1, this.pageSize)) },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      show(page);
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!isJianyiError(error)) throw error;
      this.commentsError = error.message;
      this.emit(new JyErrorEvent(error));
    } finally {
      if (!controller.signal.aborted) this.commentsLoading = false;
    }
  }

  #filter(aspectId: string) {
    if (aspectId === this.aspectFilter) return;
    this.aspectFilter = aspectId;
    void this.loadComments();
    // A shorter list may leave the reader below it: bring its start back into view.
    const section = this.renderRoot.querySelector('#comments');
    if (section && section.getBoundingClientRect().top < 0) section.scrollIntoView();
  }

  // ── Windowing ──────────────────────────────────────────────────────────

  /** The slice of comments that covers the viewport, from where the list is on screen now. */
  #visibleRange() {
    const top = this.list?.getBoundingClientRect().top ?? 0;
    return this.#window.range(Math.max(0, -top), window.innerHeight || 800, overscan);
  }

  #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.list) return;
      const next = this.#visibleRange();
      if (next.start !== this.range.start || next.end !== this.range.end) this.range = next;
    });
  };

  /**
   * Measures the comments just rendered, sizes the space that stands for the others, and
   * keeps the comment being read where it was when heights above it turn out different
   * from their estimate (scrolling up into comments not seen before).
   */
  #measure() {
    const list = this.list;
    if (!list) return;
    const win = this.#window;
    const viewTop = -list.getBoundingClientRect().top;
    const anchor = viewTop > 0 ? win.indexAt(viewTop) : -1;
    const anchorTop = anchor >= 0 ? win.top(anchor) : 0;
    let changed = false;
    for (const item of list.children) {
      const key = (item as HTMLElement).dataset.key;
      if (key) changed = win.measure(key, item.getBoundingClientRect().height) || changed;
    }
    // CSSOM, not a style attribute, so a strict style-src CSP allows it.
    list.style.paddingTop = `${win.top(this.range.start)}px`;
    list.style.paddingBottom = `${win.total - win.top(this.range.end)}px`;
    if (!changed) return;
    if (anchor >= 0) {
      const shift = win.top(anchor) - anchorTop;
      if (Math.abs(shift) >= 1) scrollParent(this).scrollBy(0, shift);
    }
    this.#onScroll();
  }

  // ── Voting and commenting ──────────────────────────────────────────────

  /** The options ticked, read from the form, so in the order they are listed. */
  #choose(event: Event) {
    this.choice = [...(event.currentTarget as HTMLFormElement).querySelectorAll<HTMLInputElement>(':checked')].map((input) => input.value);
    this.voteError = undefined;
  }

  /**
   * Votes, posts the comment or loads more comments with ./poll-actions.js, fetched here if
   * the citizen's first move did not fetch it already.
   */
  async #act(event: Event, action: 'vote' | 'comment' | 'more') {
    event.preventDefault();
    const code = loaded ?? (await loadActions());
    if (code) {
      // Its words in this page's language before it shows any (zh-CN if they cannot come).
      const terms = code.actionTerms.load(this.locale);
      if (terms) await terms.catch(() => undefined);
      return code[action](this, this.client, this.locale);
    }
    // Offline before that code came: said where that action shows its errors. The choice and
    // the draft stay, and pressing again fetches it again.
    const offline = message('network', this.locale);
    if (action === 'vote') this.voteError = offline;
    else if (action === 'comment') this.formError = offline;
    else this.commentsError = offline;
  }

  #edit(field: keyof Draft, value: string) {
    this.draft = { ...this.draft, [field]: value };
    this.posted = false;
    if (this.fieldErrors[field]) {
      const { [field]: _fixed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  // ── Rendering ──────────────────────────────────────────────────────────

  protected override render() {
    const locale = this.locale;
    if (this.loadError) {
      return html`<div class="topic" part="base">
        <div class="failed" role="alert">
          <p><strong>${t(locale, 'loadFailed')}</strong></p>
          <p class="error">${this.loadError.message}</p>
          <button part="retry" type="button" @click=${() => this.reload()}>${t(locale, 'retry')}</button>
        </div>
      </div>`;
    }
    const topic = this.data;
    if (!topic) return this.#skeleton(locale);
    const { state, poll } = topic;
    const showResults = state === 'closed' || this.myVote !== undefined;
    // The code and schemas of a vote and a comment are fetched once a citizen reaches for the widget.
    return html`<div class="topic" part="base" @focusin=${preloadActions} @pointerdown=${preloadActions}>
      ${this.#header(topic, locale)}
      ${state === 'closed' ? html`<p class="notice" part="notice">${t(locale, 'closedNotice')}</p>` : nothing}
      ${state === 'upcoming' ? html`<p class="notice" part="notice">${t(locale, 'upcomingNotice', { date: formatDateTime(topic.opensAt, locale) })}</p>` : nothing}
      ${poll && state !== 'upcoming'
        ? html`<section part="poll" aria-labelledby="poll-heading">
            <h3 id="poll-heading">${t(locale, showResults ? 'results' : 'vote')}</h3>
            ${showResults ? this.#results(topic, poll, locale) : this.#pollForm(poll, locale)}
          </section>`
        : nothing}
      ${state === 'open' ? this.#compose(topic, locale) : nothing}
      ${state !== 'upcoming' ? this.#commentSection(topic, locale) : nothing}
    </div>`;
  }

  #skeleton(locale: Locale) {
    return html`<div class="topic skeleton" part="base" aria-busy="true">
      <p class="visually-hidden" role="status">${t(locale, 'loading')}</p>
      <div class="bone-group" aria-hidden="true">
        <span class="bone title"></span><span class="bone line"></span><span class="bone text"></span>
      </div>
      <div class="bone-group" aria-hidden="true">
        <span class="bone line"></span><span class="bone option"></span><span class="bone option"></span><span class="bone option"></span><span class="bone option"></span>
      </div>
    </div>`;
  }

  #header(topic: Topic, locale: Locale) {
    return html`<header part="header">
      <div class="heading">
        <h2 part="title">${topic.title}</h2>
        <span part="badge" data-state=${topic.state}>${t(locale, topic.state)}</span>
      </div>
      <p class="meta">
        <span>${t(locale, 'period', { from: formatDateTime(topic.opensAt, locale, false), to: formatDateTime(topic.closesAt, locale, false) })}</span>
        <span>${t(locale, 'participants', { count: formatNumber(topic.counts.participants, locale) })}</span>
      </p>
      <p class="description" part="description">${topic.description}</p>
    </header>`;
  }

  #pollForm(poll: Poll, locale: Locale) {
    const { multiple, maxChoices: max } = poll;
    const full = multiple && this.choice.length >= max;
    return html`<form novalidate @submit=${(event: Event) => this.#act(event, 'vote')} @change=${this.#choose}>
      <fieldset aria-describedby=${this.voteError ? 'poll-hint poll-error' : 'poll-hint'}>
        <legend>${poll.question}</legend>
        <div id="poll-hint" aria-live="polite">
          <span class="hint">${multiple ? t(locale, 'maxChoices', { max }) : t(locale, 'single')}</span>
          ${full ? html`<span class="hint full">${t(locale, 'maxReached', { max })}</span>` : nothing}
        </div>
        <div class="options">
          ${poll.options.map((option) => {
            const checked = this.choice.includes(option.id);
            return html`<label part="option">
              <input type=${multiple ? 'checkbox' : 'radio'} name="choice" value=${option.id} .checked=${checked} ?disabled=${full && !checked} /><span>${option.label}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      ${this.voteError ? html`<p class="error" id="poll-error" role="alert">${this.voteError}</p>` : nothing}
      <button class="primary vote-button" part="vote" type="submit" aria-disabled=${this.voting ? 'true' : 'false'}>${this.voting ? said(locale, 'voting') : t(locale, 'vote')}</button>
    </form>`;
  }

  #results(topic: Topic, poll: Poll, locale: Locale) {
    const total = topic.counts.votes;
    const mine = this.myVote?.optionIds ?? [];
    return html`${loaded?.voteNotice(this.counted, locale)}
      <table part="results">
        <caption>
          ${poll.question}
          <span class="hint">${t(locale, 'voters', { count: formatNumber(total, locale) })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(locale, 'option')}</th>
            <th scope="col" class="number">${t(locale, 'votes')}</th>
            <th scope="col" class="number">${t(locale, 'share')}</th>
          </tr>
        </thead>
        <tbody>
          ${poll.options.map((option) => {
            const count = topic.counts.options[option.id] ?? 0;
            const share = total > 0 ? count / total : 0;
            const chosen = mine.includes(option.id);
            return html`<tr class=${chosen ? 'mine' : ''}>
              <th scope="row">
                ${option.label}${chosen ? html`<span class="mine-tag">${t(locale, 'yourChoice')}</span>` : nothing}
                <span part="bar" aria-hidden="true"><span data-share=${(share * 100).toFixed(1)}></span></span>
              </th>
              <td>${formatNumber(count, locale)}</td>
              <td>${formatPercent(share, locale)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${poll.multiple ? html`<p class="note">${t(locale, 'multipleNote')}</p>` : nothing}`;
  }

  #compose(topic: Topic, locale: Locale) {
    const { body, aspectId, authorName } = this.draft;
    const errors = this.fieldErrors;
    const error = (field: keyof Draft, id: string) => loaded?.fieldError(errors[field], id);
    const length = countChars(body.trim());
    const waiting = this.waitSeconds > 0;
    return html`<section aria-labelledby="compose-heading">
      <h3 id="compose-heading">${t(locale, 'write')}</h3>
      <form part="comment-form" novalidate @submit=${(event: Event) => this.#act(event, 'comment')}>
        <div class="field">
          <label for="comment-body">${t(locale, 'body')}</label>
          <span class="hint" id="body-hint">${t(locale, 'bodyHint')}</span>
          <textarea
            id="comment-body"
            part="comment-input"
            rows="4"
            .value=${body}
            aria-invalid=${errors.body ? 'true' : 'false'}
            aria-describedby=${errors.body ? 'body-hint body-count body-error' : 'body-hint body-count'}
            @input=${(event: Event) => this.#edit('body', (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <span class="count ${length > maxBody ? 'over' : ''}" id="body-count">${t(locale, 'count', { count: length, max: maxBody })}</span>
          ${error('body', 'body-error')}
        </div>
        ${topic.aspects.length > 0
          ? html`<div class="field">
              <label for="comment-aspect">${t(locale, 'aspect')}</label>
              <select
                id="comment-aspect"
                aria-invalid=${errors.aspectId ? 'true' : 'false'}
                aria-describedby=${errors.aspectId ? 'aspect-error' : nothing}
                @change=${(event: Event) => this.#edit('aspectId', (event.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${aspectId === ''}>${t(locale, 'noAspect')}</option>
                ${topic.aspects.map((aspect) => html`<option value=${aspect.id} ?selected=${aspectId === aspect.id} .textContent=${aspect.label}></option>`)}
              </select>
              ${error('aspectId', 'aspect-error')}
            </div>`
          : nothing}
        <div class="field">
          <label for="comment-name">${t(locale, 'nickname')}</label>
          <span class="hint" id="name-hint">${t(locale, 'nicknameHint')}</span>
          <input
            id="comment-name"
            type="text"
            autocomplete="nickname"
            .value=${authorName}
            aria-invalid=${errors.authorName ? 'true' : 'false'}
            aria-describedby=${errors.authorName ? 'name-hint name-error' : 'name-hint'}
            @input=${(event: Event) => this.#edit('authorName', (event.target as HTMLInputElement).value)}
          />
          ${error('authorName', 'name-error')}
        </div>
        <div class="form-actions">
          ${this.formError ? html`<p class="error" role="alert">${this.formError}</p>` : nothing}
          <button class="primary" part="comment-submit" type="submit" aria-disabled=${this.sending || waiting ? 'true' : 'false'}>
            ${this.sending || waiting ? said(locale, this.sending ? 'sending' : 'waitSeconds', { seconds: this.waitSeconds }) : t(locale, 'submit')}
          </button>
          <div role="status">${this.posted ? loaded?.postedNotice(locale) : nothing}</div>
        </div>
      </form>
    </section>`;
  }

  #commentSection(topic: Topic, locale: Locale) {
    const count = this.comments.length;
    return html`<section id="comments" aria-labelledby="comments-heading" aria-busy=${this.commentsLoading ? 'true' : 'false'}>
      <div class="comments-head">
        <h3 id="comments-heading">${t(locale, 'comments')} <span class="total">${t(locale, 'commentCount', { count: formatNumber(topic.counts.comments, locale) })}</span></h3>
        ${topic.aspects.length > 0
          ? html`<label class="filter" part="filter">
              ${t(locale, 'filter')}
              <select @change=${(event: Event) => this.#filter((event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${this.aspectFilter === ''}>${t(locale, 'allAspects')}</option>
                ${topic.aspects.map((aspect) => html`<option value=${aspect.id} ?selected=${this.aspectFilter === aspect.id} .textContent=${aspect.label}></option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      ${this.commentsError && !count
        ? html`<div class="failed" role="alert">
            <p class="error">${t(locale, 'commentsFailed')}：${this.commentsError}</p>
            <button part="retry" type="button" @click=${() => this.loadComments()}>${t(locale, 'retry')}</button>
          </div>`
        : !this.commentsLoaded || !this.listTurn
          ? html`<div class="bone-group" aria-hidden="true"><span class="bone text"></span><span class="bone text"></span></div>`
          : count
            ? this.#commentList(topic, locale)
            : html`<p class="empty">${t(locale, this.aspectFilter ? 'noCommentsAspect' : 'noComments')}</p>`}
      <p class="visually-hidden" role="status">${this.listStatus}</p>
    </section>`;
  }

  #commentList(topic: Topic, locale: Locale) {
    const { start, end } = this.range;
    const total = this.nextCursor ? -1 : this.comments.length;
    const now = Date.now();
    // Kept compact, and text set as `textContent` (never parsed as HTML) rather than as
    // child parts, which each add a marker node: every node counts on a busy topic.
    return html`<ol part="comment-list" aria-label=${t(locale, 'commentList')}>${this.comments.slice(start, end).map((comment, offset) => {
        const label = topic.aspects.find((aspect) => aspect.id === comment.aspectId)?.label;
        return html`<li part="comment" data-key=${comment.id} aria-posinset=${start + offset + 1} aria-setsize=${total}><span class="author" .textContent=${comment.authorName}></span><span class="aspect-tag" ?hidden=${!label} .textContent=${label ?? ''}></span><time datetime=${comment.createdAt} .textContent=${when(comment.createdAt, locale, now)}></time><p class="comment-body" .textContent=${comment.body}></p></li>`;
      })}</ol>
      <div class="list-end">
        ${this.commentsError ? html`<p class="error" role="alert">${this.commentsError}</p>` : nothing}
        ${this.nextCursor
          ? html`<button part="load-more" type="button" aria-disabled=${this.commentsLoading ? 'true' : 'false'} @click=${(event: Event) => this.#act(event, 'more')}>
              ${this.commentsLoading ? said(locale, 'loadingMore') : t(locale, 'loadMore')}
            </button>`
          : html`<span>${t(locale, 'allShown', { count: formatNumber(this.comments.length, locale) })}</span>`}
      </div>`;
  }
}
