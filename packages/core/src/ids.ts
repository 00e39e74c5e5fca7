/**
 * Identifiers that must not be guessable. `crypto.getRandomValues` rather than
 * `randomUUID`, because the latter is missing on pages served over plain http, and some
 * portals still are.
 */

// Crockford base32: no I, L, O, U, so a code read out over the phone is not misheard.
const base32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// Random bytes are drawn 4 KB at a time and handed out from there: in Node each call to
// the system's source costs far more than the bytes it returns (creating a suggestion
// spent 4 % of its JavaScript time in it, for two identifiers).
let pool = new Uint8Array(0);
let taken = 0;

function randomBytes(length: number): Uint8Array {
  if (taken + length > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(Math.max(4096, length)));
    taken = 0;
  }
  taken += length;
  return pool.subarray(taken - length, taken);
}

function randomString(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  let out = '';
  // 256 is a multiple of 32 and of 64, so `% alphabet.length` has no bias for these alphabets.
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** A tracking code (查询码) such as `JY7K3M9Q2XRT`: 50 random bits, easy to read aloud. */
export function generateTrackingCode(): string {
  return `JY${randomString(10, base32)}`;
}

/** The access key that, with the tracking code, opens a suggestion's full view: 192 random bits. */
export function generateAccessKey(): string {
  return randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
}

/** An Idempotency-Key for one logical create, reused across its retries. */
export function generateIdempotencyKey(): string {
  return randomString(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
}

/** A random id for comments, attachments and other records. */
export function generateId(prefix: string): string {
  return `${prefix}_${randomString(16, base32).toLowerCase()}`;
}
