import * as v from 'valibot';
import type { Page } from '../../model/page.js';
import { fieldProblem } from './problem.js';

/**
 * Cursors are opaque to clients: base64url of the last item's sort key, as the reference
 * server makes them. Encoded without Buffer, because the mocks also run in browsers.
 */
const CursorSchema = v.tuple([v.string(), v.string()]);

export function encodeCursor(at: string, id: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify([at, id]));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const parsed = v.safeParse(CursorSchema, JSON.parse(json));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

export const defaultPageSize = 20;

/**
 * One page of `items` newest first (by `at`, ties by id) after `cursor`. A cursor that is
 * not ours is refused as bad input rather than silently restarting at the first page.
 */
export function pageOf<T>(
  items: readonly T[],
  key: (item: T) => { at: string; id: string },
  query: { cursor?: string | undefined; limit?: number | undefined },
  locale: string,
): Page<T> {
  const limit = query.limit ?? defaultPageSize;
  const sorted = [...items].sort((a, b) => compareNewestFirst(key(a), key(b)));
  let start = 0;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor) throw fieldProblem('cursor', 'invalidType', locale);
    const [at, id] = cursor;
    start = sorted.findIndex((item) => compareNewestFirst(key(item), { at, id }) > 0);
    if (start === -1) start = sorted.length;
  }
  const page = sorted.slice(start, start + limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: last && start + limit < sorted.length ? encodeCursor(key(last).at, key(last).id) : null,
  };
}

function compareNewestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
