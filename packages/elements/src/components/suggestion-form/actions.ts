import {
  citizenFieldErrors,
  isJianyiError,
  type Channel,
  type CreatedSuggestion,
  type JianyiClient,
  type Locale,
  type SuggestionInput,
  type SuggestionKind,
} from '@jianyi/core';
import { html, type CSSResult } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JySubmittedEvent } from '../../events/jy-submitted.js';
import { partTerms } from '../../internal/localize.js';
import { actionTerms, type Key } from './actions.i18n.js';
import type { Draft } from './draft.js';
import type { Photo } from './photos.js';
import { suggestionFormTerms } from './suggestion-form.i18n.js';

// What runs once a citizen acts in <jy-suggestion-form>: the checks when a field is left,
// sending (with its idempotency key, the server's field errors and the retry after a lost
// answer), "use my location" and the success view's plain fallback. A separate file the
// form fetches on the first focus or press inside it, as reading the form needs none of it.

export { actionTerms };
export const t = partTerms(actionTerms, suggestionFormTerms);

/** The form's fields in the order they appear, which is the order focus looks for the first error. */
const fields = ['category', 'title', 'body', 'address', 'photos', 'name', 'phone', 'consent'] as const;
export type Field = (typeof fields)[number];
export type Errors = Partial<Record<Field, string>>;
/** What the location note says while locating or after it failed; `offline` when this file could not be fetched. */
export type GeoNote = Extract<Key, 'locating' | 'locationDenied' | 'locationUnavailable'> | 'offline';

/** The form as this file sees it: the state it reads and changes, private to everyone else. */
export interface FormHost {
  readonly locale: Locale;
  readonly client: JianyiClient;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  kind: SuggestionKind;
  channel: Channel;
  workstation: string;
  topic: string;
  trackUrl: string;
  draft: Draft;
  photos: Photo[];
  errors: Errors;
  formError: ((locale: Locale) => string) | undefined;
  sending: boolean;
  created: CreatedSuggestion | undefined;
  geo: GeoNote | undefined;
  copyNote: string;
  /** What a bot typed into the hidden field. */
  honeypot: string;
  /** Fields that lost focus once: they are checked as the citizen types from then on. */
  touched: Set<Field>;
  // Kept on the form by this file alone:
  /** Counts checks against the schema, which answer asynchronously, so only the newest shows. */
  checks?: number;
  /** A submit is being checked: a second press meanwhile does nothing. */
  submitting?: boolean;
  emit(event: Event): unknown;
  adoptLateStyles(styles: CSSResult): void;
  focusField(field: Field): Promise<void>;
  /** Back to an empty draft, the saved one dropped. */
  reset(): void;
}

/** Which field shows the message for an input path of the schema or of a server's `errors[].field`. */
function fieldOf(path: string): Field | undefined {
  if (path === 'categoryId') return 'category';
  if (path === 'title' || path === 'body' || path === 'consent') return path;
  if (path === 'location' || path.startsWith('location.')) return 'address';
  if (path === 'attachmentIds' || path.startsWith('attachmentIds.')) return 'photos';
  if (path === 'contact.name') return 'name';
  // "give a name or a phone" is about the pair; the schema and the server put it on the phone.
  if (path === 'contact' || path === 'contact.phone') return 'phone';
  return undefined;
}

/** Each message on its field (the first one per field), and the ones no field takes. */
function place(messages: Record<string, string>): { errors: Errors; other: string[] } {
  const errors: Errors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(messages)) {
    const field = fieldOf(path);
    if (field) errors[field] ??= message;
    else other.push(message);
  }
  return { errors, other };
}

/** What is sent: the draft as core's `SuggestionInput`, empty optional parts left out. */
function input(form: FormHost): SuggestionInput {
  const d = form.draft;
  const contact = { ...(d.name.trim() && { name: d.name }), ...(d.phone.trim() && { phone: d.phone }) };
  const hasPlace = d.address.trim() !== '' || d.lat !== undefined;
  return {
    kind: form.kind,
    channel: form.channel,
    ...(d.categoryId && { categoryId: d.categoryId }),
    title: d.title,
    body: d.body,
    ...(hasPlace && { location: { address: d.address, ...(d.lat !== undefined && { lat: d.lat, lng: d.lng }) } }),
    attachmentIds: form.photos.flatMap((photo) => (photo.status === 'done' && photo.attachmentId ? [photo.attachmentId] : [])),
    anonymous: d.anonymous,
    ...(!d.anonymous && { contact, consent: d.consent }),
    ...(form.workstation && { workstationId: form.workstation }),
    ...(form.topic && { topicId: form.topic }),
    ...(form.honeypot && { website: form.honeypot }),
    fillMs: Math.max(0, Date.now() - d.startedAt),
  } as SuggestionInput;
}

/** The schema's message for each field, and the ones it does not map to a field. */
async function check(form: FormHost) {
  const placed = place(await citizenFieldErrors('suggestion', input(form), form.locale));
  if (form.draft.anonymous) {
    delete placed.errors.name;
    delete placed.errors.phone;
    delete placed.errors.consent;
  }
  return placed;
}

/** Shows or clears the message of each of `which` as the schema sees it now; `onlyClear` while typing. */
export async function recheck(form: FormHost, which: Field[], onlyClear = false): Promise<void> {
  if (which.length === 0) return;
  const checking = (form.checks = (form.checks ?? 0) + 1);
  const { errors } = await check(form);
  // A later check (the citizen typed on) or a submit has the newer answer.
  if (checking !== form.checks) return;
  const next = { ...form.errors };
  for (const field of which) {
    if (field === 'photos') continue;
    if (errors[field] && !onlyClear) next[field] = errors[field];
    else if (!errors[field]) delete next[field];
  }
  form.errors = next;
}

/** A field was left: it is checked now, and as the citizen types from then on. */
export function blur(form: FormHost, field: Field): void {
  // A field also loses focus when the success view replaces the form: nothing to check then.
  if (form.created || form.sending) return;
  form.touched.add(field);
  void recheck(form, [field]);
}

/** Shows `errors`, above the button a count of them (if `fix`) and `messages` as received, and focuses the first field to fix. */
function showErrors(form: FormHost, errors: Errors, fix: number, messages: string[]) {
  form.errors = errors;
  form.formError = (locale) => [fix > 0 ? t(locale, 'fixErrors', { count: fix }) : '', ...messages].filter(Boolean).join('；');
  const first = fields.find((field) => errors[field]);
  if (first) void form.focusField(first);
}

/**
 * Checks the whole form and shows what to fix, or sends it: every attempt with the draft's
 * idempotency key, so a retry after a lost answer never stores a second suggestion.
 */
export async function submit(form: FormHost): Promise<void> {
  if (form.sending || form.submitting) return;
  form.submitting = true;
  form.formError = undefined;
  form.checks = (form.checks ?? 0) + 1; // a field's check still under way must not overwrite this one's messages
  const { errors, other } = await check(form).finally(() => (form.submitting = false));
  const locale = form.locale;
  if (form.photos.some((photo) => photo.status === 'preparing' || photo.status === 'uploading')) errors.photos = t(locale, 'photosPending');
  else if (form.photos.some((photo) => photo.status === 'failed')) errors.photos = t(locale, 'photosFailed');
  fields.forEach((field) => form.touched.add(field));
  const count = Object.keys(errors).length;
  if (count > 0 || other.length > 0) return showErrors(form, errors, count, other);
  form.errors = {};
  form.sending = true;
  const suggestion = input(form);
  const { idempotencyKey, sent: earlier } = form.draft;
  form.draft = { ...form.draft, sent: suggestion as Record<string, unknown> };
  // Fetched alongside the request, so the answer shows in the same update as before.
  const successView = import('./success-view.js').catch(() => undefined);
  try {
    let created: CreatedSuggestion;
    try {
      created = await form.client.suggestions.create(suggestion, { idempotencyKey });
    } catch (error) {
      // An earlier attempt of this draft was stored though its answer was lost, and the
      // citizen changed something since: fetch that stored suggestion rather than fail.
      if (!(isJianyiError(error) && error.code === 'idempotency_mismatch' && earlier)) throw error;
      created = await form.client.suggestions.create(earlier as SuggestionInput, { idempotencyKey });
    }
    const loaded = await successView;
    // Its own terms, in a language other than zh-CN, before it shows (zh-CN if they fail).
    await loaded?.successViewTerms.load(form.locale)?.catch(() => undefined);
    if (loaded) {
      view = loaded;
      form.adoptLateStyles(loaded.successStyles);
    }
    form.created = created;
    form.reset();
    form.copyNote = '';
    form.emit(new JySubmittedEvent(created));
    await form.updateComplete;
    form.renderRoot.querySelector<HTMLElement>('#success-heading')?.focus();
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    // Only a lost answer (no response, or the server failing midway) may hide a stored
    // suggestion; a refusal means this body was not stored, so nothing to recover later.
    const outcomeUnknown = error.code === 'network_error' || error.code === 'timeout' || error.code === 'idempotency_mismatch' || error.status >= 500;
    if (!outcomeUnknown) {
      const { sent: _sent, ...rest } = form.draft;
      form.draft = rest;
    }
    const placed = place(error.fieldErrors);
    showErrors(form, placed.errors, 0, [error.message, ...placed.other]);
    form.emit(new JyErrorEvent(error));
  } finally {
    form.sending = false;
  }
}

/** The success view, once fetched with the first request that stores a suggestion. */
let view: typeof import('./success-view.js') | undefined;

/** The view after sending: the fetched one, or, if that file could not be fetched, what the citizen must keep, plainly. */
export function success(form: FormHost, created: CreatedSuggestion) {
  const locale = form.locale;
  const another = () => {
    form.created = undefined;
    void form.focusField('category').then(() => {
      if (!form.renderRoot.querySelector(':focus')) form.renderRoot.querySelector<HTMLElement>('[data-field="title"]')?.focus();
    });
  };
  if (view) {
    return view.successView(
      { locale, trackUrl: form.trackUrl, note: form.copyNote, setNote: (note) => (form.copyNote = note), root: form.renderRoot, another },
      created,
    );
  }
  return html`<section class="success" part="success" aria-labelledby="success-heading">
    <h2 id="success-heading" tabindex="-1">✓ ${t(locale, 'successHeading')}</h2>
    <p>${t(locale, 'trackingCode')}: <code part="tracking-code">${created.suggestion.id}</code></p>
    <p>${t(locale, 'accessKey')}: <code part="access-key">${created.accessKey}</code></p>
    <p class="warning">${t(locale, 'accessKeyWarning')}</p>
    <button type="button" part="another" @click=${another}>${t(locale, 'another')}</button>
  </section>`;
}

/** "Use my location": the coordinates go into the draft, and the citizen is asked for an address if there is none. */
export function locate(form: FormHost): void {
  const geolocation = navigator.geolocation as Geolocation | undefined;
  if (!geolocation) {
    form.geo = 'locationUnavailable';
    return;
  }
  form.geo = 'locating';
  geolocation.getCurrentPosition(
    (position) => {
      const round = (value: number) => Math.round(value * 1e6) / 1e6;
      form.draft = { ...form.draft, lat: round(position.coords.latitude), lng: round(position.coords.longitude) };
      form.geo = undefined;
      // Coordinates alone do not make a place a department can find; the schema asks for an address too.
      if (!form.draft.address.trim()) void form.focusField('address');
    },
    (error) => {
      form.geo = error.code === error.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable';
    },
    { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
  );
}
