import { currentDeadline, isOverdue, term, type Attachment, type Locale, type PublicSuggestionEvent, type Status, type SuggestionDetail } from '@jianyi/core';
import { html, nothing } from 'lit';
import type { JyRatedEvent } from '../../events/jy-rated.js';
import { capitalize, formatDateTime, partTerms } from '../../internal/localize.js';
import { progressOf } from './progress.js';
import { statusTrackerTerms } from './status-tracker.i18n.js';
import { viewTerms, type ViewKey } from './suggestion-view.i18n.js';

// The suggestion as <jy-status-tracker> shows it once loaded: status, steps, notices,
// facts, content, replies, rating and timeline, with their styles and terms, and what
// follows it live. A separate file the tracker fetches when it has a suggestion to show,
// together with the suggestion itself: a tracker that asks for a code, or waits hidden
// until a citizen looks one up, never downloads it.

export { followLive } from './live-updates.js';
export { suggestionViewStyles } from './suggestion-view.styles.js';
export { viewTerms };

const t = partTerms(viewTerms, statusTrackerTerms);

/** The tracker as this file sees it: what it reads and the actions its buttons take. */
export interface TrackerHost {
  readonly trackingCode: string;
  readonly submitterKey: string;
  readonly apiBase: string;
  readonly theme: string;
  timelineOrder: 'newest-first' | 'oldest-first';
  /** Said to screen readers when the status changed while shown. */
  readonly announcement: string;
  /** The suggestion shown before "open merged", to go back to. */
  readonly previous?: { code: string; key: string };
  departmentName(id: string): string;
  /** Whether the submitter may rate the reply now: then the inline `<jy-rating>` shows. */
  canRate(detail: SuggestionDetail): boolean;
  /** Shows another suggestion (or, without a code, the form) and moves focus to `focus` once there. */
  follow(code: string, key: string, focus: 'title' | 'code' | 'key', previous?: { code: string; key: string }): void;
  askForKey(): void;
  onRated(event: JyRatedEvent): void;
}

/** The colour of a status badge; every status not named here is still open. */
const statusTone: Partial<Record<Status, string>> = { replied: 'done', closed: 'done', under_review: 'warning', rejected: 'danger', merged: 'muted' };
/** What a step's dot shows; a step still open shows its number. */
const stepMark: Record<string, string> = { done: '✓', skipped: '–', stopped: '✕' };

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
const named = (kind: 'status' | 'replyKind' | 'satisfaction', value: string, locale: Locale) => capitalize(term(kind, value as never, locale));

const time = (iso: string, locale: Locale, withTime?: boolean) => html`<time datetime=${iso}>${formatDateTime(iso, locale, withTime)}</time>`;

/** A `label：text` line, as notices and the content show a reason, a place or a contact. */
const labelled = (label: string, text: unknown, locale: Locale, className?: string) =>
  html`<p class=${className ?? nothing}><span class="label">${label}${t(locale, 'colon')}</span><span class="text">${text}</span></p>`;

/** A notice: its text, then what else it holds (a reason, a button). */
const notice = (text: string, className: string, extra: unknown = nothing, textClass?: string) =>
  html`<div part="notice" class="notice ${className}"><p class=${textClass ?? nothing}>${text}</p>${extra}</div>`;

/** A section of the view under its own heading. */
const section = (part: string, className: string, id: string, title: string, body: unknown) =>
  html`<section part=${part} class=${className} aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;

export function renderSuggestion(host: TrackerHost, detail: SuggestionDetail, locale: Locale) {
  const s = detail.suggestion;
  const overdue = isOverdue(s, new Date().toISOString());
  const deadline = currentDeadline(s);
  const contact = detail.view === 'full' ? detail.suggestion.contact : undefined;
  const rating = s.rating;
  const newest = host.timelineOrder !== 'oldest-first';
  const previous = host.previous;
  const fact = (label: ViewKey, value: unknown, extra = '') => html`<div class="fact ${extra}"><dt>${t(locale, label)}</dt><dd>${value}</dd></div>`;
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
    <p class="visually-hidden" role="status">${host.announcement}</p>
    <ol part="steps" class="steps ${locale === 'en' ? 'latin' : ''}" aria-label=${t(locale, 'progress')}>
      ${progressOf(s, detail.events).map((step, index) => {
        // Each step but "handle" is named as core names the action that completes it.
        const label =
          step.state === 'stopped'
            ? named('status', s.status, locale)
            : capitalize(step.step === 'handle' ? t(locale, 'stepHandle') : term('action', step.step, locale));
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
            @click=${() => host.follow(s.mergedInto!, '', 'title', { code: host.trackingCode, key: host.submitterKey })}
          >
            ${t(locale, 'openMerged', { code: s.mergedInto })}
          </button>`,
        )
      : nothing}
    ${s.status === 'under_review' ? notice(t(locale, 'underReview'), 'tone-warning') : nothing}
    ${detail.view === 'public'
      ? notice(t(locale, 'publicView'), 'public-view', html`<button part="button" type="button" @click=${() => host.askForKey()}>${t(locale, 'enterKey')}</button>`)
      : nothing}
    <dl part="facts" class="facts">
      ${fact('department', s.departmentId ? host.departmentName(s.departmentId) : t(locale, 'unassigned'))}
      ${s.coDepartmentIds.length > 0 ? fact('coDepartments', s.coDepartmentIds.map((id) => host.departmentName(id)).join('、')) : nothing}
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
      ${photos(s.attachments, locale)}
    </details>
    ${[...s.replies].reverse().map((reply, index) =>
      section(
        'reply',
        'reply',
        `reply-${index}`,
        t(locale, 'reply'),
        html`<p class="meta">
            <span class="kind">${named('replyKind', reply.kind, locale)}</span> ·
            <span class="who">${reply.departmentId ? host.departmentName(reply.departmentId) : reply.by}</span> ·
            ${time(reply.at, locale)}
          </p>
          <p class="text">${reply.body}</p>
          ${photos(reply.attachments, locale)}`,
      ),
    )}
    ${host.canRate(detail)
      ? section(
          'rate',
          'rate',
          'rate-title',
          t(locale, 'rateNow'),
          html`<jy-rating
            suggestion=${s.id}
            access-key=${host.submitterKey}
            api-base=${host.apiBase || nothing}
            theme=${host.theme || nothing}
            @jy-rated=${(event: JyRatedEvent) => host.onRated(event)}
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
            host.timelineOrder = newest ? 'oldest-first' : 'newest-first';
          }}
        >
          ${t(locale, 'newestFirst')}
        </button>
      </div>
      <ol class="events">
        ${[...detail.events].sort((a, b) => (newest ? b.seq - a.seq : a.seq - b.seq)).map((event) => timelineEvent(host, event, locale))}
      </ol>
    </section>
    <div class="footer">
      ${previous
        ? html`<button part="button" type="button" @click=${() => host.follow(previous.code, previous.key, 'title')}>${t(locale, 'backTo', {
            code: previous.code,
          })}</button>`
        : nothing}
      <button part="button" type="button" class="link" @click=${() => host.follow('', '', 'code')}>${t(locale, 'otherSuggestion')}</button>
    </div>
  </article>`;
}

function photos(attachments: readonly Attachment[] = [], locale: Locale) {
  const items = attachments.flatMap(({ url, mime, name }) => {
    const safe = mime.startsWith('image/') && safeUrl(url);
    return safe
      ? [html`<li><a href=${safe} target="_blank" rel="noopener noreferrer"><img src=${safe} alt=${name || t(locale, 'photos')} loading="lazy" /></a></li>`]
      : [];
  });
  return items.length > 0 ? html`<ul class="photos" aria-label=${t(locale, 'photos')}>${items}</ul>` : nothing;
}

function timelineEvent(host: TrackerHost, event: PublicSuggestionEvent, locale: Locale) {
  const { type, actor, data = {} } = event;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const department = text('departmentId');
  const into = text('into');
  const reason = text('reason');
  const kind = text('kind');
  const satisfaction = (data['rating'] as { satisfaction?: unknown } | null | undefined)?.satisfaction;
  const who = actor.departmentId ? host.departmentName(actor.departmentId) : actor.displayName;
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
      ? t(locale, 'assignedTo', { department: host.departmentName(department) })
      : type === 'merge' && into
        ? t(locale, 'mergedInto', { code: into })
        : term('action', type, locale);
  return html`<li part="event" class="event" data-type=${type} data-seq=${event.seq}>
    <p class="what">${capitalize(what)}</p>
    <p class="meta">
      ${role !== who ? html`<span class="role">${role}</span> ` : nothing}<span class="who">${who}</span>
      ${time(event.at, locale)}
    </p>
    ${detail ? html`<p class="detail text">${detail}</p>` : nothing} ${event.note ? html`<p class="note text">${event.note}</p>` : nothing}
  </li>`;
}
