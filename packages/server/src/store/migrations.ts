import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './database.js';
import { addCoarseRollups, createStatsRollup } from './stats-rollup.js';
import { deadlineSql } from './suggestions.js';
import { createTopicCounters } from './topic-counters.js';

/**
 * The schema, one migration per change, the same for SQLite and PostgreSQL. Kept in
 * code rather than files so the bundled server needs nothing beside itself.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('suggestions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('category_id', 'text', (c) => c.notNull())
          .addColumn('department_id', 'text')
          .addColumn('co_department_ids', 'text', (c) => c.notNull().defaultTo(','))
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('workstation_id', 'text')
          .addColumn('topic_id', 'text')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('accept_due_at', 'text', (c) => c.notNull())
          .addColumn('due_at', 'text')
          .addColumn('accepted_at', 'text')
          .addColumn('first_replied_at', 'text')
          .addColumn('closed_at', 'text')
          .addColumn('rating_satisfaction', 'text')
          .addColumn('rating_solved', 'integer')
          .addColumn('submitter_member_id', 'text')
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('access_key_hash', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        // Lists are newest first, filtered by one of these; stats group by them.
        await db.schema.createIndex('suggestions_created').on('suggestions').columns(['created_at', 'id']).execute();
        await db.schema.createIndex('suggestions_status').on('suggestions').columns(['status', 'created_at']).execute();
        await db.schema.createIndex('suggestions_category').on('suggestions').columns(['category_id', 'created_at']).execute();
        await db.schema.createIndex('suggestions_department').on('suggestions').columns(['department_id', 'created_at']).execute();
        await db.schema.createIndex('suggestions_channel').on('suggestions').columns(['channel', 'created_at']).execute();
        await db.schema.createIndex('suggestions_workstation').on('suggestions').columns(['workstation_id', 'created_at']).execute();
        await db.schema.createIndex('suggestions_topic').on('suggestions').columns(['topic_id', 'created_at']).execute();
        await db.schema.createIndex('suggestions_due').on('suggestions').columns(['status', 'due_at']).execute();

        await db.schema
          .createTable('suggestion_events')
          .addColumn('suggestion_id', 'text', (c) => c.notNull())
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('suggestion_events_pk', ['suggestion_id', 'seq'])
          .execute();

        for (const table of ['categories', 'departments', 'workstations', 'members']) {
          await db.schema
            .createTable(table)
            .addColumn('id', 'text', (c) => c.primaryKey())
            .addColumn('position', 'integer', (c) => c.notNull())
            .addColumn('data', 'text', (c) => c.notNull())
            .execute();
        }

        await db.schema
          .createTable('tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('department_id', 'text')
          .addColumn('member_id', 'text')
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('topics')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('opens_at', 'text', (c) => c.notNull())
          .addColumn('closes_at', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('votes')
          .addColumn('topic_id', 'text', (c) => c.notNull())
          .addColumn('voter_hash', 'text', (c) => c.notNull())
          .addColumn('option_ids', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('votes_pk', ['topic_id', 'voter_hash'])
          .execute();
        await db.schema
          .createTable('vote_options')
          .addColumn('topic_id', 'text', (c) => c.notNull())
          .addColumn('option_id', 'text', (c) => c.notNull())
          .addColumn('voter_hash', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('vote_options_pk', ['topic_id', 'option_id', 'voter_hash'])
          .execute();

        await db.schema
          .createTable('comments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('topic_id', 'text', (c) => c.notNull())
          .addColumn('aspect_id', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('author_name', 'text', (c) => c.notNull())
          .addColumn('voter_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('comments_topic').on('comments').columns(['topic_id', 'created_at', 'id']).execute();
        await db.schema.createIndex('comments_topic_aspect').on('comments').columns(['topic_id', 'aspect_id', 'created_at', 'id']).execute();

        await db.schema
          .createTable('attachments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('mime', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('width', 'integer')
          .addColumn('height', 'integer')
          .addColumn('bytes', sql.raw(blob), (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('idempotency')
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('response', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_pk', ['scope', 'key'])
          .execute();

        await db.schema
          .createTable('rate_limits')
          .addColumn('bucket', 'text', (c) => c.notNull())
          .addColumn('window_start', 'bigint', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
          .execute();
      },
    },
    // All-time statistics over a million suggestions took seconds (BENCHMARKS.md).
    '0002_stats_daily': {
      up: (db: Kysely<unknown>) => createStatsRollup(db, dialect),
    },
    // A 12345 importer runs daily over overlapping exports: a case number, once imported,
    // must never make a second suggestion, long after its Idempotency-Key has expired.
    '0003_external_ref': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('suggestions').addColumn('external_ref', 'text').execute();
        await db.schema.createIndex('suggestions_external_ref').unique().on('suggestions').columns(['channel', 'external_ref']).execute();
      },
    },
    // Each topic read and each vote recounted every vote: the soak's p99 rose from 39 to 166 ms.
    '0004_topic_counters': {
      up: (db: Kysely<unknown>) => createTopicCounters(db, dialect),
    },
    // All-time statistics over 1,000,000 suggestions took 70-210 ms, most of it counting
    // overdue through row lookups, and the overdue list sorted every overdue suggestion
    // (BENCHMARKS.md). Whole months and years now come from coarser rollups; overdue is
    // counted inside two small partial indexes of the open suggestions by deadline, and the
    // overdue list walks a third one newest first.
    '0005_stats_coarse_overdue': {
      async up(db: Kysely<unknown>) {
        await addCoarseRollups(db, dialect);
        const partial = (name: string, columns: string, where: string) => sql.raw(`create index ${name} on suggestions (${columns}) where ${where}`).execute(db);
        await partial('suggestions_open', 'created_at, id, status, accept_due_at, due_at', deadlineSql.open);
        await partial('suggestions_overdue_accept', 'status, accept_due_at, created_at, category_id, department_id, channel', deadlineSql.accepting);
        await partial('suggestions_overdue_handling', 'status, due_at, created_at, category_id, department_id, channel', deadlineSql.handling);
        // Only overdue counts used it; the partial one above replaces it.
        await db.schema.dropIndex('suggestions_accept_due').execute();
        // Without statistics SQLite sorts every overdue suggestion for the list (full
        // ANALYZE: about 5 s at 1,000,000 rows, once); PostgreSQL's autovacuum would get there later.
        await sql.raw('analyze').execute(db);
      },
    },
  };
}
