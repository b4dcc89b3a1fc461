/**
 * The estate's handover demo (HND-1..5): the developer's owner roster (业主清册) for the
 * units of building 2 nobody has received yet — one buyer per unit, a valid resident ID
 * number and the sale contract number — so a handover can be shown from the first step;
 * and the estate's cashier, who takes the six months of fees at the handover table.
 * Building 3 is left to the roster import; the estate's fee items are not set here (a new
 * project's manager defines them, and the handover refuses clearly until they exist).
 */
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';
import { newId } from '../platform/ids.ts';
import { createStaff } from '../modules/staff/service.ts';
import { idCardCheckDigit, validIdNumber } from '../modules/customers/rules.ts';
import { DEMO_PASSWORD, type DemoLogin } from './seed-demo.ts';

const BUYERS = [
  '林志远',
  '陈雅琴',
  '黄建华',
  '赵丽娟',
  '周文斌',
  '吴秀英',
  '徐海涛',
  '孙美玲',
  '马俊杰',
  '朱慧敏',
  '胡国强',
];

/**
 * A resident ID number (GB 11643) for a made-up person: a Beijing district, the birthday and
 * a sequence number, then the check digit.
 * @example demoIdNumber('19780312', 1) // '110105197803120017'
 */
export function demoIdNumber(birthday: string, seq: number): string {
  const body = `110105${birthday}${String(seq).padStart(3, '0')}`;
  const id = body + idCardCheckDigit(body);
  if (!validIdNumber('id_card', id)) throw new Error(`not a valid ID number: ${id}`);
  return id;
}

export async function seedHandover(deps: Deps, estateId: string): Promise<DemoLogin[]> {
  const units = await deps.db.k
    .selectFrom('units as u')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select(['u.unit_id', 'u.code'])
    .where('u.project_id', '=', estateId)
    .where('b.code', '=', '2')
    .where('u.status', '=', 'not_received')
    .orderBy('u.floor')
    .orderBy('u.code')
    .execute();
  const at = deps.clock.now().toISOString();
  const importId = newId();
  await deps.db.k
    .insertInto('roster_entries')
    .values(
      units.map((u, i) => ({
        project_id: estateId,
        entry_id: newId(),
        import_id: importId,
        unit_id: u.unit_id,
        owner_name: BUYERS[i % BUYERS.length]!,
        id_type: 'id_card',
        id_number: demoIdNumber(`19${70 + (i % 25)}0${1 + (i % 9)}1${i % 10}`, 11 + i),
        phone: `1391234${String(1000 + i).slice(-4)}`,
        contract_no: `CH-2-${u.code.replace('-', '')}`,
        customer_id: null,
        created_at: at,
      })),
    )
    .execute();
  const cashier = { username: 'estate.cashier', displayName: '邓佳（翠湖收费员）' };
  await createStaff(deps, SYSTEM_ACTOR, {
    ...cashier,
    password: DEMO_PASSWORD,
    isCompanyAdmin: false,
    projectId: estateId,
    roles: [{ role: 'cashier' }],
  });
  return [{ ...cashier, roles: 'cashier', project: 'ESTATE' }];
}
