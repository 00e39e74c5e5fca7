/**
 * Tables as Kysely sees them. Timestamps are ISO-8601 UTC text in both databases, so
 * they sort as text and read the same everywhere; whole records are kept as JSON in
 * `data` next to the columns that lists, filters and statistics need.
 */

export interface SuggestionsTable {
  id: string;
  status: string;
  category_id: string;
  department_id: string | null;
  /** `,a,b,` so that `LIKE '%,a,%'` finds co-handled items. */
  co_department_ids: string;
  channel: string;
  workstation_id: string | null;
  topic_id: string | null;
  /** The case number in the system it was imported from; unique per channel. */
  external_ref: string | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  accept_due_at: string;
  due_at: string | null;
  accepted_at: string | null;
  first_replied_at: string | null;
  closed_at: string | null;
  rating_satisfaction: string | null;
  rating_solved: number | null;
  submitter_member_id: string | null;
  version: number;
  access_key_hash: string;
  data: string;
}

export interface SuggestionEventsTable {
  suggestion_id: string;
  seq: number;
  type: string;
  at: string;
  data: string;
}

export interface NamedRecordTable {
  id: string;
  position: number;
  data: string;
}

export interface TokensTable {
  token_hash: string;
  role: string;
  display_name: string;
  department_id: string | null;
  member_id: string | null;
  disabled: number;
  created_at: string;
}

export interface TopicsTable {
  id: string;
  opens_at: string;
  closes_at: string;
  created_at: string;
  data: string;
}

export interface VotesTable {
  topic_id: string;
  voter_hash: string;
  option_ids: string;
  at: string;
}

export interface VoteOptionsTable {
  topic_id: string;
  option_id: string;
  voter_hash: string;
}

export interface CommentsTable {
  id: string;
  topic_id: string;
  aspect_id: string | null;
  body: string;
  author_name: string;
  voter_hash: string;
  created_at: string;
}

/** Counts per topic, kept by triggers (topic-counters.ts); a counter is the sum of its shards. */
export interface TopicCountersTable {
  topic_id: string;
  /** `votes`, `comments`, `participants` or `option:<id>`. */
  name: string;
  shard: number;
  n: number;
}

/** Each person who voted or commented on a topic, once. */
export interface TopicParticipantsTable {
  topic_id: string;
  voter_hash: string;
}

export interface AttachmentsTable {
  id: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  bytes: Uint8Array;
  created_at: string;
}

export interface IdempotencyTable {
  scope: string;
  key: string;
  request_hash: string;
  /** 0 while the first request is still being handled. */
  status: number;
  response: string | null;
  created_at: string;
}

export interface RateLimitsTable {
  bucket: string;
  window_start: number;
  count: number;
}

/** The counts of one rollup row (stats-rollup.ts). */
export interface RollupCounts {
  received: number;
  accepted: number;
  closed: number;
  rated: number;
  solved: number;
  content: number;
  replied: number;
  reply_days: number;
}

interface RollupGroup {
  category_id: string;
  department_id: string;
  channel: string;
}

/** Counts per creation day ('YYYY-MM-DD') and group, kept by triggers (stats-rollup.ts). */
export interface StatsDailyTable extends RollupGroup, RollupCounts {
  day: string;
}

/** The same per month ('YYYY-MM'). */
export interface StatsMonthlyTable extends RollupGroup, RollupCounts {
  month: string;
}

/** The same per year ('YYYY'). */
export interface StatsYearlyTable extends RollupGroup, RollupCounts {
  year: string;
}

export interface Database {
  suggestions: SuggestionsTable;
  suggestion_events: SuggestionEventsTable;
  categories: NamedRecordTable;
  departments: NamedRecordTable;
  workstations: NamedRecordTable;
  members: NamedRecordTable;
  tokens: TokensTable;
  topics: TopicsTable;
  votes: VotesTable;
  vote_options: VoteOptionsTable;
  comments: CommentsTable;
  topic_counters: TopicCountersTable;
  topic_participants: TopicParticipantsTable;
  attachments: AttachmentsTable;
  idempotency: IdempotencyTable;
  rate_limits: RateLimitsTable;
  stats_daily: StatsDailyTable;
  stats_monthly: StatsMonthlyTable;
  stats_yearly: StatsYearlyTable;
}
