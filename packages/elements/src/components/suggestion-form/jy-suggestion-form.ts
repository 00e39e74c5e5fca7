import { JySuggestionForm } from './suggestion-form.js';

JySuggestionForm.define('jy-suggestion-form');

declare global {
  interface HTMLElementTagNameMap {
    'jy-suggestion-form': JySuggestionForm;
  }
}
