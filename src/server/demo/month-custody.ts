/**
 * The demo month at the key cabinet (KEY-1..3): offices of building 1 not yet received are
 * shown to prospective tenants — the clerk takes the key out with an engineer as escort
 * and puts it back the same afternoon; one viewing is still out when the demo opens.
 */
import { startViewing, returnKey } from '../modules/keys/movements.ts';
import { instantAt } from '../platform/calendar/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.ts';
import type { KeyTables } from '../modules/keys/tables.ts';
import type { Actors } from './demo-actors.ts';
import type { People } from './month-people.ts';
import type { Random } from './random.ts';
import type { Timeline } from './timeline.ts';

export async function scheduleViewings(
  tl: Timeline,
  as: Actors,
  r: Random,
  people: People,
  projectId: string,
  timeZone: string,
  days: string[],
): Promise<void> {
  const keys = await (tl.deps.db.k as unknown as Kysely<Database & KeyTables>)
    .selectFrom('keys')
    .select('key_id')
    .where('project_id', '=', projectId)
    .where('kind', '=', 'not_received')
    .orderBy('number')
    .execute();
  if (!keys.length) return;
  days.forEach((day, i) => {
    const key = keys[i % keys.length]!;
    const out = instantAt(
      day,
      `${String(r.int(9, 14)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
      timeZone,
    );
    const viewerName = `${people.name()}（意向租户）`;
    const viewerPhone = people.mobile();
    const last = i === days.length - 1;
    tl.at(out, async () => {
      await startViewing(tl.deps, as('clerk'), projectId, key.key_id, {
        escortId: as(r.pick(['engineer', 'engineer2'])).userId,
        viewerName,
        viewerPhone,
        note: '带看',
      });
      if (!last)
        tl.at(new Date(tl.clock.now().getTime() + r.int(40, 150) * 60_000), () =>
          returnKey(tl.deps, as('clerk'), projectId, key.key_id, { note: '带看结束归还' }).then(
            () => undefined,
          ),
        );
    });
  });
}
