import type { Locale } from './messages.js';
import type { Terms } from './terms.js';

/** The zh-TW and en terms once loaded (./load.js in a browser, ./all-locales.js in Node); zh-CN is in ./terms.js. */
export const addedTerms: Partial<Record<Locale, Terms>> = {};

export function addTerms(locale: Locale, terms: Terms): void {
  addedTerms[locale] = terms;
}
