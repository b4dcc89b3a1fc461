/**
 * ORG-2 on the staff page: what the logged-in person may do to whom in this project — the
 * server's own rule (platform/access/ranks.ts), so the page offers only what the server allows.
 */
import { useAuth } from '../../app/auth.tsx';
import type { Staff } from '../../app/types.ts';
import {
  mayGrant,
  staffChangeRefusal,
  type StaffRefusal,
  type Standing,
} from '../../../server/platform/access/ranks.ts';
import { ROLES, type Role } from './roles.ts';

export interface MyStanding {
  /** Why this person's account, roles or password are not mine to change here, or null. */
  refusalFor(s: Staff): StaffRefusal | null;
  /** The roles I may hand out in this project. */
  grantable: Role[];
}

export function useMyStanding(projectId: string): MyStanding {
  const { me } = useAuth();
  const mine: Standing = {
    isCompanyAdmin: me?.user.isCompanyAdmin ?? false,
    roles: me?.projects.find((p) => p.projectId === projectId)?.roles ?? [],
  };
  return {
    refusalFor: (s) =>
      staffChangeRefusal({
        actorId: me?.user.userId ?? '',
        actor: mine,
        targetId: s.userId,
        target: {
          isCompanyAdmin: s.isCompanyAdmin,
          roles: s.memberships.filter((m) => m.projectId === projectId).map((m) => m.role),
        },
      }),
    grantable: ROLES.filter((r) => mayGrant(mine, r)),
  };
}
