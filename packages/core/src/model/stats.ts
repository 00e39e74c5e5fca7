import * as v from 'valibot';
import { picklist, storedText, TimestampSchema } from './shared.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const rate = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

// Plain entries, so the browser bundle, which needs no response schema, can drop them.
const countsEntries = {
  received: count,
  accepted: count,
  closed: count,
  /** Rated as solved by the submitter. */
  solved: count,
  /** solved / rated; null when nothing was rated yet. */
  solveRate: rate,
  /** (satisfied + basically satisfied) / rated. */
  satisfactionRate: rate,
  /** Mean calendar days from submission to first reply; null without replies. */
  averageReplyDays: v.nullable(v.pipe(v.number(), v.minValue(0))),
  overdue: count,
};
export const StatsCountsSchema = v.object(countsEntries);
export type StatsCounts = v.InferOutput<typeof StatsCountsSchema>;

export const statsGroupings = ['category', 'department', 'channel', 'month'] as const;
export type StatsGrouping = (typeof statsGroupings)[number];

export const StatsQuerySchema = v.object({
  groupBy: v.optional(picklist(statsGroupings)),
  from: v.optional(TimestampSchema),
  to: v.optional(TimestampSchema),
});
export type StatsQuery = v.InferInput<typeof StatsQuerySchema>;

export const StatsSchema = v.object({
  ...countsEntries,
  from: v.optional(TimestampSchema),
  to: v.optional(TimestampSchema),
  groupBy: v.optional(picklist(statsGroupings)),
  groups: v.array(v.object({ key: storedText, label: storedText, ...countsEntries })),
});
export type Stats = v.InferOutput<typeof StatsSchema>;
