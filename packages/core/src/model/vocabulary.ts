/**
 * The words and numbers of the domain that need no schema: kinds, channels, statuses,
 * limits, and how a citizen's text is counted. Kept apart from the valibot schemas that
 * use them, so a widget that only shows a limit or a status does not load the schemas
 * (a bundle cannot leave out what a module it loads builds when it runs).
 */

export const suggestionKinds = ['suggestion', 'micro-suggestion', 'people-suggestion'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** Where a suggestion came in; the seeds count 80+ intake channels. */
export const channels = [
  'web',
  'mobile',
  'wechat-mini',
  'qr-code',
  'workstation',
  'hotline-12345',
  'leader-mailbox',
  'field-survey',
  'member',
] as const;
export type Channel = (typeof channels)[number];

export const statuses = [
  'submitted',
  'accepted',
  'assigned',
  'in_progress',
  'replied',
  'under_review',
  'closed',
  'rejected',
  'merged',
] as const;
export type Status = (typeof statuses)[number];
export const terminalStatuses: readonly Status[] = ['closed', 'rejected', 'merged'];

export const attachmentTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const maxAttachmentBytes = 5 * 1024 * 1024;
export const maxAttachments = 3;

export const limits = {
  title: { min: 5, max: 80 },
  body: { min: 10, max: 2000 },
  address: { min: 2, max: 200 },
  name: { min: 1, max: 20 },
  attachments: maxAttachments,
} as const;

export const satisfactionLevels = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof satisfactionLevels)[number];

/** Less than this from the form appearing to it being sent: no person fills title, body and category so fast. */
export const minHumanFillMs = 3000;

/**
 * Length in characters as a person counts them: a CJK character or an emoji is one,
 * whatever its UTF-16 length. Counted without allocating, since input may be megabytes.
 */
export function countChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
