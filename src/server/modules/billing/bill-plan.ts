/**
 * What one building's bills for a month contain, worked out from loaded data with no I/O
 * (FEE-1, FEE-4, REP-7, PRK-2, HND-3). Each charge goes to the payer of its unit on the
 * day it arose: area and fixed fees to every payer for the days they covered (prorated),
 * a meter reading to the payer on its reading day, a shared meter's (公摊) month to the
 * payer at the month's end, a paid repair or service to the payer on its completion day,
 * an overtime air-conditioning use (BKG-2) to the payer recorded with it.
 * Prices are the fee-item versions in effect on the first day of the month (an overtime
 * air-conditioning use carries the charge worked out at the price of its own day).
 *
 * Scales with the building: accounts, readings and tickets are grouped by unit or meter
 * once (Maps), never searched per unit, so a building of n units costs O(n) here.
 */
import { AppError } from '../../platform/errors.ts';
import type { FeeItemDto } from './fee-items.ts';
import { apportion, areaFeeFen, daysCovered, meteredFeeFen, monthBounds, prorateMonth } from './rules.ts';

export interface PlanInput {
  period: string;
  buildingId: string;
  items: FeeItemDto[];
  units: { unitId: string; code: string; buildingAreaCenti: number; innerAreaCenti: number }[];
  accounts: { unitId: string; customerId: string; startDay: string; endDay: string | null }[];
  meters: { meterId: string; code: string; kind: string; unitId: string | null }[];
  /** Readings not yet on any bill, up to the month's end. */
  readings: { meterId: string; readDay: string; readAt: string; consumptionCenti: number }[];
  rentals: {
    rentalId: string;
    unitId: string;
    customerId: string;
    startDay: string;
    endDay: string;
    feeCode: string;
    plate: string;
  }[];
  /** Paid repairs and services completed and not yet billed (REP-7, FEE-4). */
  tickets: {
    ticketId: string;
    unitId: string;
    number: string;
    kind: string;
    description: string;
    priceFen: number;
    completedDay: string;
  }[];
  /** BKG-2 overtime air-conditioning uses up to the month's end, not cancelled and on no bill yet. */
  overtimeAc?: {
    useId: string;
    unitId: string;
    customerId: string;
    feeCode: string;
    feeItemId: string;
    name: string;
    when: string;
    hours: number;
    rateFen: number;
    amountFen: number;
  }[];
}

export interface PlanLine {
  feeCode: string;
  feeItemId: string | null;
  sourceKey: string;
  description: string;
  quantity: string;
  amountFen: number;
  coversTo: string | null;
}

export interface PlannedBill {
  unitId: string;
  customerId: string;
  lines: PlanLine[];
}

const centi = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

type Account = PlanInput['accounts'][number];

/** Appends `v` to the list under `k`, keeping the input order within each list. */
function groupInto<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export function planBuildingBills(p: PlanInput): PlannedBill[] {
  const { first, last, days: monthDays } = monthBounds(p.period);
  const bills = new Map<string, PlannedBill>();
  const add = (unitId: string, customerId: string, line: PlanLine) => {
    if (line.amountFen <= 0) return;
    const key = `${unitId}|${customerId}`;
    let b = bills.get(key);
    if (!b) bills.set(key, (b = { unitId, customerId, lines: [] }));
    b.lines.push(line);
  };
  // Each unit's accounts in input order (so "the first that matches" is the same as a scan of p.accounts).
  const accountsByUnit = new Map<string, Account[]>();
  for (const a of p.accounts) groupInto(accountsByUnit, a.unitId, a);
  const NONE: Account[] = [];
  const accountsOf = (unitId: string) =>
    (accountsByUnit.get(unitId) ?? NONE).filter((a) => daysCovered(p.period, a.startDay, a.endDay) > 0);
  const payerOn = (unitId: string, day: string) =>
    accountsByUnit.get(unitId)?.find((a) => a.startDay <= day && (a.endDay === null || a.endDay >= day));
  // The shared meter's month belongs to whoever pays at its end, else the last payer in it.
  const payerAtEnd = (unitId: string) =>
    payerOn(unitId, last) ??
    accountsOf(unitId).sort((a, b) => String(b.endDay).localeCompare(String(a.endDay)))[0];
  const applies = (i: FeeItemDto) => i.buildingId === null || i.buildingId === p.buildingId;
  const units = new Map(p.units.map((u) => [u.unitId, u]));
  const area = (u: PlanInput['units'][number], basis: string | null) =>
    basis === 'inner' ? u.innerAreaCenti : u.buildingAreaCenti;

  const monthlyItems = p.items.filter((x) => applies(x) && (x.kind === 'area' || x.kind === 'fixed'));
  for (const u of p.units) {
    for (const a of accountsOf(u.unitId)) {
      const days = daysCovered(p.period, a.startDay, a.endDay);
      for (const i of monthlyItems) {
        const full = i.kind === 'area' ? areaFeeFen(area(u, i.areaBasis), i.rateMillifen!) : i.amountFen!;
        const quantity =
          i.kind === 'area' ? `${centi(area(u, i.areaBasis))} m² × ${i.rateMillifen! / 100_000} 元` : '';
        add(u.unitId, a.customerId, {
          feeCode: i.code,
          feeItemId: i.feeItemId,
          sourceKey: '',
          description: i.name,
          quantity: days < monthDays ? `${quantity} (${days}d)`.trim() : quantity,
          amountFen: prorateMonth(full, p.period, a.startDay, a.endDay),
          coversTo: null,
        });
      }
    }
  }

  const meteredItems = new Map<string, FeeItemDto | undefined>();
  const meteredItem = (kind: string) => {
    if (!meteredItems.has(kind)) {
      const candidates = p.items.filter((i) => i.kind === 'metered' && i.meterKind === kind && applies(i));
      meteredItems.set(kind, candidates.find((i) => i.buildingId === p.buildingId) ?? candidates[0]);
    }
    return meteredItems.get(kind);
  };
  const readingsByMeter = new Map<string, PlanInput['readings']>();
  for (const r of p.readings) if (r.readDay <= last) groupInto(readingsByMeter, r.meterId, r);
  for (const m of p.meters) {
    const readings = readingsByMeter.get(m.meterId);
    if (!readings) continue;
    const item = meteredItem(m.kind);
    if (!item) continue;
    const coversTo = readings
      .map((r) => r.readAt)
      .sort()
      .at(-1)!;
    if (m.unitId) {
      const byPayer = new Map<string, number>();
      for (const r of readings) {
        const payer = payerOn(m.unitId, r.readDay);
        if (payer) byPayer.set(payer.customerId, (byPayer.get(payer.customerId) ?? 0) + r.consumptionCenti);
      }
      for (const [customerId, used] of byPayer) {
        add(m.unitId, customerId, {
          feeCode: item.code,
          feeItemId: item.feeItemId,
          sourceKey: m.meterId,
          description: `${item.name} ${m.code}`,
          quantity: centi(used),
          amountFen: meteredFeeFen(used, item.rateMillifen!),
          coversTo,
        });
      }
    } else {
      const used = readings.reduce((s, r) => s + r.consumptionCenti, 0);
      const total = meteredFeeFen(used, item.rateMillifen!);
      const areas = p.units.map((u) => area(u, item.areaBasis));
      const shares = apportion(total, areas);
      const base = centi(areas.reduce((s, x) => s + x, 0));
      p.units.forEach((u, idx) => {
        const payer = payerAtEnd(u.unitId);
        if (payer)
          add(u.unitId, payer.customerId, {
            feeCode: `${item.code}_SHARED`,
            feeItemId: item.feeItemId,
            sourceKey: m.meterId,
            description: `${item.name} 公摊 ${m.code}`,
            quantity: `${centi(used)} × ${centi(areas[idx]!)}/${base} m²`,
            amountFen: shares[idx]!,
            coversTo,
          });
      });
    }
  }

  for (const r of p.rentals) {
    if (!units.has(r.unitId) || daysCovered(p.period, r.startDay, r.endDay) === 0) continue;
    const item = p.items.find((i) => i.code === r.feeCode && i.kind === 'parking_monthly');
    if (!item)
      throw new AppError('UNPROCESSABLE', { key: 'bill.no_price', params: { code: r.feeCode, day: first } });
    add(r.unitId, r.customerId, {
      feeCode: item.code,
      feeItemId: item.feeItemId,
      sourceKey: r.rentalId,
      description: `${item.name} ${r.plate}`,
      quantity: '',
      amountFen: prorateMonth(item.amountFen!, p.period, r.startDay, r.endDay),
      coversTo: null,
    });
  }

  for (const t of p.tickets) {
    // A charge from an earlier month with nobody paying then is never pushed onto a later payer.
    const payer =
      payerOn(t.unitId, t.completedDay) ?? (t.completedDay >= first ? payerAtEnd(t.unitId) : undefined);
    if (!payer) continue;
    add(t.unitId, payer.customerId, {
      feeCode: t.kind === 'repair' ? 'REPAIR' : 'SERVICE',
      feeItemId: null,
      sourceKey: t.ticketId,
      description: `${t.number} ${t.description}`.slice(0, 120),
      quantity: '',
      amountFen: t.priceFen,
      coversTo: null,
    });
  }

  // BKG-2: the payer was fixed when the use was recorded (the unit's payer on its day), so the
  // charge stays with whoever used the air-conditioning, also when it is billed a month late.
  for (const o of p.overtimeAc ?? []) {
    if (!units.has(o.unitId)) continue;
    add(o.unitId, o.customerId, {
      feeCode: o.feeCode,
      feeItemId: o.feeItemId,
      sourceKey: o.useId,
      description: `${o.name} ${o.when}`.slice(0, 120),
      quantity: `${o.hours} h × ${centi(o.rateFen)} 元`,
      amountFen: o.amountFen,
      coversTo: null,
    });
  }
  return [...bills.values()];
}
