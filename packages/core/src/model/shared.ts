/**
 * Building blocks the resource schemas share: localized messages, text lengths counted
 * the way a citizen counts them, identifiers and timestamps.
 */
import * as v from 'valibot';
import { message, type MessageKey } from '../i18n/messages.js';
import { addValidationMessages } from '../i18n/messages.validation.js';
import { countChars } from './vocabulary.js';

// The texts of the messages below come with the schemas: a page that never checks input
// does not download them.
addValidationMessages();

/** A valibot message that is rendered in the locale passed as `lang` to `parse`/`safeParse`. */
export function msg(key: MessageKey, params?: Record<string, string | number>) {
  return (issue: v.BaseIssue<unknown>) => message(key, issue.lang, params);
}

/** "required" when the value is missing, "unknown field" for a key nobody asked for, "wrong format" otherwise. */
export const typeMessage = (issue: v.BaseIssue<unknown>) =>
  message(
    issue.type === 'strict_object' && issue.expected === 'never'
      ? 'unknownField'
      : issue.received === 'undefined' || issue.received === 'null'
        ? 'required'
        : 'invalidType',
    issue.lang,
  );

// Control characters other than tab and newlines: nothing a person types, and NUL is
// refused by PostgreSQL text columns.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const noControlCharacters = v.check((s: string) => !controlCharacters.test(s), msg('invalidType'));

/** A trimmed text of `min`–`max` characters; an empty text says "required". */
export function text(min: number, max: number) {
  return v.pipe(
    v.string(typeMessage),
    v.trim(),
    noControlCharacters,
    v.check((s) => min === 0 || s.length > 0, msg('required')),
    v.check((s) => s.length === 0 || countChars(s) >= min, msg('tooShort', { min })),
    v.check((s) => countChars(s) <= max, msg('tooLong', { max })),
  );
}

/** A stored text: the server has validated it once, the client only checks its type. */
export const storedText = v.string(typeMessage);

export const IdSchema = v.pipe(v.string(typeMessage), v.regex(/^[A-Za-z0-9_-]{1,64}$/, msg('invalidType')));
export const TimestampSchema = v.pipe(v.string(typeMessage), v.isoTimestamp(msg('dateTime')));

/** Mainland China mobile numbers; spaces and dashes a person types are dropped. */
export const PhoneSchema = v.pipe(
  v.string(typeMessage),
  v.transform((s) => s.replace(/[\s-]/g, '').replace(/^\+?86/, '')),
  v.regex(/^1[3-9]\d{9}$/, msg('phone')),
);

export function picklist<const T extends readonly string[]>(options: T) {
  return v.picklist(options, msg('choice'));
}

/**
 * An object of user input: a missing key says "required" in the caller's language, and
 * a key the schema does not know is refused rather than silently dropped, so a typo in
 * an integration shows up at once instead of losing what was meant.
 */
export function inputObject<const T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(entries, typeMessage);
}
