import { MockProblem } from './problem.js';

interface Recorded {
  fingerprint: string;
  result: unknown;
}

/** A body as text that does not depend on key order, so a retry with the same content matches. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Idempotency-Key handling as the reference server does it: the first successful answer
 * to a key is kept; the same key with the same body gets that answer again, with another
 * body a 422. Failures are not kept, so a corrected retry runs again.
 */
export function createIdempotency() {
  const records = new Map<string, Recorded>();
  return {
    run<T>(scope: string, key: string | undefined, body: unknown, work: () => T): T {
      if (!key) return work();
      const id = `${scope}\n${key}`;
      const print = fingerprint(body ?? null);
      const earlier = records.get(id);
      if (earlier) {
        if (earlier.fingerprint !== print) throw new MockProblem(422, 'idempotency_mismatch', 'idempotencyMismatch');
        return structuredClone(earlier.result) as T;
      }
      const result = work();
      records.set(id, { fingerprint: print, result: structuredClone(result) });
      return result;
    },
  };
}
export type Idempotency = ReturnType<typeof createIdempotency>;
