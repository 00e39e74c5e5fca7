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

export function emptyDraft(categoryId = ''): Draft {
  return {
    categoryId,
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

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The saved draft, or undefined; anything of the wrong shape (older version, edited by hand) is dropped field by field. */
export function loadDraft(key: string): Draft | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(read(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (!stored || typeof stored !== 'object') return undefined;
  const s = stored as Record<string, unknown>;
  const photos = Array.isArray(s.photos)
    ? s.photos.flatMap((photo: unknown) => {
        if (!photo || typeof photo !== 'object') return [];
        const p = photo as Record<string, unknown>;
        if (typeof p.id !== 'string' || !p.id) return [];
        return [{ id: p.id, name: str(p.name), ...(typeof p.thumb === 'string' && p.thumb.startsWith('data:image/') && { thumb: p.thumb }) }];
      })
    : [];
  const lat = num(s.lat);
  const lng = num(s.lng);
  return {
    categoryId: str(s.categoryId),
    title: str(s.title),
    body: str(s.body),
    address: str(s.address),
    ...(lat !== undefined && lng !== undefined && { lat, lng }),
    name: str(s.name),
    phone: str(s.phone),
    anonymous: s.anonymous === true,
    consent: s.consent === true,
    photos,
    idempotencyKey: str(s.idempotencyKey) || generateIdempotencyKey(),
    // A saved draft without a start (an older version) was typed by a person, long enough ago.
    startedAt: num(s.startedAt) ?? 0,
    ...(typeof s.sent === 'object' && s.sent !== null && !Array.isArray(s.sent) ? { sent: s.sent as Record<string, unknown> } : {}),
  };
}

export function saveDraft(key: string, draft: Draft): void {
  const value = JSON.stringify(draft);
  try {
    window.localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored there.
  }
}
