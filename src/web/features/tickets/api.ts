/**
 * Queries and writes of the service desk. Every ticket key starts with ['tickets', projectId]
 * and every notification key with ['notifications', projectId], so a live 'ticket.*' event
 * (app/live-events.ts) refreshes the queue, the open ticket and the bell at once.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post } from '../../app/api.ts';
import { noteServerTime } from './server-clock.ts';
import type {
  DepartmentMember,
  Notification,
  QueuePage,
  ServicePrice,
  Ticket,
  TicketAction,
  TicketDetail,
} from './types.ts';

export const ticketKeys = {
  all: (pid: string) => ['tickets', pid] as const,
  queue: (pid: string, query: string) => ['tickets', pid, 'queue', query] as const,
  detail: (pid: string, tid: string) => ['tickets', pid, 'detail', tid] as const,
  clock: (pid: string) => ['tickets', pid, 'clock'] as const,
  members: (pid: string, department: string) => ['tickets', pid, 'members', department] as const,
};
export const notificationKeys = { unread: (pid: string) => ['notifications', pid, 'unread'] as const };

const base = (pid: string) => `/api/projects/${pid}`;

async function fetchQueue(pid: string, query: string): Promise<QueuePage> {
  const page = await get<QueuePage>(`${base(pid)}/tickets?${query}`);
  noteServerTime(page.serverNow);
  return page;
}

/** A page of the work queue; the previous page stays on screen while the next loads. */
export function useQueue(pid: string, query: string) {
  return useQuery({
    queryKey: ticketKeys.queue(pid, query),
    queryFn: () => fetchQueue(pid, query),
    placeholderData: keepPreviousData,
  });
}

/**
 * Pages without a queue (a ticket, the desk) still count down in server time: the smallest
 * queue page carries the server's clock.
 */
export function useServerClockSync(pid: string): void {
  useQuery({ queryKey: ticketKeys.clock(pid), queryFn: () => fetchQueue(pid, 'limit=1'), staleTime: 60_000 });
}

export function useTicket(pid: string, tid: string) {
  return useQuery({
    queryKey: ticketKeys.detail(pid, tid),
    queryFn: () => get<TicketDetail>(`${base(pid)}/tickets/${tid}`),
  });
}

/** Active members of a department with their open work, for choosing who does it. */
export function useDepartmentMembers(pid: string, department: string | null | undefined) {
  return useQuery({
    queryKey: ticketKeys.members(pid, department ?? ''),
    queryFn: () => get<DepartmentMember[]>(`${base(pid)}/departments/${department}/members`),
    enabled: !!department,
  });
}

/** The paid-service price list (REP-3). */
export function usePrices(pid: string, enabled = true) {
  return useQuery({
    queryKey: ['prices', pid],
    queryFn: () => get<ServicePrice[]>(`${base(pid)}/service-prices`),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Complaints whose number or customer matches, to link as one event (CMP-4). */
export function searchComplaints(pid: string, text: string): Promise<QueuePage> {
  const q = new URLSearchParams({ kind: 'complaint', q: text, limit: '20', includeClosed: '1' });
  return get<QueuePage>(`${base(pid)}/tickets?${q}`);
}

/** The action's URL segment: pick_up → pick-up. */
export const actionPath = (action: string) => action.replaceAll('_', '-');

/** Actions on one ticket; each refreshes the project's ticket queries once the server answered. */
export function useTicketWrites(pid: string, tid: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ticketKeys.all(pid) });
  return {
    refresh,
    async act(action: TicketAction | 'link_event', body: Record<string, unknown>): Promise<Ticket> {
      const t = await post<Ticket>(`${base(pid)}/tickets/${tid}/${actionPath(action)}`, body);
      await refresh();
      return t;
    },
    async uploadPhoto(file: Blob): Promise<void> {
      await api<{ attachmentId: string }>('POST', `${base(pid)}/tickets/${tid}/photos`, file);
      await refresh();
    },
  };
}

/** A ticket's attachment (photo, signature) as an image URL. */
export const attachmentUrl = (pid: string, tid: string, aid: string) =>
  `${base(pid)}/tickets/${tid}/attachments/${aid}`;

/** The printable work order / written reply (opens in a new tab). */
export const printUrl = (pid: string, tid: string) => `${base(pid)}/tickets/${tid}/print`;

/**
 * My unread notifications. Ticket events refresh them; the minute poll catches the ones a
 * timer raises without a ticket changing (REP-6's 17:00 list).
 */
export function useUnreadNotifications(pid: string) {
  return useQuery({
    queryKey: notificationKeys.unread(pid),
    queryFn: () => get<Notification[]>(`${base(pid)}/notifications?unread=1`),
    refetchInterval: 60_000,
  });
}

export function useMarkRead(pid: string) {
  const qc = useQueryClient();
  return async (ids: string[]) => {
    if (ids.length === 0) return;
    await post(`${base(pid)}/notifications/read`, { ids });
    await qc.invalidateQueries({ queryKey: ['notifications', pid] });
  };
}
