import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Tokens, access keys and voter tokens are stored only as SHA-256 hashes. A fast hash is
 * enough because each secret carries ≥ 128 random bits: there is nothing to brute-force,
 * only a database dump that must not hand out working keys.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const candidate = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export function hashBody(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
