import { resolveLocale, type Locale } from '@jianyi/core';

/**
 * A widget's own UI terms in every locale. Each widget keeps its terms next to it, so a
 * page that loads one widget does not download the others' words; the zh-CN table is
 * the source and the others are typed against it, so a missing term fails to compile.
 */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

export function translator<K extends string>(catalog: Catalog<K>) {
  return (locale: Locale, key: K, params: Record<string, string | number> = {}) =>
    catalog[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
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

/** Dates as people read them in each locale (2026年3月2日 09:00). */
export function formatDateTime(iso: string, locale: Locale, withTime = true): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(withTime && { hour: '2-digit', minute: '2-digit', hour12: false }),
  }).format(new Date(iso));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}
