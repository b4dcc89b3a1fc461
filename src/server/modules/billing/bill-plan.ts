/**
 * What one building's bills for a month contain, worked out from loaded data with no I/O
 * (FEE-1, FEE-4, REP-7, PRK-2, HND-3). Each charge goes to the payer of its unit on the
 * day it arose: area and fixed fees to every payer for the days they covered (prorated),
 * a meter reading to the payer on its reading day, a shared meter's (公摊) month to the
 * payer at the month's end, a paid repair or service to the payer on its completion day.
 * Prices are the fee-item versions in effect on the first day of the month.
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
  rentals: { rentalId: string; unitId: string; customerId: string; startDay: string; endDay: string; feeCode: string; plate: string }[];
  /** Paid repairs and services completed and not yet billed (REP-7, FEE-4). */
  tickets: { ticketId: string; unitId: string; number: string; kind: string; description: string; priceFen: number; completedDay: string }[];
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

export function planBuildingBills(p: PlanInput): PlannedBill[] {
  const { first, last } = monthBounds(p.period);
  const bills = new Map<string, PlannedBill>();
  const add = (unitId: string, customerId: string, line: PlanLine) => {
    if (line.amountFen <= 0) return;
    const key = `${unitId}|${customerId}`;
    let b = bills.get(key);
    if (!b) bills.set(key, (b = { unitId, customerId, lines: [] }));
    b.lines.push(line);
  };
  const accountsOf = (unitId: string) => p.accounts.filter((a) => a.unitId === unitId && daysCovered(p.period, a.startDay, a.endDay) > 0);
  const payerOn = (unitId: string, day: string) => p.accounts.find((a) => a.unitId === unitId && a.startDay <= day && (a.endDay === null || a.endDay >= day));
  // The shared meter's month belongs to whoever pays at its end, else the last payer in it.
  const payerAtEnd = (unitId: string) => payerOn(unitId, last) ?? accountsOf(unitId).sort((a, b) => String(b.endDay).localeCompare(String(a.endDay)))[0];
  const applies = (i: FeeItemDto) => i.buildingId === null || i.buildingId === p.buildingId;
  const units = new Map(p.units.map((u) => [u.unitId, u]));
  const area = (u: PlanInput['units'][number], basis: string | null) => (basis === 'inner' ? u.innerAreaCenti : u.buildingAreaCenti);

  for (const u of p.units) {
    for (const a of accountsOf(u.unitId)) {
      for (const i of p.items.filter((x) => applies(x) && (x.kind === 'area' || x.kind === 'fixed'))) {
        const full = i.kind === 'area' ? areaFeeFen(area(u, i.areaBasis), i.rateMillifen!) : i.amountFen!;
        const days = daysCovered(p.period, a.startDay, a.endDay);
        const quantity = i.kind === 'area' ? `${centi(area(u, i.areaBasis))} m² × ${i.rateMillifen! / 100_000} 元` : '';
        add(u.unitId, a.customerId, { feeCode: i.code, feeItemId: i.feeItemId, sourceKey: '', description: i.name, quantity: days < monthBounds(p.period).days ? `${quantity} (${days}d)`.trim() : quantity, amountFen: prorateMonth(full, p.period, a.startDay, a.endDay), coversTo: null });
      }
    }
  }

  const meteredItem = (kind: string) => {
    const candidates = p.items.filter((i) => i.kind === 'metered' && i.meterKind === kind && applies(i));
    return candidates.find((i) => i.buildingId === p.buildingId) ?? candidates[0];
  };
  for (const m of p.meters) {
    const readings = p.readings.filter((r) => r.meterId === m.meterId && r.readDay <= last);
    if (readings.length === 0) continue;
    const item = meteredItem(m.kind);
    if (!item) continue;
    const coversTo = readings.map((r) => r.readAt).sort().at(-1)!;
    if (m.unitId) {
      const byPayer = new Map<string, number>();
      for (const r of readings) {
        const payer = payerOn(m.unitId, r.readDay);
        if (payer) byPayer.set(payer.customerId, (byPayer.get(payer.customerId) ?? 0) + r.consumptionCenti);
      }
      for (const [customerId, used] of byPayer) {
        add(m.unitId, customerId, { feeCode: item.code, feeItemId: item.feeItemId, sourceKey: m.meterId, description: `${item.name} ${m.code}`, quantity: centi(used), amountFen: meteredFeeFen(used, item.rateMillifen!), coversTo });
      }
    } else {
      const used = readings.reduce((s, r) => s + r.consumptionCenti, 0);
      const total = meteredFeeFen(used, item.rateMillifen!);
      const shares = apportion(total, p.units.map((u) => area(u, item.areaBasis)));
      p.units.forEach((u, idx) => {
        const payer = payerAtEnd(u.unitId);
        if (payer) add(u.unitId, payer.customerId, { feeCode: `${item.code}_SHARED`, feeItemId: item.feeItemId, sourceKey: m.meterId, description: `${item.name} 公摊 ${m.code}`, quantity: `${centi(used)} × ${centi(area(u, item.areaBasis))}/${centi(p.units.reduce((s, x) => s + area(x, item.areaBasis), 0))} m²`, amountFen: shares[idx]!, coversTo });
      });
    }
  }

  for (const r of p.rentals) {
    if (!units.has(r.unitId) || daysCovered(p.period, r.startDay, r.endDay) === 0) continue;
    const item = p.items.find((i) => i.code === r.feeCode && i.kind === 'parking_monthly');
    if (!item) throw new AppError('UNPROCESSABLE', { key: 'bill.no_price', params: { code: r.feeCode, day: first } });
    add(r.unitId, r.customerId, { feeCode: item.code, feeItemId: item.feeItemId, sourceKey: r.rentalId, description: `${item.name} ${r.plate}`, quantity: '', amountFen: prorateMonth(item.amountFen!, p.period, r.startDay, r.endDay), coversTo: null });
  }

  for (const t of p.tickets) {
    // A charge from an earlier month with nobody paying then is never pushed onto a later payer.
    const payer = payerOn(t.unitId, t.completedDay) ?? (t.completedDay >= first ? payerAtEnd(t.unitId) : undefined);
    if (!payer) continue;
    add(t.unitId, payer.customerId, { feeCode: t.kind === 'repair' ? 'REPAIR' : 'SERVICE', feeItemId: null, sourceKey: t.ticketId, description: `${t.number} ${t.description}`.slice(0, 120), quantity: '', amountFen: t.priceFen, coversTo: null });
  }
  return [...bills.values()];
}
