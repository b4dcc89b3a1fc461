/** Writes to the platform's memberships table; the staff module's role screen calls it. */
import type { DbOrTrx } from '../history/record-history.ts';

export interface MembershipGrant {
  role: string;
  departmentId: string | null;
}

/** A person's roles in one project, replaced as a whole; `grantedBy` is kept on every row. */
export async function replaceMemberships(
  db: DbOrTrx,
  projectId: string,
  userId: string,
  grants: readonly MembershipGrant[],
  grantedBy: string | null,
  at: Date,
): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .execute();
  if (grants.length === 0) return;
  await db
    .insertInto('memberships')
    .values(
      grants.map((g) => ({
        project_id: projectId,
        user_id: userId,
        role: g.role,
        department_id: g.departmentId,
        created_at: at.toISOString(),
        created_by: grantedBy,
      })),
    )
    .execute();
}
