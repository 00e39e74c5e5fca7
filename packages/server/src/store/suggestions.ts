import type { Suggestion, SuggestionEvent, SuggestionQuery } from '@jianyi/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, SuggestionsTable } from './schema.js';
import { beforeCursor, decodeCursor, pageOf } from './cursor.js';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The columns lists, filters and statistics read, derived from the suggestion itself.
 * Exported for bulk loaders (the 1,000,000-suggestion benchmark) that bypass the API.
 */
export function suggestionColumns(suggestion: Suggestion): Omit<SuggestionsTable, 'access_key_hash'> {
  const firstReply = suggestion.replies[0];
  return {
    id: suggestion.id,
    status: suggestion.status,
    category_id: suggestion.categoryId,
    department_id: suggestion.departmentId ?? null,
    co_department_ids: `,${suggestion.coDepartmentIds.join(',')}${suggestion.coDepartmentIds.length ? ',' : ''}`,
    channel: suggestion.channel,
    workstation_id: suggestion.workstationId ?? null,
    topic_id: suggestion.topicId ?? null,
    external_ref: suggestion.externalRef ?? null,
    title: suggestion.title,
    body: suggestion.body,
    created_at: suggestion.createdAt,
    updated_at: suggestion.updatedAt,
    accept_due_at: suggestion.acceptDueAt,
    due_at: suggestion.dueAt ?? null,
    accepted_at: null,
    first_replied_at: firstReply?.at ?? null,
    closed_at: suggestion.closedAt ?? null,
    rating_satisfaction: suggestion.rating?.satisfaction ?? null,
    rating_solved: suggestion.rating === undefined ? null : suggestion.rating.solved ? 1 : 0,
    submitter_member_id: suggestion.submittedBy.memberId ?? null,
    version: suggestion.version,
    data: JSON.stringify(suggestion),
  };
}

/** The tracking code of the suggestion imported from `channel` under case number `externalRef`, if any. */
export async function findByExternalRef(db: Executor, channel: string, externalRef: string): Promise<string | undefined> {
  const row = await db.selectFrom('suggestions').select('id').where('channel', '=', channel).where('external_ref', '=', externalRef).executeTakeFirst();
  return row?.id;
}

export interface StoredSuggestion {
  suggestion: Suggestion;
  accessKeyHash: string;
}

export async function insertSuggestion(db: Executor, suggestion: Suggestion, accessKeyHash: string, events: SuggestionEvent[]) {
  await db
    .insertInto('suggestions')
    .values({ ...suggestionColumns(suggestion), accepted_at: acceptedAt(events), access_key_hash: accessKeyHash })
    .execute();
  await insertEvents(db, suggestion.id, events);
}

function acceptedAt(events: SuggestionEvent[]): string | null {
  return events.find((event) => event.type === 'accept')?.at ?? null;
}

async function insertEvents(db: Executor, id: string, events: SuggestionEvent[]) {
  if (events.length === 0) return;
  await db
    .insertInto('suggestion_events')
    .values(events.map((event) => ({ suggestion_id: id, seq: event.seq, type: event.type, at: event.at, data: JSON.stringify(event) })))
    .execute();
}

export async function findSuggestion(db: Executor, id: string): Promise<StoredSuggestion | undefined> {
  const row = await db.selectFrom('suggestions').select(['data', 'access_key_hash']).where('id', '=', id).executeTakeFirst();
  return row && { suggestion: JSON.parse(row.data) as Suggestion, accessKeyHash: row.access_key_hash };
}

export async function eventsOf(db: Executor, id: string, afterSeq = 0): Promise<SuggestionEvent[]> {
  const rows = await db
    .selectFrom('suggestion_events')
    .select('data')
    .where('suggestion_id', '=', id)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .execute();
  return rows.map((row) => JSON.parse(row.data) as SuggestionEvent);
}

/**
 * Stores the result of one transition if nobody changed the suggestion meanwhile.
 * False when another request won the race; the caller reloads and decides again.
 */
export async function saveTransition(db: Executor, before: Suggestion, after: Suggestion, event: SuggestionEvent): Promise<boolean> {
  // accepted_at comes from the accept event, not from the suggestion: keep it on later steps.
  const { accepted_at: _unknownHere, ...values } = suggestionColumns(after);
  const result = await db
    .updateTable('suggestions')
    .set({
      ...values,
      ...(event.type === 'accept' && { accepted_at: event.at }),
    })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await insertEvents(db, after.id, [event]);
  return true;
}

export interface ListScope {
  /** Only these statuses (the public sees published ones only). */
  statuses?: readonly string[];
  /** Only what this department leads or co-handles. */
  departmentId?: string;
  now: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export async function listSuggestions(db: Executor, query: SuggestionQuery & { limit: number }, scope: ListScope) {
  let select = db.selectFrom('suggestions').select(['data', 'created_at', 'id']);
  if (query.status) select = select.where('status', '=', query.status);
  if (scope.statuses) select = select.where('status', 'in', [...scope.statuses]);
  if (query.categoryId) select = select.where('category_id', '=', query.categoryId);
  if (query.departmentId) select = select.where('department_id', '=', query.departmentId);
  if (scope.departmentId) {
    const id = scope.departmentId;
    select = select.where((eb) => eb.or([eb('department_id', '=', id), eb('co_department_ids', 'like', `%,${escapeLike(id)},%`)]));
  }
  if (query.channel) select = select.where('channel', '=', query.channel);
  if (query.workstationId) select = select.where('workstation_id', '=', query.workstationId);
  if (query.topicId) select = select.where('topic_id', '=', query.topicId);
  if (query.from) select = select.where('created_at', '>=', query.from);
  if (query.to) select = select.where('created_at', '<', query.to);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    select = select.where((eb) =>
      eb.or([
        eb('title', 'like', sql<string>`${pattern} escape '\\'`),
        eb('body', 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  if (query.overdue !== undefined) select = select.where(overdueCondition(scope.now, query.overdue === true || query.overdue === 'true'));
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (cursor) select = select.where(beforeCursor(cursor));
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  return pageOf(rows, query.limit, (row) => JSON.parse(row.data) as Suggestion);
}

/**
 * Which suggestions have a deadline that can pass, as literal SQL: the partial indexes of
 * migration 0005 are declared with these very predicates, and a query can use a partial
 * index only when its WHERE clause names the index's predicate (SQLite compares the text;
 * a bound parameter would not match).
 */
export const deadlineSql = {
  /** Every status with a running deadline. */
  open: `status in ('submitted', 'accepted', 'assigned', 'in_progress')`,
  /** Waiting to be accepted, by `accept_due_at`. */
  accepting: `status = 'submitted'`,
  /** Being handled, by `due_at`. */
  handling: `status in ('accepted', 'assigned', 'in_progress') and due_at is not null`,
} as const;

/** Waiting for acceptance past `accept_due_at`, and in hand past `due_at`: the two kinds of overdue. */
export const overdueParts = (now: string) => [
  sql<boolean>`${sql.raw(deadlineSql.accepting)} and accept_due_at < ${now}`,
  sql<boolean>`${sql.raw(deadlineSql.handling)} and due_at < ${now}`,
];

/**
 * The SQL twin of core's `isOverdue`: past the deadline that applies to the current status.
 * The leading `open` term lets a newest-first list walk the open suggestions alone
 * (`suggestions_open`) instead of sorting every overdue one.
 */
export function overdueCondition(now: string, overdue = true) {
  const [accepting, handling] = overdueParts(now);
  return sql<boolean>`${sql.raw(overdue ? '' : 'not ')}(${sql.raw(deadlineSql.open)} and ((${accepting}) or (${handling})))`;
}
