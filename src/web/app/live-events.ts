/**
 * Live updates: one EventSource per tab on /api/projects/:projectId/events. The server names
 * each SSE event by its type ('property.unit.updated'), and EventSource has no wildcard
 * listener, so the types this UI reacts to are listed here with the queries they make stale.
 */
import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';

/** What each event makes stale. Keys are prefixes of the query keys used by the features. */
const STALE_AFTER: Record<string, (projectId: string) => readonly unknown[][]> = {
  'property.building.created': (pid) => [['property', pid]],
  'property.building.updated': (pid) => [['property', pid]],
  'property.unit.updated': (pid) => [['property', pid]],
  'property.parking.changed': (pid) => [['property', pid]],
  'project.calendar.changed': (pid) => [['calendar', pid]],
  // A ticket event can also mean a new notification for this user (an escalation, a major
  // complaint): the server sends no separate event for those, so the bell refreshes too.
  'ticket.created': (pid) => [
    ['tickets', pid],
    ['notifications', pid],
  ],
  'ticket.updated': (pid) => [
    ['tickets', pid],
    ['notifications', pid],
  ],
  // A payment, or a reversal/deduction asked for or decided: the money screens, and the bell
  // (the approvers' new request, the requester's outcome, the unpaid-list figures) refresh.
  'billing.changed': (pid) => [
    ['billing', pid],
    ['notifications', pid],
  ],
};

export const LIVE_EVENT_TYPES = Object.keys(STALE_AFTER);

interface LiveEvent {
  projectId: string;
  type: string;
  entityId: string;
  at: string;
}

/**
 * Invalidates the queries an event touches; every type starting with 'property.' refreshes
 * the whole property structure of the project.
 * @example applyLiveEvent(queryClient, { projectId, type: 'property.unit.updated', entityId, at });
 */
export function applyLiveEvent(qc: QueryClient, e: LiveEvent): void {
  const keys =
    STALE_AFTER[e.type]?.(e.projectId) ?? (e.type.startsWith('property.') ? [['property', e.projectId]] : []);
  for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
}

/** Keeps the project's event stream open while the component is mounted. */
export function useLiveEvents(projectId: string): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/projects/${projectId}/events`, { withCredentials: true });
    const onEvent = (msg: MessageEvent<string>) => {
      try {
        applyLiveEvent(qc, JSON.parse(msg.data) as LiveEvent);
      } catch {
        // A malformed event is dropped; the next one or a refetch brings the state back.
      }
    };
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, onEvent);
    // After a reconnect events may have been missed: refresh what the stream keeps fresh.
    let opened = false;
    source.addEventListener('ready', () => {
      if (opened) {
        for (const prefix of ['property', 'calendar', 'tickets', 'notifications', 'billing'])
          void qc.invalidateQueries({ queryKey: [prefix, projectId] });
      }
      opened = true;
    });
    return () => source.close();
  }, [projectId, qc]);
}
