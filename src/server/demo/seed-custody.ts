/**
 * The campus key cabinet (KEY-1): keys of offices in building 1 not yet received and one
 * developer's key, kept by the front-desk clerk — so the key register is not empty on the
 * first day of the demo. Passes and status reports start empty: they are the day's work.
 */
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';
import { registerKey } from '../modules/keys/register-key.ts';

const KEYS = [
  { unit: '1-401', cabinetSlot: 'K1-01' },
  { unit: '1-505', cabinetSlot: 'K1-02' },
  { unit: '1-404', cabinetSlot: 'K1-03' },
] as const;

export async function seedCustody(deps: Deps, campusId: string): Promise<void> {
  const clerk = await deps.db.k
    .selectFrom('users')
    .select('user_id')
    .where('username', '=', 'clerk')
    .executeTakeFirstOrThrow();
  for (const k of KEYS) {
    const unit = await deps.db.k
      .selectFrom('units')
      .select(['unit_id', 'status'])
      .where('project_id', '=', campusId)
      .where('code', '=', k.unit)
      .executeTakeFirstOrThrow();
    // A unit still 未接房 keeps a not-received key; any other, the developer's key (KEY-1).
    const kind = unit.status === 'not_received' ? 'not_received' : 'developer';
    await registerKey(deps, SYSTEM_ACTOR, campusId, {
      unitId: unit.unit_id,
      kind,
      cabinetSlot: k.cabinetSlot,
      keeperId: clerk.user_id,
      entrusted: [],
      note: '交楼时移交',
    });
  }
}
