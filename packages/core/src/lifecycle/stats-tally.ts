import type { StatsCounts } from '../model/stats.js';

/**
 * The raw sums behind one row of statistics. The server sums them in SQL, the mocks in
 * memory; turning them into rates happens here once, so both round the same way.
 */
export interface StatsTally {
  received: number;
  accepted: number;
  closed: number;
  /** Rated by the submitter. */
  rated: number;
  solved: number;
  /** Rated satisfied or basically satisfied. */
  content: number;
  /** With at least one reply. */
  replied: number;
  /** Days from submission to first reply, summed over `replied`. */
  replyDaysTotal: number;
  overdue: number;
}

export const emptyTally = (): StatsTally => ({ received: 0, accepted: 0, closed: 0, rated: 0, solved: 0, content: 0, replied: 0, replyDaysTotal: 0, overdue: 0 });

export function addTallies(a: StatsTally, b: StatsTally): StatsTally {
  const sum = emptyTally();
  for (const key of Object.keys(sum) as (keyof StatsTally)[]) sum[key] = a[key] + b[key];
  return sum;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function statsCounts(tally: StatsTally): StatsCounts {
  return {
    received: tally.received,
    accepted: tally.accepted,
    closed: tally.closed,
    solved: tally.solved,
    solveRate: tally.rated > 0 ? round(tally.solved / tally.rated, 4) : null,
    satisfactionRate: tally.rated > 0 ? round(tally.content / tally.rated, 4) : null,
    averageReplyDays: tally.replied > 0 ? round(tally.replyDaysTotal / tally.replied, 2) : null,
    overdue: tally.overdue,
  };
}
