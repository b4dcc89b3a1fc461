/**
 * The demo logins the login page lists. seedDemo records them once, as a history entry of the
 * first demo project (entity `demo`), so the list is answered only on a database that was
 * seeded with the demo — a real company's database never lists anything. Only accounts that
 * still exist, are active and were not reset since (a reset forces a change of password)
 * are listed: the page never offers a login that no longer works.
 */
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';
import { recordHistory } from '../platform/history/record-history.ts';
import type { DemoLoginView } from './demo-logins.contract.ts';

export const DEMO_ENTITY = 'demo';
export const DEMO_SEEDED = 'demo_seeded';

export { DemoLoginSchema, type DemoLoginView } from './demo-logins.contract.ts';

interface RecordedLogin {
  username: string;
  roles: string[];
  project: string;
}

/** Marks the database as a demo and keeps which logins the page may list. */
export async function recordDemoLogins(
  deps: Deps,
  projectId: string,
  logins: RecordedLogin[],
  password: string,
): Promise<void> {
  await recordHistory(deps.db.k, {
    projectId,
    entityType: DEMO_ENTITY,
    entityId: 'logins',
    action: DEMO_SEEDED,
    actor: SYSTEM_ACTOR,
    at: deps.clock.now(),
    after: { password, logins },
    note: 'demo company loaded',
  });
}

/** The listed logins, or [] when the demo was never seeded here. */
export async function readDemoLogins(deps: Deps): Promise<DemoLoginView[]> {
  const row = await deps.db.k
    .selectFrom('history')
    .select('after_json')
    .where('entity_type', '=', DEMO_ENTITY)
    .where('action', '=', DEMO_SEEDED)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row?.after_json) return [];
  const seeded = JSON.parse(row.after_json) as { password: string; logins: RecordedLogin[] };
  const users = await deps.db.k
    .selectFrom('users')
    .select(['username', 'display_name', 'is_company_admin'])
    .where(
      'username',
      'in',
      seeded.logins.map((l) => l.username),
    )
    .where('active', '=', 1)
    .where('must_change_password', '=', 0)
    .execute();
  const byName = new Map(users.map((u) => [u.username, u]));
  return seeded.logins.flatMap((l) => {
    const u = byName.get(l.username);
    return u
      ? [
          {
            username: l.username,
            displayName: u.display_name,
            roles: l.roles,
            isCompanyAdmin: u.is_company_admin === 1,
            project: l.project,
            password: seeded.password,
          },
        ]
      : [];
  });
}
