import type { Actor, Role } from '@jianyi/core';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashSecret } from '../auth/secrets.js';
import type { Database } from './schema.js';

export const staffRoles = ['member', 'integrator', 'dispatcher', 'department', 'supervisor', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export interface NewToken {
  role: StaffRole;
  displayName: string;
  departmentId?: string | undefined;
  memberId?: string | undefined;
  /** A fixed token (demo data); a random 256-bit one otherwise. */
  token?: string;
}

/** Creates a staff token and returns it; only its hash is stored, so it is shown once. */
export async function createToken(db: Kysely<Database>, input: NewToken, now: string): Promise<string> {
  const token = input.token ?? `jy_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('tokens')
    .values({
      token_hash: hashSecret(token),
      role: input.role,
      display_name: input.displayName,
      department_id: input.departmentId ?? null,
      member_id: input.memberId ?? null,
      disabled: 0,
      created_at: now,
    })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
  return token;
}

export async function disableToken(db: Kysely<Database>, token: string): Promise<boolean> {
  const result = await db.updateTable('tokens').set({ disabled: 1 }).where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The actor a token stands for; `disabled` and unknown tokens are refused alike by the caller. */
export async function actorForToken(db: Kysely<Database>, token: string): Promise<Actor | 'disabled' | undefined> {
  const row = await db.selectFrom('tokens').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  if (!row) return undefined;
  if (row.disabled) return 'disabled';
  return {
    role: row.role as Role,
    displayName: row.display_name,
    ...(row.department_id && { departmentId: row.department_id }),
    ...(row.member_id && { memberId: row.member_id }),
  };
}
