import { loadMessages, resolveLocale, type Locale } from '@jianyi/core';

export type Terms<K extends string> = Record<K, string>;

type Loaders<K extends string> = Record<Exclude<Locale, 'zh-CN'>, () => Promise<{ default: Terms<K> }>>;

/**
 * A widget's own UI terms. Each widget keeps its terms next to it, so a page that loads
 * one widget does not download the others' words; zh-CN (the default and the source the
 * others are typed against) is inline, and another locale's table is a separate file
 * fetched the first time a `lang` asks for it, so a zh-CN page downloads no other words.
 */
export interface LazyCatalog<K extends string> {
  /** The term in `locale`, with `{name}` placeholders filled; zh-CN while that locale is not loaded yet. */
  t(locale: Locale, key: K, params?: Record<string, string | number>): string;
  /** Resolves once `locale` can be shown; undefined when it already can. */
  load(locale: Locale): Promise<unknown> | undefined;
  /** Whether `key` is one of this catalog's terms. */
  has(key: string): key is K;
}

// Every catalog of the widgets defined on this page: a language switch loads them all.
const catalogs = new Set<LazyCatalog<string>>();

export function lazyCatalog<K extends string>(zhCN: Terms<K>, loaders: Loaders<K>): LazyCatalog<K> {
  const tables: Partial<Record<Locale, Terms<K>>> = { 'zh-CN': zhCN };
  const pending: Partial<Record<Locale, Promise<unknown>>> = {};
  const catalog: LazyCatalog<K> = {
    has: (key): key is K => key in zhCN,
    t: (locale, key, params = {}) =>
      (tables[locale] ?? zhCN)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)),
    load(locale) {
      if (tables[locale] || locale === 'zh-CN') return undefined;
      return (pending[locale] ??= loaders[locale]().then(
        (module) => {
          tables[locale] = module.default;
        },
        (error: unknown) => {
          delete pending[locale]; // the next language switch tries again
          throw error;
        },
      ));
    },
  };
  catalogs.add(catalog as LazyCatalog<string>);
  return catalog;
}

/**
 * The `t` of a part fetched later (the form's success view, its photo code) that has terms
 * of its own and also shows some of its widget's: its own table for its keys, the
 * widget's for the rest.
 */
export function partTerms<A extends string, B extends string>(own: LazyCatalog<A>, widget: LazyCatalog<B>) {
  return (locale: Locale, key: A | B, params?: Record<string, string | number>): string =>
    own.has(key) ? own.t(locale, key, params) : widget.t(locale, key as B, params);
}

/**
 * Resolves once every catalog on the page, and core's messages (validation, errors,
 * status names), can show `locale`; undefined when all already can.
 */
export function loadLocale(locale: Locale): Promise<unknown> | undefined {
  const loading = [loadMessages(locale), ...[...catalogs].map((catalog) => catalog.load(locale))].filter((promise) => promise !== undefined);
  return loading.length > 0 ? Promise.all(loading) : undefined;
}

/**
 * The locale that applies to `element`: the nearest `lang` attribute, looking through
 * shadow roots to their hosts, then the document's; zh-CN when none is set.
 */
export function localeOf(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return resolveLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return resolveLocale(document.documentElement.lang);
}

// Dates and numbers are written out by hand for the three locales, not with Intl: the first
// Intl formatter a page makes loads the locale's data (17-50 ms on this machine, tens of
// milliseconds more on a phone), and it fell in the task that shows a poll's data. The
// results are Intl's own (localize.test.ts compares them).
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Dates as people read them in each locale: 2026年3月2日 09:00, March 2, 2026 at 09:00. */
export function formatDateTime(iso: string, locale: Locale, withTime = true): string {
  const date = new Date(iso);
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  if (locale === 'en') return `${months[month]} ${day}, ${year}${withTime ? ` at ${time}` : ''}`;
  return `${year}年${month + 1}月${day}日${withTime ? ` ${time}` : ''}`;
}

/** Words from core's tables that start a line, a badge or a button; in English they need a capital there. */
export function capitalize(words: string): string {
  // Not toLocaleUpperCase: no locale here cases letters its own way, and it would load ICU data.
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 1,234,567: all three locales group thousands with a comma. */
export function formatNumber(value: number, _locale: Locale): string {
  const [whole, fraction] = String(value).split('.');
  return whole!.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction ? `.${fraction}` : '');
}

/** A share as a percentage with at most one decimal, rounded half up as Intl does: 12.3%. */
export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(Math.round(share * 1000) / 10, locale)}%`;
}
