import {
  countChars,
  isJianyiError,
  limits,
  maxAttachments,
  message,
  preloadChecks,
  type Category,
  type Channel,
  type CreatedSuggestion,
  type Locale,
  type SuggestionKind,
} from '@jianyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JyElement } from '../../internal/jy-element.js';
import { tokens } from '../../styles/tokens.js';
import type { Errors, Field, FormHost, GeoNote } from './actions.js';
import { clearDraft, draftKey, emptyDraft, hasContent, loadDraft, saveDraft, type Draft } from './draft.js';
import type { Photo, PhotoHost } from './photos.js';
import { suggestionFormTerms } from './suggestion-form.i18n.js';
import { suggestionFormStyles } from './suggestion-form.styles.js';
import { states } from '../../internal/states.js';

const t = suggestionFormTerms.t;

type Actions = typeof import('./actions.js');

const requiredMark = html`<span class="required" aria-hidden="true">*</span>`;

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
export class JySuggestionForm extends JyElement implements FormHost, PhotoHost {
  static override styles = [tokens, suggestionFormStyles];

  static override properties = {
    workstation: { reflect: true },
    topic: { reflect: true },
    channel: { reflect: true },
    category: { reflect: true },
    kind: { reflect: true },
    trackUrl: { attribute: 'track-url' },
    ...states('draft', 'photos', 'categories', 'categoriesError', 'errors', 'formError', 'sending', 'created', 'restored', 'geo', 'copyNote', 'bound'),
  };

  /** Workstation id (委员工作室) the suggestion goes to, as its QR code binds it. */
  workstation = '';
  /** Topic id (热点关注) the suggestion is about. */
  topic = '';
  /** Intake channel recorded with the suggestion (`web`, `mobile`, `qr-code`, `workstation` …). */
  channel: Channel = 'web';
  /** Category id chosen in advance; the citizen can still change it. */
  category = '';
  /** `suggestion`, `micro-suggestion` (微建议) or `people-suggestion` (人民建议). */
  kind: SuggestionKind = 'suggestion';
  /**
   * Where the "follow its progress" link goes, with `{code}` and `{key}` replaced, e.g.
   * `/track.html#code={code}&key={key}` (a fragment keeps the key out of server logs).
   * Only http(s) and relative links are used; without it there is no link.
   */
  trackUrl = '';

  // The @internal members are read and changed by ./actions.js and ./photos.js too (their
  // `FormHost` and `PhotoHost`, which this class implements, so the compiler checks them).
  /** @internal */ draft: Draft = emptyDraft();
  /** @internal */ photos: Photo[] = [];
  /** The categories once loaded; while neither they nor the error are here, they are loading. */
  private categories?: Category[];
  private categoriesError?: string;
  /** @internal */ errors: Errors = {};
  /** @internal The message above the submit button, worded at render so it follows a language switch. */
  formError: ((locale: Locale) => string) | undefined;
  /** @internal */ sending = false;
  /** @internal */ created: CreatedSuggestion | undefined;
  private restored = false;
  /** @internal What the location note says while locating or after it failed. */
  geo: GeoNote | undefined;
  /** @internal */ copyNote = '';
  private bound?: { kind: 'toWorkstation' | 'toTopic'; name: string };

  /** @internal What a bot typed into the hidden field; people never see it (see `#trap`). */
  honeypot = '';
  /** @internal Fields that lost focus once: they are checked as the citizen types from then on. */
  touched = new Set<Field>();

  #draftKey?: string;
  /** What runs once the citizen acts (./actions.js), fetched on the first focus or press in the form. */
  #actions?: Promise<Actions | undefined>;
  /** The same once it is here: what renders a state only it brings about reads its terms from it. */
  #act?: Actions;
  /** What handles photos, fetched with the first photo. */
  #photoCode?: typeof import('./photos.js');
  #categoriesFor?: string;

  private get base(): string {
    return this.apiBase || this.shared?.apiBase || location.origin;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const key = draftKey(this.base, this.workstation, this.topic);
    if (key !== this.#draftKey) {
      this.#draftKey = key;
      this.#start(loadDraft(key));
      void this.#loadBoundName();
    } else if (changed.has('category') && !this.draft.categoryId && this.category) {
      this.draft = { ...this.draft, categoryId: this.category };
    }
    // Started here rather than in `updated`, so their first state changes join this render.
    if (this.#categoriesFor !== this.base) {
      this.#categoriesFor = this.base;
      void this.reloadCategories();
    }
    // Messages follow a language switch; server messages stay as the server wrote them.
    if (changed.has('locale') && changed.get('locale') !== undefined) void this.#act?.recheck(this, [...this.touched]);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if ((changed.has('draft') || changed.has('photos')) && this.#draftKey && !this.created) this.#persist();
  }

  /** Loads the categories again, as the retry button does. */
  async reloadCategories(): Promise<void> {
    this.categories = this.categoriesError = undefined;
    try {
      const categories = await this.client.meta.categories();
      this.categories = categories;
      // A draft or preset may name a category that no longer exists.
      if (this.draft.categoryId && !categories.some((category) => category.id === this.draft.categoryId)) {
        this.draft = { ...this.draft, categoryId: '' };
      }
    } catch (error) {
      if (!isJianyiError(error)) throw error;
      this.categoriesError = error.message;
      this.emit(new JyErrorEvent(error));
    }
  }

  /**
   * The workstation's or topic's name, so the citizen sees where the suggestion goes; left
   * out if it cannot be had. Loaded with each draft, which is kept per API, workstation and topic.
   */
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

  /** Starts from `saved` (a draft restored from storage) or an empty draft; the photos of the one before stop uploading. */
  #start(saved?: Draft) {
    for (const photo of this.photos) photo.abort?.abort();
    this.restored = Boolean(saved && hasContent(saved));
    const draft = saved ?? emptyDraft();
    draft.categoryId ||= this.category;
    this.draft = draft;
    this.photos = draft.photos.map(({ id, name, thumb }) => ({ key: ++photoKeys, name, thumb, status: 'done', progress: 100, attachmentId: id }));
    if (this.photos.length > 0) void this.#loadPhotoCode();
    this.errors = {};
    this.formError = undefined;
    this.touched.clear();
  }

  /** @internal Back to an empty draft, the saved one dropped: "clear and start over", or a suggestion stored. */
  reset() {
    this.#start();
    clearDraft(this.#draftKey!);
  }

  #persist() {
    const key = this.#draftKey!;
    const draft: Draft = {
      ...this.draft,
      // A photo without a preview is saved without `thumb` (JSON leaves out what is undefined).
      photos: this.photos.flatMap(({ status, attachmentId: id, name, thumb }) => (status === 'done' && id ? [{ id, name, thumb }] : [])),
    };
    if (hasContent(draft)) saveDraft(key, draft);
    else clearDraft(key);
  }

  /**
   * The first focus or press in the form fetches the schemas and ./actions.js, so leaving a
   * field or pressing send finds them here. A failed fetch is tried again with the next.
   */
  #intent() {
    void preloadChecks();
    return (this.#actions ??= import('./actions.js').then(
      async (actions) => {
        // Its terms in a language other than zh-CN, before anything shows them (zh-CN if they fail).
        await actions.actionTerms.load(this.locale)?.catch(() => undefined);
        return (this.#act = actions);
      },
      () => (this.#actions = undefined),
    ));
  }

  /** Runs `action` of ./actions.js on this form (at once if it is here); false if it could not be fetched. */
  async #run(action: (actions: Actions, form: FormHost) => unknown) {
    const actions = this.#act ?? (await this.#intent());
    if (actions) action(actions, this);
    return Boolean(actions);
  }

  /** Puts what the citizen typed or chose into the draft (saved as it changes, see `updated`). */
  #set(field: Exclude<Field, 'photos'>, value: string | boolean) {
    this.draft = { ...this.draft, [field === 'category' ? 'categoryId' : field]: value };
    this.restored &&= hasContent(this.draft);
    // While typing, a message only goes away; a new one waits until the field is left.
    if (this.errors[field]) void this.#act?.recheck(this, [field], true);
  }

  #blur(field: Field) {
    void this.#run((actions, form) => actions.blur(form, field));
  }

  /** A choice (the category, the consent) is checked at once, as if the field had been left. */
  #choose(field: 'category' | 'consent', value: string | boolean) {
    this.#set(field, value);
    this.#blur(field);
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal Focuses `field`'s control once rendered; for the category, its retry button while the list failed to load. */
  focusField(field: Field) {
    return this.#focus(`[data-field=${field}]${field === 'category' ? ',[part~=retry]' : ''}`);
  }

  async #submit(event: Event) {
    event.preventDefault();
    // Nothing can be sent without ./actions.js: the message says so by the button, which
    // tries again; what was typed stays, and stays saved.
    if (!(await this.#run((actions, form) => actions.submit(form)))) this.formError = (locale) => message('network', locale);
  }

  #discard() {
    this.reset();
    void this.focusField('category');
  }

  // Photos ------------------------------------------------------------------------------

  #addPhotos(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = maxAttachments - this.photos.length;
    const { photos: _photos, ...others } = this.errors;
    this.errors = files.length > room ? { ...others, photos: t(this.locale, 'tooManyPhotos', { max: maxAttachments }) } : others;
    for (const file of files.slice(0, Math.max(0, room))) {
      // `file: file`, not the shorthand: the manifest analyzer lists a shorthand here as a module variable.
      const photo: Photo = { key: ++photoKeys, name: file.name, status: 'preparing', progress: 0, file: file };
      this.photos = [...this.photos, photo];
      void this.#prepare(photo.key);
    }
  }

  /** @internal */
  updatePhoto(key: number, change: Partial<Photo>) {
    this.photos = this.photos.map((photo) => (photo.key === key ? { ...photo, ...change } : photo));
  }

  /** Makes the photo smaller, then uploads it (./photos.js, fetched with the first photo). */
  async #prepare(key: number) {
    const photos = await this.#loadPhotoCode();
    if (photos) await photos.prepare(this, key);
    else this.updatePhoto(key, { status: 'failed', error: message('network', this.locale) });
  }

  /** @internal The "photos still uploading / failed" message goes once every photo is up. */
  clearPhotosMessage() {
    if (this.errors.photos && !this.photos.some((candidate) => candidate.status !== 'done')) {
      const { photos: _photos, ...errors } = this.errors;
      this.errors = errors;
    }
  }

  /** @internal */
  removePhoto(key: number) {
    const removed = this.photos.find((photo) => photo.key === key);
    removed?.abort?.abort();
    this.photos = this.photos.filter((photo) => photo !== removed);
    this.clearPhotosMessage();
    // Focus would be lost with the removed button; the add button is the natural next place.
    void this.focusField('photos');
  }

  /**
   * Fetches what handles photos (making them smaller, uploading, the list with its styles)
   * with the first photo, or for photos a restored draft brings back.
   */
  async #loadPhotoCode() {
    const loaded = this.#photoCode ?? (await import('./photos.js').catch(() => undefined));
    if (loaded && !this.#photoCode) {
      await loaded.photoTerms.load(this.locale)?.catch(() => undefined);
      this.#photoCode = loaded;
      this.adoptLateStyles(loaded.photoListStyles);
      this.requestUpdate();
    }
    return loaded;
  }

  // Location ----------------------------------------------------------------------------

  async #locate() {
    if (!(await this.#run((actions, form) => actions.locate(form)))) this.geo = 'offline';
  }

  #clearLocation() {
    const { lat: _lat, lng: _lng, ...rest } = this.draft;
    this.draft = rest;
    this.geo = undefined;
    void this.#focus('[part~=locate]');
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

  /** A field's label: its name (the term of the same key), marked when it is required. */
  #label(field: Field, required?: boolean) {
    return html`<label for=${field}>${t(this.locale, field)}${required ? requiredMark : nothing}</label>`;
  }

  /** A group of fields under its legend; `optional` when the group as a whole may be left empty. */
  #group(legend: 'location' | 'photos' | 'contact', optional: boolean, content: unknown) {
    const locale = this.locale;
    return html`<fieldset class="group" part="field">
      <legend>${t(locale, legend)}${optional ? html`<span class="optional">${t(locale, 'optional')}</span>` : nothing}</legend>
      ${content}
    </fieldset>`;
  }

  #categoryField() {
    const locale = this.locale;
    const categories = this.categories;
    let control: TemplateResult;
    if (categories) {
      control = html`<select
        id="category"
        part="category"
        data-field="category"
        aria-required="true"
        aria-invalid=${!!this.errors.category}
        aria-describedby=${this.#described('category')}
        .value=${this.draft.categoryId}
        @change=${(event: Event) => this.#choose('category', (event.target as HTMLSelectElement).value)}
        @blur=${() => this.#blur('category')}
      >
        <option value="" ?selected=${!this.draft.categoryId}>${t(locale, 'categoryPlaceholder')}</option>
        ${categories.map(
          (category) => html`<option value=${category.id} ?selected=${category.id === this.draft.categoryId}>${category.name}</option>`,
        )}
      </select>`;
    } else if (this.categoriesError === undefined) {
      control = html`<div class="skeleton control" role="status" aria-busy="true">
        <span class="visually-hidden">${t(locale, 'categoriesLoading')}</span>
      </div>`;
    } else {
      control = html`<div class="load-failed control" role="alert">
        <span class="error">${t(locale, 'categoriesFailed')} ${this.categoriesError}</span>
        <button part="retry" type="button" @click=${this.reloadCategories}>${t(locale, 'retry')}</button>
      </div>`;
    }
    // No <label for> while there is no list to point at.
    return html`<div class="field" part="field">
      ${categories ? this.#label('category', true) : html`<span class="label">${t(locale, 'category')}${requiredMark}</span>`}
      ${control} ${this.#message('category')}
    </div>`;
  }

  /** The title, address, name and phone inputs: label, hint (all but the name's), input and message. */
  #textField(field: 'title' | 'address' | 'name' | 'phone') {
    const hint = field !== 'name' && `${field}-hint`;
    const contact = field === 'name' || field === 'phone';
    const tel = field === 'phone';
    return html`<div class="field" part="field">
      ${this.#label(field, field === 'title')}
      ${hint ? html`<p class="hint" id=${hint}>${t(this.locale, `${field as 'title'}Hint`)}</p>` : nothing}
      <input
        id=${field}
        part=${field}
        data-field=${field}
        type=${tel ? 'tel' : 'text'}
        autocomplete=${contact ? (tel ? 'tel' : 'name') : nothing}
        inputmode=${tel ? 'tel' : nothing}
        aria-required=${field === 'title'}
        aria-invalid=${!!this.errors[field]}
        aria-describedby=${this.#described(field, contact && 'contact-reason', hint)}
        .value=${this.draft[field]}
        @input=${(event: Event) => this.#set(field, (event.target as HTMLInputElement).value)}
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
      ${this.#label('body', true)}
      <p class="hint" id="body-hint">${t(locale, 'bodyHint')}</p>
      <textarea
        id="body"
        part="body"
        data-field="body"
        rows="6"
        aria-required="true"
        aria-invalid=${!!this.errors.body}
        aria-describedby=${this.#described('body', 'body-hint', 'body-count')}
        .value=${this.draft.body}
        @input=${(event: Event) => this.#set('body', (event.target as HTMLTextAreaElement).value)}
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
    const geo = this.geo;
    // A note other than the locating one (set by ./actions.js, so it is here) is a warning.
    const note =
      geo === 'offline'
        ? message('network', locale)
        : geo
          ? this.#act!.t(locale, geo)
          : d.lat !== undefined && !d.address.trim()
            ? t(locale, 'addressForLocation')
            : '';
    return this.#group(
      'location',
      true,
      html`${this.#textField('address')}
        <div class="locate-row">
          ${d.lat !== undefined && d.lng !== undefined
            ? html`<span class="located">${t(locale, 'located', { lat: d.lat.toFixed(4), lng: d.lng.toFixed(4) })}</span>
                <button type="button" part="locate" @click=${this.#clearLocation}>${t(locale, 'clearLocation')}</button>`
            : 'geolocation' in navigator && window.isSecureContext
              ? html`<button type="button" part="locate" ?disabled=${geo === 'locating'} @click=${this.#locate}>
                  ${t(locale, 'useLocation')}
                </button>`
              : nothing}
        </div>
        <p class="note ${geo && geo !== 'locating' ? 'warn' : ''}" role="status">${note}</p>`,
    );
  }

  #photoList() {
    const locale = this.locale;
    if (this.#photoCode) return this.#photoCode.photoList(this);
    // The list's file could not be fetched (yet): each photo by number with what went
    // wrong, a retry (which fetches it again) and its remove button.
    return html`<ul class="photos" part="photos">
      ${this.photos.map(
        (photo, index) => html`<li part="photo">
          ${t(locale, 'photoAlt', { n: index + 1 })} <span class="error">${photo.error}</span>
          ${photo.status === 'failed' ? html`<button type="button" @click=${() => void this.#prepare(photo.key)}>${t(locale, 'photoRetry')}</button>` : nothing}
          <button type="button" class="remove" aria-label=${t(locale, 'photoRemove', { n: index + 1 })} @click=${() => this.removePhoto(photo.key)}>×</button>
        </li>`,
      )}
    </ul>`;
  }

  #photosField() {
    const locale = this.locale;
    const full = this.photos.length >= maxAttachments;
    return this.#group(
      'photos',
      true,
      html`<p class="hint" id="photos-hint">${t(locale, 'photosHint', { max: maxAttachments })}</p>
        ${this.photos.length > 0 ? this.#photoList() : nothing}
        <input
          id="photos"
          class="file visually-hidden"
          data-field="photos"
          type="file"
          accept="image/*"
          multiple
          ?disabled=${full}
          aria-invalid=${!!this.errors.photos}
          aria-describedby=${this.#described('photos', 'photos-hint')}
          @change=${this.#addPhotos}
        />
        <label for="photos" class="add-photo ${full ? 'disabled' : ''}" part="add-photo">
          <span aria-hidden="true">＋</span> ${full ? t(locale, 'photosFull', { max: maxAttachments }) : t(locale, 'addPhotos')}
        </label>
        ${this.#message('photos')}`,
    );
  }

  #contactFields() {
    const locale = this.locale;
    const d = this.draft;
    return this.#group(
      'contact',
      false,
      html`<label class="switch">
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
              const { name: _name, phone: _phone, consent: _consent, ...errors } = this.errors;
              this.errors = errors;
            }}
          />
          <span class="track" aria-hidden="true"></span>
          <span>${t(locale, 'anonymous')}</span>
        </label>
        ${d.anonymous
          ? html`<p class="note" id="anonymous-hint">${t(locale, 'anonymousHint')}</p>`
          : html`<p class="reason" id="contact-reason">${t(locale, 'contactReason')}</p>
              ${this.#textField('name')} ${this.#textField('phone')}
              <div class="field check" part="field">
                <input
                  id="consent"
                  type="checkbox"
                  part="consent"
                  data-field="consent"
                  aria-required="true"
                  aria-invalid=${!!this.errors.consent}
                  aria-describedby=${this.#described('consent', 'contact-reason')}
                  .checked=${d.consent}
                  @change=${(event: Event) => this.#choose('consent', (event.target as HTMLInputElement).checked)}
                />
                ${this.#label('consent', true)} ${this.#message('consent')}
              </div>`}`,
    );
  }

  /**
   * The honeypot: a field off-screen, hidden from screen readers, out of the tab order
   * and from autofill, so only a script filling every input finds it. A submission with
   * it filled is answered as usual by the server and not stored.
   */
  #trap() {
    return html`<div class="trap" aria-hidden="true">
      <label>网站 <input type="text" name="website" tabindex="-1" autocomplete="off" .value=${this.honeypot} @input=${(event: Event) => (this.honeypot = (event.target as HTMLInputElement).value)} /></label>
    </div>`;
  }

  protected override render() {
    const locale = this.locale;
    // A success and sending come from ./actions.js, so it is here.
    const act = this.#act;
    if (this.created) return act!.success(this, this.created);
    return html`<form part="form" novalidate @submit=${this.#submit} @focusin=${this.#intent} @pointerdown=${this.#intent}>
      <slot name="heading"><h2 part="heading">${t(locale, `heading.${this.kind}`)}</h2></slot>
      ${this.bound ? html`<p class="bound">${t(locale, this.bound.kind, { name: this.bound.name })}</p>` : nothing}
      <p class="intro">${t(locale, 'intro')}</p>
      ${this.restored
        ? html`<div class="restored" role="status">
            <span>${t(locale, 'draftRestored')}</span>
            <button type="button" class="small" @click=${this.#discard}>${t(locale, 'discardDraft')}</button>
          </div>`
        : nothing}
      ${this.#categoryField()} ${this.#textField('title')} ${this.#bodyField()} ${this.#locationField()} ${this.#photosField()}
      ${this.#contactFields()} ${this.#trap()}
      <div class="submit-row">
        ${this.formError ? html`<p class="error form-error" part="error" role="alert">${this.formError(locale)}</p>` : nothing}
        <button class="primary" part="submit" type="submit" ?disabled=${this.sending}>
          ${this.sending ? html`<span class="spinner" aria-hidden="true"></span>${act!.t(locale, 'sending')}` : t(locale, 'submit')}
        </button>
      </div>
    </form>`;
  }
}
