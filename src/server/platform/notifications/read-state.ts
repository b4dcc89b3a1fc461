/** When a notification counts as read: its reader opened it, or what it asked for was done. */
import type { DbOrTrx } from '../history/record-history.ts';

/**
 * Marks a ticket's unread notifications of these kinds read for everyone: what they asked
 * for has been done (a complaint waiting for its level has been classified).
 */
export async function settleNotifications(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  kinds: readonly string[],
  at: Date,
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('kind', 'in', [...kinds])
    .where('read_at', 'is', null)
    .execute();
}

/** Marks a person's own notifications read (the bell's "mark read"); others' ids are ignored. */
export async function markNotificationsRead(
  db: DbOrTrx,
  projectId: string,
  userId: string,
  ids: readonly string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .where('notification_id', 'in', [...ids])
    .where('read_at', 'is', null)
    .execute();
}
