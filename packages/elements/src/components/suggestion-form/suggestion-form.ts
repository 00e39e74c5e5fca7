import {
  citizenFieldErrors,
  countChars,
  isJianyiError,
  limits,
  maxAttachments,
  message,
  preloadChecks,
  type Category,
  type Channel,
  type CreatedSuggestion,
  type SuggestionInput,
  type SuggestionKind,
} from '@jianyi/core';
import { adoptStyles, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JySubmittedEvent } from '../../events/jy-submitted.js';
import { JyElement } from '../../internal/jy-element.js';
import { tokens } from '../../styles/tokens.js';
import { clearDraft, draftKey, emptyDraft, hasContent, loadDraft, saveDraft, type Draft } from './draft.js';
import { suggestionFormTerms } from './suggestion-form.i18n.js';
import type { Photo, PhotoHost } from './photos.js';
import { suggestionFormStyles } from './suggestion-form.styles.js';

const t = suggestionFormTerms.t;

/** The form's fields in the order they appear, which is the order focus looks for the first error. */
const fields = ['category', 'title', 'body', 'address', 'photos', 'name', 'phone', 'consent'] as const;
type Field = (typeof fields)[number];
type Errors = Partial<Record<Field, string>>;

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

type Geo = { state: 'idle' | 'locating' | 'denied' | 'unavailable' };

let photoKeys = 0;

/**
 * @tag jy-suggestion-form
 * @summary A citizen's suggestion: category, title, details, place, photos and contact, sent once, with a tracking code to keep.
 *
 * Made for a phone first, inside a portal's page. What the citizen types is saved in
 * `localStorage` as they type (per API, workstation and topic) and comes back after a
 * reload or a crashed tab; it is cleared only once the suggestion is stored. Every
 * attempt to send one draft carries the same Idempotency-Key, so pressing the button
 * again after a network failure never creates a second suggestion. Fields are checked
 * with core's `SuggestionInputSchema` when they lose focus and on submit, and the
 * server's field errors land on their fields. Photos are made smaller in the browser
 * (at most 1920 px, JPEG), which also drops their EXIF position, and uploaded one by
 * one with a progress bar. The success view shows the tracking code and access key
 * with copy and save buttons and a link to follow the suggestion.
 *
 * Bind it to a workstation or topic and preset its channel for a 民意直通 QR code:
 * `<jy-suggestion-form api-base="/jianyi" workstation="ws-nanhu" channel="qr-code">`.
 *
 * @slot heading - Replaces the default heading (an `<h2>` that names the kind of suggestion).
 *
 * @event jy-submitted - The suggestion was stored; `detail` is the created suggestion with its tracking code (`suggestion.id`) and `accessKey`.
 * @event jy-error - Loading the categories, uploading a photo or sending failed; `detail` is the SDK's error, its `message` ready to show.
 *
 * @csspart form - The `<form>` around all fields.
 * @csspart heading - The default heading.
 * @csspart field - Each field's wrapper (label, hint, control, message).
 * @csspart category - The category `<select>`.
 * @csspart title - The title input.
 * @csspart body - The details text area.
 * @csspart count - The live character count of the details.
 * @csspart address - The address input.
 * @csspart locate - The "use my location" button.
 * @csspart photos - The list of photos.
 * @csspart photo - Each photo with its status and remove button.
 * @csspart progress - The upload progress bar of a photo.
 * @csspart add-photo - The "add photos" button.
 * @csspart name - The name input.
 * @csspart phone - The phone input.
 * @csspart anonymous - The "submit anonymously" switch.
 * @csspart consent - The consent checkbox.
 * @csspart submit - The submit button.
 * @csspart error - The message next to the submit button when sending failed.
 * @csspart retry - The button that loads the categories again.
 * @csspart success - The view shown after sending.
 * @csspart tracking-code - The tracking code in the success view.
 * @csspart access-key - The access key in the success view.
 * @csspart copy - The copy buttons.
 * @csspart track - The "follow its progress" link.
 * @csspart save - The "save as a file" button.
 * @csspart another - The "make another suggestion" button.
 *
 * @cssproperty --jy-color-primary - Colour of the submit button and links.
 * @cssproperty --jy-color-on-primary - Text on the primary colour.
 * @cssproperty --jy-color-text - Text colour.
 * @cssproperty --jy-color-muted - Hints and counts.
 * @cssproperty --jy-color-surface - Background of fields and the form.
 * @cssproperty --jy-color-subtle - Background of notes, skeletons and the codes.
 * @cssproperty --jy-color-border - Borders of fields.
 * @cssproperty --jy-color-danger - Error messages and invalid fields.
 * @cssproperty --jy-color-success - The success heading and uploaded photos.
 * @cssproperty --jy-color-focus - Colour of the focus ring.
 * @cssproperty --jy-radius - Corner radius.
 * @cssproperty --jy-space - Base spacing.
 * @cssproperty --jy-font-family - Font.
 * @cssproperty --jy-font-size - Base font size.
 */
export class JySuggestionForm extends JyElement {
  static override styles = [tokens, suggestionFormStyles];

  /** Workstation id (委员工作室) the suggestion goes to, as its QR code binds it. */
  @property({ reflect: true }) workstation = '';
  /** Topic id (热点关注) the suggestion is about. */
  @property({ reflect: true }) topic = '';
  /** Intake channel recorded with the suggestion (`web`, `mobile`, `qr-code`, `workstation` …). */
  @property({ reflect: true }) channel: Channel = 'web';
  /** Category id chosen in advance; the citizen can still change it. */
  @property({ reflect: true }) category = '';
  /** `suggestion`, `micro-suggestion` (微建议) or `people-suggestion` (人民建议). */
  @property({ reflect: true }) kind: SuggestionKind = 'suggestion';
  /**
   * Where the "follow its progress" link goes, with `{code}` and `{key}` replaced, e.g.
   * `/track.html#code={code}&key={key}` (a fragment keeps the key out of server logs).
   * Only http(s) and relative links are used; without it there is no link.
   */
  @property({ attribute: 'track-url' }) trackUrl = '';

  @state() private draft: Draft = emptyDraft();
  @state() private photos: Photo[] = [];
  @state() private categories: Category[] = [];
  @state() private categoriesState: 'loading' | 'loaded' | 'failed' = 'loading';
  @state() private categoriesError = '';
  @state() private errors: Errors = {};
  /** The message above the submit button: a count of fields to fix (worded at render) and messages as received. */
  @state() private formError: { fix: number; messages: string[] } | undefined;
  @state() private sending = false;
  @state() private created?: CreatedSuggestion;
  @state() private restored = false;
  @state() private geo: Geo = { state: 'idle' };
  @state() private copyNote = '';
  @state() private bound?: { kind: 'toWorkstation' | 'toTopic'; name: string };

  #draftKey?: string;
  /** The success view, fetched with the first request that stores a suggestion. */
  #successView?: typeof import('./success-view.js');
  /** What handles photos, fetched with the first photo. */
  #photoCode?: typeof import('./photos.js');
  #lateStyles: CSSResult[] = [];
  /** What a bot typed into the hidden field; people never see it (see `#trap`). */
  #honeypot = '';
  #categoriesFor?: string;
  #boundFor?: string;
  /** Fields that lost focus once: they are checked as the citizen types from then on. */
  #touched = new Set<Field>();
  /** Counts checks against the schema, which answer asynchronously, so only the newest shows. */
  #checks = 0;
  #submitting = false;

  private get base(): string {
    return this.apiBase || this.shared?.apiBase || location.origin;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const key = draftKey(this.base, this.workstation, this.topic);
    if (key !== this.#draftKey) {
      this.#draftKey = key;
      this.#restore(key);
    } else if (changed.has('category') && !this.draft.categoryId && this.category) {
      this.draft = { ...this.draft, categoryId: this.category };
    }
    // Started here rather than in `updated`, so their first state changes join this render.
    if (this.#categoriesFor !== this.base) {
      this.#categoriesFor = this.base;
      void this.#loadCategories();
    }
    const bound = `${this.base}|${this.workstation}|${this.topic}`;
    if (this.#boundFor !== bound) {
      this.#boundFor = bound;
      void this.#loadBoundName();
    }
    // Messages follow a language switch; server messages stay as the server wrote them.
    if (changed.has('locale') && changed.get('locale') !== undefined) void this.#recheck([...this.#touched]);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if ((changed.has('draft') || changed.has('photos')) && this.#draftKey && !this.created) this.#persist();
  }

  /** Loads the categories again, as the retry button does. */
  async reloadCategories(): Promise<void> {
    await this.#loadCategories();
  }

  async #loadCategories() {
    this.categoriesState = 'loading';
    try {
      const categories = await this.client.meta.categories();
      this.categories = categories;
      this.categoriesState = 'loaded';
      // A draft or preset may name a category that no longer exists.
      if (this.draft.categoryId && !categories.some((category) => category.id === this.draft.categoryId)) {
        this.draft = { ...this.draft, categoryId: '' };
      }
    } catch (error) {
      if (!isJianyiError(error)) throw error;
      this.categoriesError = error.message;
      this.categoriesState = 'failed';
      this.emit(new JyErrorEvent(error));
    }
  }

  /** The workstation's or topic's name, so the citizen sees where the suggestion goes; left out if it cannot be had. */
  async #loadBoundName() {
    this.bound = undefined;
    try {
      if (this.workstation) {
        const workstation = (await this.client.meta.workstations()).find((candidate) => candidate.id === this.workstation);
        if (workstation) this.bound = { kind: 'toWorkstation', name: workstation.name };
      } else if (this.topic) {
        const topic = await this.client.topics.get(this.topic);
        this.bound = { kind: 'toTopic', name: topic.title };
      }
    } catch (error) {
      if (!isJianyiError(error)) throw error;
    }
  }

  #restore(key: string) {
    for (const photo of this.photos) this.#release(photo);
    const saved = loadDraft(key);
    this.restored = Boolean(saved && hasContent(saved));
    this.draft = saved ?? emptyDraft(this.category);
    if (!this.draft.categoryId && this.category) this.draft = { ...this.draft, categoryId: this.category };
    this.photos = this.draft.photos.map((photo) => ({
      key: ++photoKeys,
      name: photo.name,
      status: 'done',
      progress: 100,
      attachmentId: photo.id,
      ...(photo.thumb && { thumb: photo.thumb }),
    }));
    if (this.photos.length > 0) void this.#loadPhotoCode();
    this.errors = {};
    this.formError = undefined;
    this.#touched.clear();
  }

  #persist() {
    const key = this.#draftKey!;
    const draft: Draft = {
      ...this.draft,
      photos: this.photos.flatMap((photo) =>
        photo.status === 'done' && photo.attachmentId
          ? [{ id: photo.attachmentId, name: photo.name, ...(photo.thumb && { thumb: photo.thumb }) }]
          : [],
      ),
    };
    if (hasContent(draft)) saveDraft(key, draft);
    else clearDraft(key);
  }

  /** What is sent: the draft as core's `SuggestionInput`, empty optional parts left out. */
  #input(): SuggestionInput {
    const d = this.draft;
    const contact = { ...(d.name.trim() && { name: d.name }), ...(d.phone.trim() && { phone: d.phone }) };
    const hasPlace = d.address.trim() !== '' || d.lat !== undefined;
    return {
      kind: this.kind,
      channel: this.channel,
      ...(d.categoryId && { categoryId: d.categoryId }),
      title: d.title,
      body: d.body,
      ...(hasPlace && { location: { address: d.address, ...(d.lat !== undefined && { lat: d.lat, lng: d.lng }) } }),
      attachmentIds: this.photos.flatMap((photo) => (photo.status === 'done' && photo.attachmentId ? [photo.attachmentId] : [])),
      anonymous: d.anonymous,
      ...(!d.anonymous && { contact, consent: d.consent }),
      ...(this.workstation && { workstationId: this.workstation }),
      ...(this.topic && { topicId: this.topic }),
      ...(this.#honeypot && { website: this.#honeypot }),
      fillMs: Math.max(0, Date.now() - d.startedAt),
    } as SuggestionInput;
  }

  /** The schema's message for each field, and the ones it does not map to a field. */
  async #check(): Promise<{ errors: Errors; other: string[] }> {
    const errors: Errors = {};
    const other: string[] = [];
    for (const [path, message] of Object.entries(await citizenFieldErrors('suggestion', this.#input(), this.locale))) {
      const field = fieldOf(path);
      if (field) errors[field] ??= message;
      else other.push(message);
    }
    if (this.draft.anonymous) {
      delete errors.name;
      delete errors.phone;
      delete errors.consent;
    }
    return { errors, other };
  }

  /** Shows or clears the message of each of `which` as the schema sees it now. */
  async #recheck(which: Field[], onlyClear = false) {
    if (which.length === 0) return;
    const checking = ++this.#checks;
    const { errors } = await this.#check();
    // A later check (the citizen typed on) or a submit has the newer answer.
    if (checking !== this.#checks) return;
    const next = { ...this.errors };
    for (const field of which) {
      if (field === 'photos') continue;
      if (errors[field] && !onlyClear) next[field] = errors[field];
      else if (!errors[field]) delete next[field];
    }
    this.errors = next;
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K], field?: Field) {
    this.draft = { ...this.draft, [key]: value };
    this.restored &&= hasContent(this.draft);
    // While typing, a message only goes away; a new one waits until the field is left.
    if (field && this.errors[field]) void this.#recheck([field], true);
  }

  #blur(field: Field) {
    // A field also loses focus when the success view replaces the form: nothing to check then.
    if (this.created || this.sending) return;
    this.#touched.add(field);
    void this.#recheck([field]);
  }

  #firstError(errors: Errors): Field | undefined {
    return fields.find((field) => errors[field]);
  }

  async #focusField(field: Field) {
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`) ??
      (field === 'category' ? this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') : null);
    target?.focus();
  }

  async #submit(event: Event) {
    event.preventDefault();
    if (this.sending || this.#submitting) return;
    this.#submitting = true;
    this.formError = undefined;
    this.#checks++; // a field's check still under way must not overwrite this one's messages
    const { errors, other } = await this.#check().finally(() => (this.#submitting = false));
    if (this.photos.some((photo) => photo.status === 'preparing' || photo.status === 'uploading')) errors.photos = t(this.locale, 'photosPending');
    else if (this.photos.some((photo) => photo.status === 'failed')) errors.photos = t(this.locale, 'photosFailed');
    fields.forEach((field) => this.#touched.add(field));
    const count = Object.keys(errors).length;
    if (count > 0 || other.length > 0) {
      this.errors = errors;
      this.formError = { fix: count, messages: other };
      const first = this.#firstError(errors);
      if (first) void this.#focusField(first);
      return;
    }
    this.errors = {};
    this.sending = true;
    const input = this.#input();
    const { idempotencyKey, sent: earlier } = this.draft;
    this.draft = { ...this.draft, sent: input as Record<string, unknown> };
    // Fetched alongside the request, so the answer shows in the same update as before.
    const successView = this.#successView ? undefined : import('./success-view.js').catch(() => undefined);
    try {
      let created: CreatedSuggestion;
      try {
        created = await this.client.suggestions.create(input, { idempotencyKey });
      } catch (error) {
        // An earlier attempt of this draft was stored though its answer was lost, and the
        // citizen changed something since: fetch that stored suggestion rather than fail.
        if (!(isJianyiError(error) && error.code === 'idempotency_mismatch' && earlier)) throw error;
        created = await this.client.suggestions.create(earlier as SuggestionInput, { idempotencyKey });
      }
      const loaded = await successView;
      // Its own terms, in a language other than zh-CN, before it shows (zh-CN if they fail).
      await loaded?.successViewTerms.load(this.locale)?.catch(() => undefined);
      if (loaded) {
        this.#successView = loaded;
        this.#adoptStyles(loaded.successStyles);
      }
      this.created = created;
      clearDraft(this.#draftKey!);
      for (const photo of this.photos) this.#release(photo);
      this.photos = [];
      this.draft = emptyDraft(this.category);
      this.restored = false;
      this.#touched.clear();
      this.copyNote = '';
      this.emit(new JySubmittedEvent(created));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#success-heading')?.focus();
    } catch (error) {
      if (!isJianyiError(error)) throw error;
      // Only a lost answer (no response, or the server failing midway) may hide a stored
      // suggestion; a refusal means this body was not stored, so nothing to recover later.
      const outcomeUnknown = error.code === 'network_error' || error.code === 'timeout' || error.code === 'idempotency_mismatch' || error.status >= 500;
      if (!outcomeUnknown) {
        const { sent: _sent, ...rest } = this.draft;
        this.draft = rest;
      }
      const mapped: Errors = {};
      const unplaced: string[] = [];
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        const field = fieldOf(path);
        if (field) mapped[field] ??= message;
        else unplaced.push(message);
      }
      this.errors = mapped;
      this.formError = { fix: 0, messages: [error.message, ...unplaced] };
      this.emit(new JyErrorEvent(error));
      const first = this.#firstError(mapped);
      if (first) void this.#focusField(first);
    } finally {
      this.sending = false;
    }
  }

  #another() {
    this.created = undefined;
    this.copyNote = '';
    this.errors = {};
    this.formError = undefined;
    void this.#focusField('category').then(() => {
      if (!this.renderRoot.querySelector(':focus')) this.renderRoot.querySelector<HTMLElement>('[data-field="title"]')?.focus();
    });
  }

  #discard() {
    for (const photo of this.photos) this.#release(photo);
    this.photos = [];
    this.draft = emptyDraft(this.category);
    this.restored = false;
    this.errors = {};
    this.formError = undefined;
    this.#touched.clear();
    clearDraft(this.#draftKey!);
    void this.#focusField('category');
  }

  // Photos ------------------------------------------------------------------------------

  #addPhotos(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = maxAttachments - this.photos.length;
    const errors = { ...this.errors };
    delete errors.photos;
    if (files.length > room) errors.photos = t(this.locale, 'tooManyPhotos', { max: maxAttachments });
    this.errors = errors;
    for (const file of files.slice(0, Math.max(0, room))) {
      // `file: file`, not the shorthand: the manifest analyzer lists a shorthand here as a module variable.
      const photo: Photo = { key: ++photoKeys, name: file.name, status: 'preparing', progress: 0, file: file };
      this.photos = [...this.photos, photo];
      void this.#prepare(photo.key);
    }
  }

  #update(key: number, change: Partial<Photo>) {
    this.photos = this.photos.map((photo) => (photo.key === key ? { ...photo, ...change } : photo));
  }

  /** Makes the photo smaller, then uploads it (./photos.js, fetched with the first photo). */
  async #prepare(key: number) {
    const photos = await this.#loadPhotoCode();
    if (photos) await photos.prepare(this.#photoHost, key);
    else this.#update(key, { status: 'failed', error: message('network', this.locale) });
  }

  /** What ./photos.js reads and changes of this form. */
  #photoHost: PhotoHost = {
    locale: () => this.locale,
    client: () => this.client,
    photo: (key) => this.photos.find((photo) => photo.key === key),
    update: (key, change) => this.#update(key, change),
    uploaded: () => this.#clearPhotosMessage(),
    failed: (error) => this.emit(new JyErrorEvent(error)),
  };

  /** The "photos still uploading / failed" message goes once every photo is up. */
  #clearPhotosMessage() {
    if (this.errors.photos && !this.photos.some((candidate) => candidate.status !== 'done')) {
      const errors = { ...this.errors };
      delete errors.photos;
      this.errors = errors;
    }
  }

  #remove(key: number) {
    const photo = this.photos.find((candidate) => candidate.key === key);
    if (photo) this.#release(photo);
    this.photos = this.photos.filter((candidate) => candidate.key !== key);
    this.#clearPhotosMessage();
    // Focus would be lost with the removed button; the add button is the natural next place.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-field="photos"]')?.focus());
  }

  #release(photo: Photo) {
    photo.abort?.abort();
  }

  // Location ----------------------------------------------------------------------------

  #locate() {
    const geolocation = navigator.geolocation as Geolocation | undefined;
    if (!geolocation) {
      this.geo = { state: 'unavailable' };
      return;
    }
    this.geo = { state: 'locating' };
    geolocation.getCurrentPosition(
      (position) => {
        const round = (value: number) => Math.round(value * 1e6) / 1e6;
        this.draft = { ...this.draft, lat: round(position.coords.latitude), lng: round(position.coords.longitude) };
        this.geo = { state: 'idle' };
        // Coordinates alone do not make a place a department can find; the schema asks for an address too.
        if (!this.draft.address.trim()) void this.#focusField('address');
      },
      (error) => {
        this.geo = { state: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' };
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  #clearLocation() {
    const { lat: _lat, lng: _lng, ...rest } = this.draft;
    this.draft = rest;
    this.geo = { state: 'idle' };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="locate"]')?.focus());
  }

  // Rendering ---------------------------------------------------------------------------

  #described(field: Field, ...ids: (string | false | undefined)[]) {
    const all = [...ids, this.errors[field] && `${field}-error`].filter(Boolean);
    return all.length > 0 ? all.join(' ') : nothing;
  }

  #message(field: Field) {
    const message = this.errors[field];
    return message ? html`<p class="error" id="${field}-error">${message}</p>` : nothing;
  }

  /** `optional` is left off inside a group that is optional as a whole, and on the name/phone pair. */
  #label(field: Field, text: string, marker: 'required' | 'optional' | 'none') {
    return html`<label for=${field}>
      ${text}${marker === 'required'
        ? html`<span class="required" aria-hidden="true">*</span>`
        : marker === 'optional'
          ? html`<span class="optional">${t(this.locale, 'optional')}</span>`
          : nothing}
    </label>`;
  }

  #categoryField() {
    const locale = this.locale;
    let control: TemplateResult;
    if (this.categoriesState === 'loading') {
      control = html`<div class="skeleton control" role="status" aria-busy="true">
        <span class="visually-hidden">${t(locale, 'categoriesLoading')}</span>
      </div>`;
    } else if (this.categoriesState === 'failed') {
      control = html`<div class="load-failed control" role="alert">
        <span class="error">${t(locale, 'categoriesFailed')} ${this.categoriesError}</span>
        <button part="retry" type="button" @click=${() => void this.reloadCategories()}>${t(locale, 'retry')}</button>
      </div>`;
    } else {
      control = html`<select
        id="category"
        part="category"
        data-field="category"
        aria-required="true"
        aria-invalid=${this.errors.category ? 'true' : 'false'}
        aria-describedby=${this.#described('category')}
        .value=${this.draft.categoryId}
        @change=${(event: Event) => {
          this.#set('categoryId', (event.target as HTMLSelectElement).value, 'category');
          this.#blur('category');
        }}
        @blur=${() => this.#blur('category')}
      >
        <option value="" ?selected=${!this.draft.categoryId}>${t(locale, 'categoryPlaceholder')}</option>
        ${this.categories.map(
          (category) => html`<option value=${category.id} ?selected=${category.id === this.draft.categoryId}>${category.name}</option>`,
        )}
      </select>`;
    }
    return html`<div class="field" part="field">
      ${this.categoriesState === 'loaded'
        ? this.#label('category', t(locale, 'category'), 'required')
        : html`<span class="label">${t(locale, 'category')}<span class="required" aria-hidden="true">*</span></span>`}
      ${control} ${this.#message('category')}
    </div>`;
  }

  #textField(field: 'title' | 'name' | 'phone' | 'address', key: 'title' | 'name' | 'phone' | 'address', label: string, options: { required: boolean; marker?: 'optional' | 'none'; hint?: string; describedBy?: string; type?: string; autocomplete?: string; inputmode?: string }) {
    const hintId = options.hint ? `${field}-hint` : undefined;
    return html`<div class="field" part="field">
      ${this.#label(field, label, options.required ? 'required' : (options.marker ?? 'optional'))}
      ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
      <input
        id=${field}
        part=${field}
        data-field=${field}
        type=${options.type ?? 'text'}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        aria-required=${options.required ? 'true' : 'false'}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${this.#described(field, options.describedBy, hintId)}
        .value=${this.draft[key]}
        @input=${(event: Event) => this.#set(key, (event.target as HTMLInputElement).value, field)}
        @blur=${() => this.#blur(field)}
      />
      ${this.#message(field)}
    </div>`;
  }

  #bodyField() {
    const locale = this.locale;
    const count = countChars(this.draft.body.trim());
    const over = count - limits.body.max;
    return html`<div class="field" part="field">
      ${this.#label('body', t(locale, 'body'), 'required')}
      <p class="hint" id="body-hint">${t(locale, 'bodyHint')}</p>
      <textarea
        id="body"
        part="body"
        data-field="body"
        rows="6"
        aria-required="true"
        aria-invalid=${this.errors.body ? 'true' : 'false'}
        aria-describedby=${this.#described('body', 'body-hint', 'body-count')}
        .value=${this.draft.body}
        @input=${(event: Event) => this.#set('body', (event.target as HTMLTextAreaElement).value, 'body')}
        @blur=${() => this.#blur('body')}
      ></textarea>
      <div class="below">
        ${this.#message('body')}
        <span class="count ${over > 0 ? 'over' : ''}" part="count" id="body-count">
          ${over > 0 ? t(locale, 'countOver', { over }) : t(locale, 'count', { count, max: limits.body.max })}
        </span>
      </div>
    </div>`;
  }

  #locationField() {
    const locale = this.locale;
    const d = this.draft;
    const canLocate = 'geolocation' in navigator && window.isSecureContext;
    const note =
      this.geo.state === 'locating'
        ? t(locale, 'locating')
        : this.geo.state === 'denied'
          ? t(locale, 'locationDenied')
          : this.geo.state === 'unavailable'
            ? t(locale, 'locationUnavailable')
            : d.lat !== undefined && !d.address.trim()
              ? t(locale, 'addressForLocation')
              : '';
    return html`<fieldset class="group" part="field">
      <legend>${t(locale, 'location')}<span class="optional">${t(locale, 'optional')}</span></legend>
      ${this.#textField('address', 'address', t(locale, 'address'), { required: false, marker: 'none', hint: t(locale, 'addressHint') })}
      <div class="locate-row">
        ${d.lat !== undefined && d.lng !== undefined
          ? html`<span class="located">${t(locale, 'located', { lat: d.lat.toFixed(4), lng: d.lng.toFixed(4) })}</span>
              <button type="button" part="locate" @click=${() => this.#clearLocation()}>${t(locale, 'clearLocation')}</button>`
          : canLocate
            ? html`<button type="button" part="locate" ?disabled=${this.geo.state === 'locating'} @click=${() => this.#locate()}>
                ${t(locale, 'useLocation')}
              </button>`
            : nothing}
      </div>
      <p class="note ${this.geo.state === 'denied' || this.geo.state === 'unavailable' ? 'warn' : ''}" role="status">${note}</p>
    </fieldset>`;
  }

  #photoList() {
    const locale = this.locale;
    const remove = (key: number) => this.#remove(key);
    if (this.#photoCode) return this.#photoCode.photoList(this.#photoHost, this.photos, remove);
    // The list's file could not be fetched (yet): each photo by number with what went
    // wrong, a retry (which fetches it again) and its remove button.
    return html`<ul class="photos" part="photos">
      ${this.photos.map(
        (photo, index) => html`<li part="photo">
          ${t(locale, 'photoAlt', { n: index + 1 })} <span class="error">${photo.error}</span>
          ${photo.status === 'failed' ? html`<button type="button" @click=${() => void this.#prepare(photo.key)}>${t(locale, 'photoRetry')}</button>` : nothing}
          <button type="button" class="remove" aria-label=${t(locale, 'photoRemove', { n: index + 1 })} @click=${() => remove(photo.key)}>×</button>
        </li>`,
      )}
    </ul>`;
  }

  /**
   * Fetches what handles photos (making them smaller, uploading, the list with its styles)
   * with the first photo, or for photos a restored draft brings back.
   */
  async #loadPhotoCode() {
    if (this.#photoCode) return this.#photoCode;
    const loaded = await import('./photos.js').catch(() => undefined);
    if (!loaded || this.#photoCode) return this.#photoCode ?? loaded;
    await loaded.photoTerms.load(this.locale)?.catch(() => undefined);
    this.#photoCode = loaded;
    this.#adoptStyles(loaded.photoListStyles);
    this.requestUpdate();
    return loaded;
  }

  /** Adds the styles of a part fetched later to the ones the form started with. */
  #adoptStyles(styles: CSSResult) {
    this.#lateStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof JySuggestionForm).elementStyles, ...this.#lateStyles]);
  }

  #photosField() {
    const locale = this.locale;
    const full = this.photos.length >= maxAttachments;
    return html`<fieldset class="group" part="field">
      <legend>${t(locale, 'photos')}<span class="optional">${t(locale, 'optional')}</span></legend>
      <p class="hint" id="photos-hint">${t(locale, 'photosHint', { max: maxAttachments })}</p>
      ${this.photos.length > 0 ? this.#photoList() : nothing}
      <input
        id="photos"
        class="file visually-hidden"
        data-field="photos"
        type="file"
        accept="image/*"
        multiple
        ?disabled=${full}
        aria-invalid=${this.errors.photos ? 'true' : 'false'}
        aria-describedby=${this.#described('photos', 'photos-hint')}
        @change=${(event: Event) => this.#addPhotos(event)}
      />
      <label for="photos" class="add-photo ${full ? 'disabled' : ''}" part="add-photo">
        <span aria-hidden="true">＋</span> ${full ? t(locale, 'photosFull', { max: maxAttachments }) : t(locale, 'addPhotos')}
      </label>
      ${this.#message('photos')}
    </fieldset>`;
  }

  #contactFields() {
    const locale = this.locale;
    const d = this.draft;
    return html`<fieldset class="group" part="field">
      <legend>${t(locale, 'contact')}</legend>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="anonymous"
          .checked=${d.anonymous}
          aria-describedby=${d.anonymous ? 'anonymous-hint' : nothing}
          @change=${(event: Event) => {
            const anonymous = (event.target as HTMLInputElement).checked;
            // Anonymous means no contact is kept, here and in the saved draft.
            this.draft = anonymous ? { ...this.draft, anonymous, name: '', phone: '', consent: false } : { ...this.draft, anonymous };
            const errors = { ...this.errors };
            delete errors.name;
            delete errors.phone;
            delete errors.consent;
            this.errors = errors;
          }}
        />
        <span class="track" aria-hidden="true"></span>
        <span>${t(locale, 'anonymous')}</span>
      </label>
      ${d.anonymous
        ? html`<p class="note" id="anonymous-hint">${t(locale, 'anonymousHint')}</p>`
        : html`<p class="reason" id="contact-reason">${t(locale, 'contactReason')}</p>
            ${this.#textField('name', 'name', t(locale, 'name'), { required: false, marker: 'none', describedBy: 'contact-reason', autocomplete: 'name' })}
            ${this.#textField('phone', 'phone', t(locale, 'phone'), { required: false, marker: 'none', describedBy: 'contact-reason', hint: t(locale, 'phoneHint'), type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
            <div class="field check" part="field">
              <input
                id="consent"
                type="checkbox"
                part="consent"
                data-field="consent"
                aria-required="true"
                aria-invalid=${this.errors.consent ? 'true' : 'false'}
                aria-describedby=${this.#described('consent', 'contact-reason')}
                .checked=${d.consent}
                @change=${(event: Event) => {
                  this.#set('consent', (event.target as HTMLInputElement).checked, 'consent');
                  this.#blur('consent');
                }}
              />
              <label for="consent">${t(locale, 'consent')}<span class="required" aria-hidden="true">*</span></label>
              ${this.#message('consent')}
            </div>`}
    </fieldset>`;
  }

  #success(created: CreatedSuggestion) {
    const locale = this.locale;
    if (this.#successView) {
      return this.#successView.successView(
        { locale, trackUrl: this.trackUrl, note: this.copyNote, setNote: (note) => (this.copyNote = note), root: this.renderRoot, another: () => this.#another() },
        created,
      );
    }
    // The view's file could not be fetched: what the citizen must keep, plainly.
    return html`<section class="success" part="success" aria-labelledby="success-heading">
      <h2 id="success-heading" tabindex="-1">✓ ${t(locale, 'successHeading')}</h2>
      <p>${t(locale, 'trackingCode')}: <code part="tracking-code">${created.suggestion.id}</code></p>
      <p>${t(locale, 'accessKey')}: <code part="access-key">${created.accessKey}</code></p>
      <p class="warning">${t(locale, 'accessKeyWarning')}</p>
      <button type="button" part="another" @click=${() => this.#another()}>${t(locale, 'another')}</button>
    </section>`;
  }

  /**
   * The honeypot: a field off-screen, hidden from screen readers, out of the tab order
   * and from autofill, so only a script filling every input finds it. A submission with
   * it filled is answered as usual by the server and not stored.
   */
  #trap() {
    return html`<div class="trap" aria-hidden="true">
      <label>网站 <input type="text" name="website" tabindex="-1" autocomplete="off" .value=${this.#honeypot} @input=${(event: Event) => (this.#honeypot = (event.target as HTMLInputElement).value)} /></label>
    </div>`;
  }

  protected override render() {
    const locale = this.locale;
    if (this.created) return this.#success(this.created);
    // The schemas are fetched once the citizen starts, so leaving a field finds them here.
    return html`<form part="form" novalidate @submit=${this.#submit} @focusin=${preloadChecks}>
      <slot name="heading"><h2 part="heading">${t(locale, `heading.${this.kind}`)}</h2></slot>
      ${this.bound ? html`<p class="bound">${t(locale, this.bound.kind, { name: this.bound.name })}</p>` : nothing}
      <p class="intro">${t(locale, 'intro')}</p>
      ${this.restored
        ? html`<div class="restored" role="status">
            <span>${t(locale, 'draftRestored')}</span>
            <button type="button" class="small" @click=${() => this.#discard()}>${t(locale, 'discardDraft')}</button>
          </div>`
        : nothing}
      ${this.#categoryField()}
      ${this.#textField('title', 'title', t(locale, 'title'), { required: true, hint: t(locale, 'titleHint') })}
      ${this.#bodyField()} ${this.#locationField()} ${this.#photosField()} ${this.#contactFields()}
      ${this.#trap()}
      <div class="submit-row">
        ${this.formError
          ? html`<p class="error form-error" part="error" role="alert">
              ${[this.formError.fix > 0 ? t(locale, 'fixErrors', { count: this.formError.fix }) : '', ...this.formError.messages].filter(Boolean).join('；')}
            </p>`
          : nothing}
        <button class="primary" part="submit" type="submit" ?disabled=${this.sending}>
          ${this.sending ? html`<span class="spinner" aria-hidden="true"></span>${t(locale, 'sending')}` : t(locale, 'submit')}
        </button>
      </div>
    </form>`;
  }
}
