import { hash, timingSafeEqual } from 'node:crypto';

/**
 * Tokens, access keys and voter tokens are stored only as SHA-256 hashes. A fast hash is
 * enough because each secret carries ≥ 128 random bits: there is nothing to brute-force,
 * only a database dump that must not hand out working keys. (`hash` is the one-shot form:
 * a third of the cost of a Hash object, and an access key is hashed on every tracker read.)
 */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}

export function secretMatches(secret: string, hashed: string): boolean {
  // Hex and back costs less than asking `hash` for a Buffer (made in C++, twice the time).
  const candidate = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(hashed, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export function hashBody(body: string): string {
  return hash('sha256', body, 'hex');
}
