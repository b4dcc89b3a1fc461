/**
 * The campus demo's money side (FEE-1, PRK-2): its fee items, the companies renting
 * offices in building 1 as payers (and tenants on leases) from two months ago, and an
 * electricity meter per rented office (plus building 1's shared-area meter) read at the
 * end of the month before last and of last month — so a cashier can generate last month's
 * bills on the first day of the demo. Dates follow the demo's clock, never a fixed year.
 * The residential estate is left without prices: its fee items are what the billing tests
 * define step by step, as a new project's manager would.
 */
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';
import { addDays, DEFAULT_TIME_ZONE, instantAt, localDay } from '../platform/calendar/index.ts';
import { createCustomer } from '../modules/customers/service.ts';
import { linkCustomerToUnit } from '../modules/customers/unit-links.ts';
import { defineFeeItem, type DefineFeeItem } from '../modules/billing/fee-items.ts';
import { startBilling } from '../modules/billing/accounts.ts';
import { createMeter, recordReading } from '../modules/billing/record-reading.ts';
import { monthBounds, monthOf } from '../modules/billing/rules.ts';

type Item = Omit<DefineFeeItem, 'effectiveFrom'>;

/** PRK-2's example tariff: 2 元 for the first 2 hours, 1 元 per started hour after, 6 元 a day at most. */
const TEMPORARY_TARIFF = { freeMinutes: 0, firstMinutes: 120, firstFen: 200, hourFen: 100, dailyCapFen: 600 };

const CAMPUS_ITEMS: Item[] = [
  { code: 'MGMT', name: '物业管理费', kind: 'area', areaBasis: 'building', rateMillifen: 2_500_000 },
  {
    code: 'ELEC',
    name: '电费',
    kind: 'metered',
    meterKind: 'electricity',
    areaBasis: 'building',
    rateMillifen: 120_000,
  },
  {
    code: 'WATER',
    name: '水费',
    kind: 'metered',
    meterKind: 'water',
    areaBasis: 'building',
    rateMillifen: 700_000,
  },
  { code: 'PARKING', name: '月租车位', kind: 'parking_monthly', amountFen: 10_000 },
  { code: 'PARK_TEMP', name: '临时停车', kind: 'parking_temporary', tariff: TEMPORARY_TARIFF },
  { code: 'DEP_IC', name: 'IC卡押金', kind: 'deposit', depositKind: 'ic_card', amountFen: 5_000 },
  { code: 'DEP_RENO', name: '装修押金', kind: 'deposit', depositKind: 'renovation', amountFen: 1_000_000 },
  { code: 'DEP_MGMT', name: '物业费押金', kind: 'deposit', depositKind: 'management', amountFen: 1_000_000 },
];

/** The companies renting offices in building 1 (their staff are the campus demo customers). */
/** leaseDays: how long from today the lease still runs (1-808's ends within a month: MVO-1). */
const CAMPUS_TENANTS = [
  {
    company: '华信证券北京分公司',
    phone: '01065010001',
    unit: '1-405',
    kWh: [152_340, 4_860],
    leaseDays: 700,
  },
  { company: '远景律师事务所', phone: '01065020003', unit: '1-602', kWh: [98_765, 2_312], leaseDays: 400 },
  {
    company: '瑞丰投资管理有限公司',
    phone: '01065030004',
    unit: '1-808',
    kWh: [45_120, 3_075],
    leaseDays: 25,
  },
  {
    company: '蓝海科技有限公司',
    phone: '01065040005',
    unit: '1-1203',
    kWh: [210_004, 6_480],
    leaseDays: 900,
  },
  { company: '恒通保险经纪', phone: '01065050007', unit: '1-1501', kWh: [77_000, 1_954], leaseDays: 180 },
];

export async function seedBilling(deps: Deps, campusId: string): Promise<void> {
  const today = localDay(deps.clock.now(), DEFAULT_TIME_ZONE);
  const lastMonth = monthOf(addDays(`${today.slice(0, 7)}-01`, -1));
  const monthBefore = monthOf(addDays(`${lastMonth}-01`, -1));
  const payersFrom = monthBounds(monthBefore).first;
  const pricesFrom = `${Number(today.slice(0, 4)) - 1}-01-01`;

  for (const item of CAMPUS_ITEMS)
    await defineFeeItem(deps, SYSTEM_ACTOR, campusId, { ...item, effectiveFrom: pricesFrom });

  const campusUnits = await unitIds(deps, campusId);
  const readAt = (month: string) =>
    instantAt(monthBounds(month).last, '18:00', DEFAULT_TIME_ZONE).toISOString();
  for (const t of CAMPUS_TENANTS) {
    const unitId = campusUnits.get(t.unit)!;
    const c = await createCustomer(deps, SYSTEM_ACTOR, campusId, {
      kind: 'company',
      name: t.company,
      company: t.company,
      phones: [{ phone: t.phone, label: 'office' }],
    });
    await linkCustomerToUnit(deps.db.k, {
      projectId: campusId,
      customerId: c.customerId,
      unitId,
      relation: 'tenant',
      lease: { start: payersFrom, end: addDays(today, t.leaseDays) },
      actor: SYSTEM_ACTOR,
      at: deps.clock.now(),
      workflow: 'demo',
    });
    await startBilling(deps, SYSTEM_ACTOR, campusId, {
      unitId,
      customerId: c.customerId,
      startDay: payersFrom,
    });
    const meter = await createMeter(deps, SYSTEM_ACTOR, campusId, {
      code: `E-${t.unit}`,
      kind: 'electricity',
      unitId,
    });
    await recordReading(deps, SYSTEM_ACTOR, campusId, meter.meterId, {
      readAt: readAt(monthBefore),
      valueCenti: t.kWh[0]! * 100,
    });
    await recordReading(deps, SYSTEM_ACTOR, campusId, meter.meterId, {
      readAt: readAt(lastMonth),
      valueCenti: (t.kWh[0]! + t.kWh[1]!) * 100,
    });
  }
  const b1 = await deps.db.k
    .selectFrom('buildings')
    .select('building_id')
    .where('project_id', '=', campusId)
    .where('code', '=', '1')
    .executeTakeFirstOrThrow();
  const shared = await createMeter(deps, SYSTEM_ACTOR, campusId, {
    code: 'E-1-公摊',
    kind: 'electricity',
    buildingId: b1.building_id,
  });
  await recordReading(deps, SYSTEM_ACTOR, campusId, shared.meterId, {
    readAt: readAt(monthBefore),
    valueCenti: 3_456_700,
  });
  await recordReading(deps, SYSTEM_ACTOR, campusId, shared.meterId, {
    readAt: readAt(lastMonth),
    valueCenti: 3_618_950,
  });
}

async function unitIds(deps: Deps, projectId: string): Promise<Map<string, string>> {
  const rows = await deps.db.k
    .selectFrom('units')
    .select(['unit_id', 'code'])
    .where('project_id', '=', projectId)
    .execute();
  return new Map(rows.map((u) => [u.code, u.unit_id]));
}
