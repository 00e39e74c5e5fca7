import { addMessages, hasMessages, resolveLocale, type Locale, type Messages } from './messages.js';
import type { Terms } from './terms.js';
import { addTerms } from './terms-added.js';

type OtherLocale = Exclude<Locale, 'zh-CN'>;

// Separate files, so a browser page in zh-CN downloads no other language. (Literal
// paths: bundlers make a file of each.)
const loaders: Record<OtherLocale, () => Promise<[{ default: Messages }, { default: Terms }]>> = {
  'zh-TW': () => Promise.all([import('./messages.zh-TW.js'), import('./terms.zh-TW.js')]),
  en: () => Promise.all([import('./messages.en.js'), import('./terms.en.js')]),
};

const pending: Partial<Record<OtherLocale, Promise<void>>> = {};

/**
 * Makes `message` and `term` speak `locale`: resolves once its texts are here, or
 * returns undefined when they already are (always in Node, where all are loaded). The
 * client awaits it before any call; a widget before it renders in a new language.
 */
export function loadMessages(tag: string | undefined): Promise<void> | undefined {
  const locale = resolveLocale(tag);
  if (locale === 'zh-CN' || hasMessages(locale)) return undefined;
  return (pending[locale] ??= loaders[locale]().then(
    ([messages, terms]) => {
      addMessages(locale, messages.default);
      addTerms(locale, terms.default);
    },
    (error: unknown) => {
      delete pending[locale]; // a later call tries again
      throw error;
    },
  ));
}
