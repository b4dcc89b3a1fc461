/**
 * The demo month's money (FEE-1, FEE-6, PRK-1): meters read at each month's end, the month's
 * bills run by the cashier on the 2nd of the next month, and paid over the following weeks
 * — most in full, some in part, some not at all, so the reminder list has arrears to chase;
 * monthly parking rentals for companies of the campus, which their bills then carry.
 */
import { addDays, instantAt } from '../platform/calendar/index.ts';
import { generateBills } from '../modules/billing/generate-bills.ts';
import { recordPayment } from '../modules/billing/record-payment.ts';
import { recordReading } from '../modules/billing/record-reading.ts';
import { monthBounds, monthOf } from '../modules/billing/rules.ts';
import { billingDb } from '../modules/billing/tables.ts';
import { rentSpace } from '../modules/parking/rentals.ts';
import type { Actors } from './demo-actors.ts';
import type { People } from './month-people.ts';
import type { Random } from './random.ts';
import type { Resident } from './month-residents.ts';
import type { Timeline } from './timeline.ts';

interface Money {
  tl: Timeline;
  r: Random;
  as: Actors;
  projectId: string;
  timeZone: string;
}

/** What a bill still owes now: its ledger entries summed (the bill +, payments −). */
export async function outstandingFen(
  m: { tl: Timeline; projectId: string },
  billId: string,
): Promise<number> {
  const r = await billingDb(m.tl.deps.db.k)
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.sum<number>('amount_fen').as('owed'))
    .where('project_id', '=', m.projectId)
    .where('bill_id', '=', billId)
    .executeTakeFirst();
  return Number(r?.owed ?? 0);
}

const nextMonth = (month: string) => monthOf(addDays(monthBounds(month).last, 1));

/** Every meter of the project read at 18:00 on the last day of each month from `fromMonth`. */
export function scheduleReadings(m: Money, fromMonth: string, toMonth: string): void {
  for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) {
    const at = instantAt(monthBounds(month).last, '18:00', m.timeZone);
    m.tl.at(at, async () => {
      const db = billingDb(m.tl.deps.db.k);
      const meters = await db
        .selectFrom('meters')
        .select(['meter_id', 'unit_id'])
        .where('project_id', '=', m.projectId)
        .orderBy('code')
        .execute();
      for (const meter of meters) {
        const last = await db
          .selectFrom('meter_readings')
          .select('value_centi')
          .where('project_id', '=', m.projectId)
          .where('meter_id', '=', meter.meter_id)
          .orderBy('read_at', 'desc')
          .limit(1)
          .executeTakeFirst();
        const kWh = meter.unit_id ? m.r.int(1_500, 6_500) : m.r.int(140_000, 175_000); // an office, or the building's shared areas
        await recordReading(m.tl.deps, m.as('cashier'), m.projectId, meter.meter_id, {
          readAt: at.toISOString(),
          valueCenti: Number(last?.value_centi ?? 0) + kWh * 100,
        });
      }
    });
  }
}

/** Each month's bills run on the 2nd of the next month at 09:30, then paid (or not) over the weeks after. */
export function scheduleBillRuns(m: Money, fromMonth: string, toMonth: string): void {
  let receipt = 0;
  for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) {
    const runAt = instantAt(addDays(monthBounds(month).last, 2), '09:30', m.timeZone);
    const period = month;
    m.tl.at(runAt, async () => {
      await generateBills(m.tl.deps, m.as('cashier'), m.projectId, { period });
      const bills = await billingDb(m.tl.deps.db.k)
        .selectFrom('bills')
        .select(['bill_id', 'customer_id', 'total_fen'])
        .where('project_id', '=', m.projectId)
        .where('period', '=', period)
        .orderBy('bill_id')
        .execute();
      const now = m.tl.clock.now();
      for (const b of bills) {
        const total = Number(b.total_fen);
        const fate = m.r.weighted({ full: 72, part: 12, none: 16 });
        if (fate === 'none' || total <= 0) continue;
        const amountFen = fate === 'full' ? total : Math.max(1, Math.round(total / 2));
        const payAt = instantAt(
          addDays(monthBounds(period).last, 1 + m.r.int(2, 24)),
          `${String(m.r.int(9, 16)).padStart(2, '0')}:${String(m.r.int(0, 59)).padStart(2, '0')}`,
          m.timeZone,
        );
        const receiptNo = `R${period.replace('-', '')}-${String(++receipt).padStart(4, '0')}`;
        const method = m.r.pick(['transfer', 'transfer', 'cash', 'card'] as const);
        m.tl.at(payAt > now ? payAt : now, async () => {
          const owed = await outstandingFen(m, b.bill_id); // a company moving out may have settled it already
          if (owed > 0)
            await recordPayment(m.tl.deps, m.as('cashier'), m.projectId, {
              billId: b.bill_id,
              customerId: b.customer_id,
              amountFen: Math.min(amountFen, owed),
              method,
              receiptNo,
              note: fate === 'part' ? '部分缴纳' : '',
            });
        });
      }
    });
  }
}

/** Monthly parking for about one company in three, from the first day it was billed. */
export async function rentParking(
  m: Money,
  tenants: Resident[],
  people: People,
  startDay: string,
): Promise<number> {
  const db = m.tl.deps.db.k;
  const spaces = await db
    .selectFrom('parking_spaces as s')
    .innerJoin('parking_areas as a', (j) =>
      j.onRef('a.project_id', '=', 's.project_id').onRef('a.area_id', '=', 's.area_id'),
    )
    .select('s.space_id')
    .where('s.project_id', '=', m.projectId)
    .where('a.code', '=', 'B')
    .orderBy('s.code')
    .execute();
  let rented = 0;
  for (const t of tenants) {
    if (!m.r.chance(0.35)) continue;
    for (let cars = m.r.int(1, 3); cars > 0 && rented < spaces.length; cars--) {
      await rentSpace(m.tl.deps, m.as('cashier'), m.projectId, {
        customerId: t.customerId,
        unitId: t.unitId,
        spaceId: spaces[rented * 3 + 10]?.space_id,
        plate: people.plate(),
        carModel: people.carModel(),
        phone: t.phone,
        licenceChecked: true,
        feeCode: 'PARKING',
        startDay,
        endDay: addDays(startDay, 364),
      });
      rented++;
    }
  }
  return rented;
}

export type { Money };
