import { addMessages, hasMessages, resolveLocale, type Locale } from './messages.js';
import { addTerms } from './terms.js';

type OtherLocale = Exclude<Locale, 'zh-CN'>;

// Separate files, so a browser page in zh-CN downloads no other language.
const loaders: Record<OtherLocale, () => Promise<void>> = {
  'zh-TW': async () => {
    const [messages, terms] = await Promise.all([import('./messages.zh-TW.js'), import('./terms.zh-TW.js')]);
    addMessages('zh-TW', messages.default);
    addTerms('zh-TW', terms.default);
  },
  en: async () => {
    const [messages, terms] = await Promise.all([import('./messages.en.js'), import('./terms.en.js')]);
    addMessages('en', messages.default);
    addTerms('en', terms.default);
  },
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
  return (pending[locale] ??= loaders[locale]().catch((error: unknown) => {
    delete pending[locale]; // a later call tries again
    throw error;
  }));
}
