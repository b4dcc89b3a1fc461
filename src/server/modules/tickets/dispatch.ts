/**
 * Dispatch inside a department: round-robin over its active members, skipping anyone at
 * their open-ticket cap. The duty roster (ORG-4) does not exist yet; when it does, its
 * on-duty list replaces "active members" here and nowhere else.
 */
import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { ticketsDb } from './tables.ts';

export const DEFAULT_OPEN_CAP = 15;

/** Active members of the department, by username (a stable round-robin order). */
export async function departmentMembers(
  db: DbOrTrx,
  projectId: string,
  departmentId: string,
): Promise<{ userId: string; name: string }[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['u.user_id', 'u.display_name', 'u.username'])
    .distinct()
    .where('m.project_id', '=', projectId)
    .where('m.department_id', '=', departmentId)
    .where('u.active', '=', 1)
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.display_name }));
}

/**
 * Picks the next member after the last one served who is under the cap; null if all are
 * at the cap (the ticket then waits unassigned in the department's queue).
 * @example pickNext(['a','b','c'], 'a', new Map([['b', 15]]), 15) // 'c'
 */
export function pickNext(
  members: string[],
  last: string | null,
  openCount: Map<string, number>,
  cap: number,
): string | null {
  if (members.length === 0) return null;
  const start = last ? members.indexOf(last) + 1 : 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[(start + i) % members.length]!;
    if ((openCount.get(m) ?? 0) < cap) return m;
  }
  return null;
}

/** The department head assigns work; round-robin serves the others (anyone with another role there). */
async function workingMembers(db: DbOrTrx, projectId: string, departmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['u.user_id', 'u.username'])
    .distinct()
    .where('m.project_id', '=', projectId)
    .where('m.department_id', '=', departmentId)
    .where('m.role', '!=', 'department_head')
    .where('u.active', '=', 1)
    .orderBy('u.username')
    .execute();
  return rows.map((r) => r.user_id);
}

export async function roundRobinAssignee(
  db: DbOrTrx,
  projectId: string,
  departmentId: string,
): Promise<string | null> {
  const members = await workingMembers(db, projectId, departmentId);
  if (members.length === 0) return null;
  const state = await ticketsDb(db)
    .selectFrom('dispatch_state')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('department_id', '=', departmentId)
    .executeTakeFirst();
  const counts = await db
    .selectFrom('tickets')
    .select(['assignee_id', sql<number>`count(*)`.as('n')])
    .where('project_id', '=', projectId)
    .where('is_open', '=', 1)
    .where('state', 'in', ['forwarded', 'in_progress'])
    .where('assignee_id', 'in', members)
    .groupBy('assignee_id')
    .execute();
  const open = new Map(counts.map((c) => [c.assignee_id!, Number(c.n)]));
  const chosen = pickNext(members, state?.last_user_id ?? null, open, state?.open_cap ?? DEFAULT_OPEN_CAP);
  if (!chosen) return null;
  await ticketsDb(db)
    .insertInto('dispatch_state')
    .values({
      project_id: projectId,
      department_id: departmentId,
      last_user_id: chosen,
      open_cap: state?.open_cap ?? DEFAULT_OPEN_CAP,
    })
    .onConflict((oc) => oc.columns(['project_id', 'department_id']).doUpdateSet({ last_user_id: chosen }))
    .execute();
  return chosen;
}
