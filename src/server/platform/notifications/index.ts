/** Telling people: what modules call to notify someone, and to settle what was done. */
export { notifyRoles, notifyUsers, rolesHolding, type NotifyInput } from './notify.ts';
export { markNotificationsRead, settleNotifications } from './read-state.ts';
