import type { Category, Department, Member, Workstation } from '@jianyi/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type RecordTable = 'categories' | 'departments' | 'workstations' | 'members';
interface RecordTypes {
  categories: Category;
  departments: Department;
  workstations: Workstation;
  members: Member;
}

/** The reference lists (categories, departments, workstations, members), kept in the order given. */
export async function listRecords<T extends RecordTable>(db: Kysely<Database>, table: T): Promise<RecordTypes[T][]> {
  const rows = await db.selectFrom(table as 'categories').select('data').orderBy('position').execute();
  return rows.map((row) => JSON.parse(row.data) as RecordTypes[T]);
}

export async function findRecord<T extends RecordTable>(db: Kysely<Database>, table: T, id: string): Promise<RecordTypes[T] | undefined> {
  const row = await db.selectFrom(table as 'categories').select('data').where('id', '=', id).executeTakeFirst();
  return row && (JSON.parse(row.data) as RecordTypes[T]);
}

export async function upsertRecords<T extends RecordTable>(db: Kysely<Database>, table: T, records: RecordTypes[T][]): Promise<void> {
  // The four tables share one shape, so the casts below only help the type checker.
  for (const [position, record] of records.entries()) {
    await db
      .insertInto(table as 'categories')
      .values({ id: record.id, position, data: JSON.stringify(record) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ position, data: JSON.stringify(record) }))
      .execute();
  }
}
