/** Staff of the current project and the writes on them (ORG-1..3). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, put } from '../../app/api.ts';
import type { Staff } from '../../app/types.ts';
import type { Role } from '../../../server/platform/access/roles.ts';

export const staffKey = (pid: string) => ['staff', pid] as const;

export function useStaff(pid: string) {
  return useQuery({
    queryKey: staffKey(pid),
    queryFn: () => get<Staff[]>(`/api/staff?projectId=${encodeURIComponent(pid)}`),
  });
}

/** A role in this project; a department head also names the department they head (ORG-3). */
export interface RoleAssignment {
  role: Role;
  department?: string;
}

export interface NewStaff {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: RoleAssignment[];
}

export function useStaffWrites(pid: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: staffKey(pid) });
  return {
    async create(input: NewStaff): Promise<Staff> {
      const s = await post<Staff>('/api/staff', { ...input, projectId: pid });
      await refresh();
      return s;
    },
    async update(
      userId: string,
      input: { displayName?: string; phone?: string | null; active?: boolean },
    ): Promise<Staff> {
      const s = await patch<Staff>(`/api/staff/${userId}`, input);
      await refresh();
      return s;
    },
    async setRoles(userId: string, roles: RoleAssignment[]): Promise<Staff> {
      const s = await put<Staff>(`/api/projects/${pid}/members/${userId}/roles`, { roles });
      await refresh();
      return s;
    },
    async resetPassword(userId: string, password: string): Promise<void> {
      await post(`/api/staff/${userId}/password`, { password });
      await refresh();
    },
  };
}
