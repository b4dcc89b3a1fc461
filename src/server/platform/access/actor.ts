import type { Permission } from './roles.ts';

/** Who is acting: the logged-in user with their project memberships, loaded once per request. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  isCompanyAdmin: boolean;
  locale: string;
  mustChangePassword: boolean;
  /** projectId → roles held there. */
  roles: Map<string, string[]>;
}

/** The system itself (timers, CLI): every permission, recorded as actor null in history. */
export const SYSTEM_ACTOR: Actor = {
  userId: '',
  username: 'system',
  displayName: 'system',
  isCompanyAdmin: true,
  locale: 'zh-CN',
  mustChangePassword: false,
  roles: new Map(),
};

export function actorIdForHistory(actor: Actor): string | null {
  return actor.userId === '' ? null : actor.userId;
}

export type { Permission };
