// Each point of the adversarial suite reports how many cases it tried, so that
// RELIABILITY.md shows figures actually seen rather than figures someone typed.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/** Adds `cases` tried for a point (e.g. "03 bad input"); a no-op outside the suite's runner. */
export function tally(point: string, cases: number): void {
  const dir = process.env.JIANYI_ADVERSARIAL_TALLY;
  if (!dir) return;
  appendFileSync(join(dir, 'tally.jsonl'), `${JSON.stringify({ point, cases })}\n`);
}
