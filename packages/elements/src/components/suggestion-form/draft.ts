import { generateIdempotencyKey } from '@jianyi/core';

/** A photo that reached the server: its id is what `create` needs, the rest is for showing it again. */
export interface DraftPhoto {
  id: string;
  name: string;
  /** A small JPEG data URL to show it again (a few KB; the photo itself stays on the server). */
  thumb?: string;
}

/**
 * What the citizen typed and chose, kept in `localStorage` while they type so a reload,
 * a crashed tab or a lost connection does not lose it. The idempotency key belongs to
 * the draft: every attempt to send this draft carries the same key, so a retry after a
 * network failure that in fact reached the server cannot create a second suggestion.
 */
export interface Draft {
  categoryId: string;
  title: string;
  body: string;
  address: string;
  lat?: number;
  lng?: number;
  name: string;
  phone: string;
  anonymous: boolean;
  consent: boolean;
  photos: DraftPhoto[];
  idempotencyKey: string;
  /** When this draft was first shown (epoch ms); sent as `fillMs` so the server can tell people from scripts. */
  startedAt: number;
  /**
   * Exactly what the last attempt sent, while its outcome is unknown. If the citizen
   * edits and sends again, the server refuses the changed body under the same key when
   * the first attempt had in fact been stored; sending this again then returns that
   * stored suggestion, with its tracking code, instead of losing it.
   */
  sent?: Record<string, unknown>;
}

export function emptyDraft(): Draft {
  return {
    categoryId: '',
    title: '',
    body: '',
    address: '',
    name: '',
    phone: '',
    anonymous: false,
    consent: false,
    photos: [],
    idempotencyKey: generateIdempotencyKey(),
    startedAt: Date.now(),
  };
}

/** Whether the citizen has put anything into it (a preset category alone is not theirs). */
export function hasContent(draft: Draft): boolean {
  return Boolean(
    draft.title.trim() ||
      draft.body.trim() ||
      draft.address.trim() ||
      draft.lat !== undefined ||
      draft.name.trim() ||
      draft.phone.trim() ||
      draft.photos.length > 0,
  );
}

/** One draft per API and per workstation or topic, so two QR codes do not mix their drafts. */
export function draftKey(apiBase: string, workstation: string, topic: string): string {
  return `jianyi:suggestion-draft:${apiBase}|${workstation}|${topic}`;
}

// Storage may be missing or refused (private mode, a sandboxed iframe, a full quota);
// the form then keeps the draft for the life of the page.
const memory = new Map<string, string>();

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? memory.get(key);
  } catch {
    return memory.get(key);
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The saved draft, or undefined; a part of the wrong shape (an older version, edited by hand) is left empty. */
export function loadDraft(key: string): Draft | undefined {
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(read(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (!saved || typeof saved !== 'object') return undefined;
  const draft = emptyDraft();
  // A saved key that is missing gets a new one, as above.
  for (const part of ['categoryId', 'title', 'body', 'address', 'name', 'phone', 'idempotencyKey'] as const) {
    const value = saved[part];
    if (typeof value === 'string' && value) draft[part] = value;
  }
  draft.anonymous = saved.anonymous === true;
  draft.consent = saved.consent === true;
  if (isNumber(saved.lat) && isNumber(saved.lng)) {
    draft.lat = saved.lat;
    draft.lng = saved.lng;
  }
  // A saved draft without a start (an older version) was typed by a person, long enough ago.
  draft.startedAt = isNumber(saved.startedAt) ? saved.startedAt : 0;
  if (Array.isArray(saved.photos)) {
    draft.photos = saved.photos.flatMap((photo: Record<string, unknown> | null) =>
      typeof photo?.id === 'string' && photo.id
        ? [{ id: photo.id, name: typeof photo.name === 'string' ? photo.name : '', ...(typeof photo.thumb === 'string' && photo.thumb.startsWith('data:image/') && { thumb: photo.thumb }) }]
        : [],
    );
  }
  if (saved.sent && typeof saved.sent === 'object' && !Array.isArray(saved.sent)) draft.sent = saved.sent as Record<string, unknown>;
  return draft;
}

export function saveDraft(key: string, draft: Draft): void {
  const value = JSON.stringify(draft);
  try {
    localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored there.
  }
}
