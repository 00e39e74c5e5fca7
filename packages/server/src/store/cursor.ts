import type { Page } from '@jianyi/core';
import { sql } from 'kysely';

/**
 * Cursors are opaque to clients: base64url JSON of the last row's sort key. A tampered
 * cursor decodes to nothing and is refused as bad input, not a server error.
 */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return undefined;
}

/** Rows after the cursor in newest-first order (ties on time broken by id). */
export function beforeCursor(cursor: Cursor) {
  return sql<boolean>`(created_at < ${cursor.at} or (created_at = ${cursor.at} and id < ${cursor.id}))`;
}

/** One page from `limit + 1` rows: the extra row only tells that another page exists. */
export function pageOf<R extends { created_at: string; id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
  };
}
