/**
 * Names of the people a timeline mentions by id (forwarded to, handed over to). The ticket
 * and its timeline name most of them; the staff list, for those allowed to read it, the rest.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../app/api.ts';
import { useProject } from '../../app/project.tsx';
import { staffKey } from '../staff/api.ts';
import type { Staff } from '../../app/types.ts';
import type { TicketDetail } from './types.ts';

export function usePeopleNames(detail: TicketDetail | undefined): Map<string, string> {
  const { projectId, can } = useProject();
  const staff = useQuery({
    queryKey: staffKey(projectId),
    queryFn: () => get<Staff[]>(`/api/staff?projectId=${encodeURIComponent(projectId)}`),
    enabled: can('staff.read'),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const s of staff.data ?? []) names.set(s.userId, s.displayName);
    if (!detail) return names;
    for (const e of detail.timeline) if (e.actorId && e.actorName) names.set(e.actorId, e.actorName);
    const tk = detail.ticket;
    if (tk.ownerName) names.set(tk.ownerId, tk.ownerName);
    if (tk.assigneeId && tk.assigneeName) names.set(tk.assigneeId, tk.assigneeName);
    return names;
  }, [staff.data, detail]);
}
