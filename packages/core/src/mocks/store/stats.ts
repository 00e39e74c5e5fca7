import { isOverdue } from '../../lifecycle/deadlines.js';
import { dayMs } from '../../lifecycle/policy.js';
import type { SuggestionEvent } from '../../model/event.js';
import type { Stats, StatsGrouping } from '../../model/stats.js';
import { emptyTally, statsCounts, type StatsTally } from '../../lifecycle/stats-tally.js';
import type { Suggestion } from '../../model/suggestion.js';

export interface StatsInput {
  records: Iterable<{ suggestion: Suggestion; events: readonly SuggestionEvent[] }>;
  groupBy?: StatsGrouping | undefined;
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  label: (grouping: StatsGrouping, key: string) => string;
}


function keyOf(suggestion: Suggestion, groupBy: StatsGrouping): string {
  switch (groupBy) {
    case 'category':
      return suggestion.categoryId;
    case 'department':
      return suggestion.departmentId ?? '';
    case 'channel':
      return suggestion.channel;
    case 'month':
      return suggestion.createdAt.slice(0, 7);
  }
}

function add(tally: StatsTally, suggestion: Suggestion, events: readonly SuggestionEvent[], now: string): void {
  tally.received++;
  if (events.some((event) => event.type === 'accept')) tally.accepted++;
  if (suggestion.status === 'closed') tally.closed++;
  if (suggestion.rating) {
    tally.rated++;
    if (suggestion.rating.solved) tally.solved++;
    if (suggestion.rating.satisfaction !== 'unsatisfied') tally.content++;
  }
  const firstReply = suggestion.replies[0];
  if (firstReply) {
    tally.replied++;
    tally.replyDaysTotal += (Date.parse(firstReply.at) - Date.parse(suggestion.createdAt)) / dayMs;
  }
  if (isOverdue(suggestion, now)) tally.overdue++;
}


/**
 * The figures a portal shows (received, solve and satisfaction rate, overdue …), over
 * suggestions received in [from, to), the same way the reference server computes them.
 */
export function computeStats(input: StatsInput): Stats {
  const { groupBy, from, to, now } = input;
  const total = emptyTally();
  const groups = new Map<string, StatsTally>();
  const fromMs = from ? Date.parse(from) : -Infinity;
  const toMs = to ? Date.parse(to) : Infinity;
  for (const { suggestion, events } of input.records) {
    const created = Date.parse(suggestion.createdAt);
    if (created < fromMs || created >= toMs) continue;
    add(total, suggestion, events, now);
    if (groupBy) {
      const key = keyOf(suggestion, groupBy);
      const tally = groups.get(key) ?? emptyTally();
      add(tally, suggestion, events, now);
      groups.set(key, tally);
    }
  }
  return {
    ...statsCounts(total),
    ...(from && { from }),
    ...(to && { to }),
    ...(groupBy && { groupBy }),
    groups: groupBy
      ? [...groups.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, tally]) => ({ key, label: input.label(groupBy, key), ...statsCounts(tally) }))
      : [],
  };
}
