import type { ServerMessageKey } from './messages.server.js';
import type { ValidationMessageKey } from './messages.validation.js';

/**
 * Every message the SDK itself can show a person: validation messages of the schemas and
 * the texts of errors. The widgets have their own UI terms; these are shared so that the
 * client, the server and the widgets say the same thing about the same mistake.
 *
 * zh-CN is the source; the other locales are typed against it, so a missing term fails to
 * compile.
 */
export const locales = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

const zhCN = {
  network: '网络连接失败，请检查网络后重试；您填写的内容已保留',
  timeout: '服务器响应超时，请稍后重试；您填写的内容已保留',
  aborted: '请求已取消',
  invalidResponse: '服务器返回的数据无法识别，请稍后重试或联系网站管理员',
  validationFailed: '提交的内容有误，请按提示修改',
  forbidden: '您没有权限执行此操作',
  notFound: '未找到该记录，请核对查询码',
  rateLimited: '操作过于频繁，请 {seconds} 秒后再试',
  serverError: '服务器暂时无法处理请求，请稍后重试',
} as const;

export type MessageKey = keyof typeof zhCN | ValidationMessageKey | ServerMessageKey;
export type Messages = Record<MessageKey, string>;


// zh-CN is always here; zh-TW and en are added by ./all-locales.js (Node) or fetched by
// ./load.js the first time a browser page asks for them (see loadMessages).
// The zh-CN errors only the server and the mocks give are added by ./messages.server.js,
// so the browser client does not carry them; the schemas' messages by
// ./messages.validation.js, when the schemas load.
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { 'zh-CN': zhCN };

export function addMessages(locale: Locale, messages: Partial<Messages>): void {
  catalogs[locale] = { ...catalogs[locale], ...messages };
}

export function hasMessages(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Picks the best supported locale for a BCP 47 tag (`zh-Hant-HK` → zh-TW, `en-GB` → en). */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return defaultLocale;
  const lower = tag.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`; in
 * zh-CN while a browser has not loaded `locale` yet (`loadMessages`).
 */
export function message(
  key: MessageKey,
  locale: string | undefined = defaultLocale,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[resolveLocale(locale)]?.[key] ?? catalogs['zh-CN']![key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
