import { isJianyiError, preloadChecks, satisfactionLevels, term, type RatingInput, type Satisfaction } from '@jianyi/core';
import { html, nothing } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JyRatedEvent } from '../../events/jy-rated.js';
import { JyElement } from '../../internal/jy-element.js';
import { capitalize } from '../../internal/localize.js';
import { tokens } from '../../styles/tokens.js';
import { ratingTerms } from './rating.i18n.js';
import { ratingStyles } from './rating.styles.js';
import { states } from '../../internal/states.js';

const t = ratingTerms.t;
const maxComment = 500;

/**
 * @tag jy-rating
 * @summary How satisfied the citizen is with the reply, whether the problem was solved, and a comment.
 *
 * Works inside any plain `<form>` (form-associated: `name`, `value`, `required`,
 * validity, reset, restore), or on its own with `suggestion` and `access-key`, when it
 * posts the rating itself.
 *
 * @event change - The choice changed (native semantics, for forms).
 * @event jy-rated - The rating was chosen (in a form) or stored (standalone); `detail.rating`.
 * @event jy-error - Posting the rating failed; `detail` is the SDK's error.
 *
 * @csspart form - The form around everything.
 * @csspart satisfaction - The group of the three satisfaction choices.
 * @csspart solved - The group of the solved / not solved choices.
 * @csspart option - Each choice button.
 * @csspart comment - The comment text area.
 * @csspart submit - The submit button (standalone only).
 *
 * @cssproperty --jy-color-primary - Colour of the chosen option and the button.
 * @cssproperty --jy-color-focus - Colour of the focus ring.
 * @cssproperty --jy-radius - Corner radius.
 * @cssproperty --jy-space - Base spacing.
 * @cssproperty --jy-font-family - Font.
 */
export class JyRating extends JyElement {
  static override styles = [tokens, ratingStyles];
  static formAssociated = true;

  static override properties = {
    name: { reflect: true },
    value: { reflect: true },
    solved: { reflect: true },
    comment: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    suggestion: { reflect: true },
    submitterKey: { attribute: 'access-key' },
    ...states('sending', 'stored', 'errors'),
  };

  /** The form field name; the form also gets `NAME-solved` (yes/no) and `NAME-comment`. */
  name = '';
  /** `satisfied`, `basically-satisfied` or `unsatisfied`; empty until chosen. */
  value: Satisfaction | '' = '';
  /** `yes` or `no`; empty until chosen. */
  solved: 'yes' | 'no' | '' = '';
  /** The optional comment. */
  comment = '';
  /** A choice of satisfaction and solved is needed for the form to submit. */
  required = false;
  disabled = false;
  /** Tracking code of the suggestion to rate; with `access-key` the widget posts the rating itself. */
  suggestion = '';
  /** The submitter's access key for `suggestion`. */
  submitterKey = '';

  private sending = false;
  private stored = false;
  /** Messages by choice group (`value`, `solved`) and for the whole form. */
  private errors: { value?: string; solved?: string; form?: string } = {};

  // Getters rather than @query: the decorator is a chunk of its own in the widget scripts.
  private get firstOption() {
    return this.renderRoot.querySelector<HTMLButtonElement>('[role="radio"]');
  }

  readonly #internals: ElementInternals = this.attachInternals();
  /** The choices and comment as first connected, as JSON: what a form reset goes back to. */
  #initial = '';

  private get standalone() {
    return Boolean(this.suggestion && this.submitterKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initial ||= this.#state();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#syncForm();
  }

  /** Checks the choices like a native control; false and a message when one is missing. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    this.errors = this.#missing();
    return this.#internals.reportValidity();
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  formResetCallback() {
    this.formStateRestoreCallback(this.#initial);
    this.errors = {};
  }

  /** Takes back the state #syncForm gave the form (back navigation, autofill, reset). */
  formStateRestoreCallback(state: FormData | string | null) {
    const [value = '', solved = '', comment = ''] = JSON.parse((typeof state === 'string' && state) || '[]') as string[];
    this.value = (satisfactionLevels as readonly string[]).includes(value) ? (value as Satisfaction) : '';
    this.solved = solved === 'yes' || solved === 'no' ? solved : '';
    this.comment = comment;
  }

  formDisabledCallback(disabled: boolean) {
    this.disabled = disabled;
  }

  #state() {
    return JSON.stringify([this.value, this.solved, this.comment]);
  }

  #syncForm() {
    const data = new FormData();
    const entries = { '': this.value, '-solved': this.solved, '-comment': this.comment };
    if (this.name) for (const [suffix, value] of Object.entries(entries)) if (value) data.append(this.name + suffix, value);
    this.#internals.setFormValue(this.value ? data : null, this.#state());
    const { value, solved } = this.#missing();
    const missing = value ?? solved;
    if (this.required && missing) this.#internals.setValidity({ valueMissing: true }, missing, this.firstOption ?? undefined);
    else this.#internals.setValidity({});
  }

  /** The message for each group not chosen yet. */
  #missing(): { value?: string; solved?: string } {
    return {
      ...(!this.value && { value: t(this.locale, 'chooseSatisfaction') }),
      ...(!this.solved && { solved: t(this.locale, 'chooseSolved') }),
    };
  }

  #choose(kind: 'value' | 'solved', choice: string) {
    if (this.disabled || this.stored) return;
    if (kind === 'value') this.value = choice as Satisfaction;
    else this.solved = choice as 'yes' | 'no';
    this.errors = { ...this.errors, [kind]: undefined };
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    if (!this.standalone && this.value && this.solved) this.emit(new JyRatedEvent({ rating: this.#rating() }));
  }

  #rating(): RatingInput {
    return { satisfaction: this.value as Satisfaction, solved: this.solved === 'yes', ...(this.comment.trim() && { comment: this.comment.trim() }) };
  }

  /** Arrow keys move through a group and choose, as in any radio group; Space and Enter choose. */
  #onKey(event: KeyboardEvent, kind: 'value' | 'solved', choices: readonly string[], index: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, ' ': 0, Enter: 0 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = choices[(index + step + choices.length) % choices.length]!;
    this.#choose(kind, next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-kind="${kind}"][data-choice="${next}"]`)?.focus());
  }

  async #submit(event: Event) {
    event.preventDefault();
    if (!this.standalone) return;
    if (!this.value || !this.solved) {
      this.errors = this.#missing();
      void this.updateComplete.then(() => this.firstOption?.focus());
      return;
    }
    this.sending = true;
    this.errors = {};
    try {
      const rating = this.#rating();
      const suggestion = await this.client.suggestions.rate(this.suggestion, rating, { accessKey: this.submitterKey });
      this.stored = true;
      this.emit(new JyRatedEvent({ rating, suggestion }));
    } catch (error) {
      if (!isJianyiError(error)) throw error;
      this.errors = { form: error.message };
      this.emit(new JyErrorEvent(error));
    } finally {
      this.sending = false;
    }
  }

  #group(kind: 'value' | 'solved', part: string, legend: string, choices: readonly string[], label: (choice: string) => string) {
    const selected = this[kind];
    const focusable = selected || choices[0];
    const error = this.errors[kind];
    // A disabled fieldset disables its buttons too.
    return html`<fieldset part=${part} ?disabled=${this.disabled || this.stored}>
      <legend id="${part}-legend">${legend}</legend>
      <div
        role="radiogroup"
        aria-labelledby="${part}-legend"
        aria-required=${this.required || this.standalone ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${part}-error` : nothing}
      >
        ${choices.map(
          (choice, index) => html`<button
            type="button"
            role="radio"
            part="option"
            data-kind=${kind}
            data-choice=${choice}
            aria-checked=${selected === choice ? 'true' : 'false'}
            tabindex=${choice === focusable ? '0' : '-1'}
            @click=${() => this.#choose(kind, choice)}
            @keydown=${(event: KeyboardEvent) => this.#onKey(event, kind, choices, index)}
          >
            ${label(choice)}
          </button>`,
        )}
      </div>
      ${error ? html`<p class="error" id="${part}-error" role="alert">${error}</p>` : nothing}
    </fieldset>`;
  }

  protected override render() {
    const locale = this.locale;
    if (this.stored) return html`<p class="done" role="status">${t(locale, 'thanks')}</p>`;
    // The rating's schema is fetched once the citizen starts, so sending does not wait for it.
    return html`<form part="form" novalidate @submit=${this.#submit} @focusin=${preloadChecks} @pointerdown=${preloadChecks}>
      ${this.#group('value', 'satisfaction', t(locale, 'question'), satisfactionLevels, (choice) => capitalize(term('satisfaction', choice as Satisfaction, locale)))}
      ${this.#group('solved', 'solved', t(locale, 'solvedQuestion'), ['yes', 'no'], (choice) => t(locale, choice as 'yes' | 'no'))}
      <label>
        ${t(locale, 'comment')}
        <span class="hint">${t(locale, 'commentHint')}</span>
        <textarea
          part="comment"
          maxlength=${maxComment}
          .value=${this.comment}
          ?disabled=${this.disabled}
          @input=${(event: InputEvent) => {
            this.comment = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
      </label>
      <div class="count" aria-live="polite">${t(locale, 'count', { count: [...this.comment].length, max: maxComment })}</div>
      ${this.errors.form ? html`<p class="error" role="alert">${this.errors.form}</p>` : nothing}
      ${this.standalone
        ? html`<div class="actions">
            <button class="primary" part="submit" type="submit" ?disabled=${this.sending || this.disabled}>
              ${this.sending ? t(locale, 'sending') : t(locale, 'submit')}
            </button>
          </div>`
        : nothing}
    </form>`;
  }
}
