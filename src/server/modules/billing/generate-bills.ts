/**
 * The month's bill run for one building or the whole project (FEE-1, FEE-2, FEE-4). One
 * transaction per building, so a run over a large project commits as it goes and a
 * crash loses at most the building in hand; idempotent because a bill is inserted with
 * ON CONFLICT DO NOTHING on (project, unit, customer, period) and only a bill that was
 * actually inserted gets its lines, its ledger entry and the payer's prepaid credit.
 * Running the same month again therefore writes nothing, and is how an interrupted run
 * is finished. Usable from a CLI through `onProgress`.
 */
import { sql } from 'kysely';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { DEFAULT_TIME_ZONE, instantAt, localDay } from '../../platform/calendar/index.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling } from './access.ts';
import { planBuildingBills, type PlanInput, type PlannedBill } from './bill-plan.ts';
import { itemsInEffect, type FeeItemDto } from './fee-items.ts';
import { appendEntry, unallocatedCredit } from './ledger.ts';
import { scheduleDueReminders } from './reminders.ts';
import { addDays } from '../../platform/calendar/index.ts';
import { defaultDueDate, isMonth, monthBounds } from './rules.ts';
import { billingDb, type BTrx } from './tables.ts';

export interface GenerateInput {
  period: string;
  buildingId?: string;
  dueDate?: string;
}

export interface GenerateProgress {
  buildingsDone: number;
  buildingsTotal: number;
  billsCreated: number;
}

export interface GenerateResult {
  period: string;
  dueDate: string;
  buildings: number;
  billsCreated: number;
  billsExisting: number;
  createdTotalFen: number;
}

export async function generateBills(deps: Deps, actor: Actor, projectId: string, input: GenerateInput, onProgress?: (p: GenerateProgress) => void): Promise<GenerateResult> {
  requireBilling(actor, 'billing.collect', projectId);
  if (!isMonth(input.period)) throw new AppError('VALIDATION', { fields: [{ path: 'period', key: 'field.format' }] });
  const dueDate = input.dueDate ?? defaultDueDate(input.period);
  const db = billingDb(deps.db.k);
  const project = await db.selectFrom('projects').select('time_zone').where('project_id', '=', projectId).executeTakeFirst();
  if (!project) throw new AppError('NOT_FOUND', { params: { what: 'what.project' } });
  const timeZone = project.time_zone || DEFAULT_TIME_ZONE;
  const now = deps.clock.now();
  const { first, last } = monthBounds(input.period);
  // A month that has not begun has no readings, repairs or days of occupation to bill yet.
  if (first > localDay(now, timeZone)) throw new AppError('UNPROCESSABLE', { key: 'bill.future_period', fields: [{ path: 'period', key: 'bill.future_period' }] });
  if (dueDate < first) throw new AppError('VALIDATION', { fields: [{ path: 'dueDate', key: 'bill.due_before_period' }] });

  let bq = db.selectFrom('buildings').select('building_id').where('project_id', '=', projectId).orderBy('sort_order').orderBy('code');
  if (input.buildingId) bq = bq.where('building_id', '=', input.buildingId);
  const buildings = (await bq.execute()).map((b) => b.building_id);
  if (input.buildingId && buildings.length === 0) throw new AppError('UNPROCESSABLE', { key: 'error.NOT_FOUND', params: { what: 'what.building' }, fields: [{ path: 'buildingId', key: 'error.NOT_FOUND', params: { what: 'what.building' } }] });
  const items = await itemsInEffect(db, projectId, first);
  const periodEnd = instantAt(addDays(last, 1), '00:00', timeZone).toISOString();

  const result: GenerateResult = { period: input.period, dueDate, buildings: buildings.length, billsCreated: 0, billsExisting: 0, createdTotalFen: 0 };
  for (const [i, buildingId] of buildings.entries()) {
    await db.transaction().execute(async (trx) => {
      const plan = planBuildingBills(await loadPlanInput(trx, projectId, buildingId, input.period, items, periodEnd, timeZone));
      for (const bill of plan) {
        const created = await insertBill(trx, { projectId, period: input.period, dueDate, bill, actor, now });
        if (created === null) result.billsExisting++;
        else {
          result.billsCreated++;
          result.createdTotalFen += created;
        }
      }
      if (plan.length) await scheduleDueReminders(trx, projectId, dueDate, timeZone, now);
    });
    onProgress?.({ buildingsDone: i + 1, buildingsTotal: buildings.length, billsCreated: result.billsCreated });
  }
  return result;
}

/** Inserts one bill with its lines and ledger entry; null when it already existed. */
async function insertBill(trx: BTrx, o: { projectId: string; period: string; dueDate: string; bill: PlannedBill; actor: Actor; now: Date }): Promise<number | null> {
  const { projectId, bill, now } = o;
  const total = bill.lines.reduce((s, l) => s + l.amountFen, 0);
  const billId = newId(now.getTime());
  const inserted = await trx
    .insertInto('bills')
    .values({ project_id: projectId, bill_id: billId, unit_id: bill.unitId, customer_id: bill.customerId, period: o.period, due_date: o.dueDate, total_fen: total, issued_at: now.toISOString(), issued_by: o.actor.userId || null })
    .onConflict((oc) => oc.columns(['project_id', 'unit_id', 'customer_id', 'period']).doNothing())
    .returning('bill_id')
    .executeTakeFirst();
  if (!inserted) return null;
  await trx
    .insertInto('bill_lines')
    .values(bill.lines.map((l, n) => ({ project_id: projectId, bill_id: billId, line_no: n + 1, unit_id: bill.unitId, customer_id: bill.customerId, period: o.period, fee_code: l.feeCode, fee_item_id: l.feeItemId, source_key: l.sourceKey, description: l.description, quantity: l.quantity, amount_fen: l.amountFen, covers_to: l.coversTo })))
    .execute();
  await appendEntry(trx, { projectId, book: 'fees', kind: 'bill', amountFen: total, customerId: bill.customerId, unitId: bill.unitId, billId, note: o.period, at: now, actor: o.actor });
  // Prepaid credit (HND-3: six months ahead) pays the new bill at once, as a pair of entries
  // that moves credit onto the bill without changing the payer's balance.
  const credit = await unallocatedCredit(trx, projectId, bill.customerId, bill.unitId);
  const use = Math.min(credit, total);
  if (use > 0) {
    await appendEntry(trx, { projectId, book: 'fees', kind: 'prepayment', amountFen: use, customerId: bill.customerId, unitId: bill.unitId, method: 'prepaid', note: `applied to ${o.period}`, at: now, actor: o.actor });
    await appendEntry(trx, { projectId, book: 'fees', kind: 'payment', amountFen: -use, customerId: bill.customerId, unitId: bill.unitId, billId, method: 'prepaid', note: 'prepaid credit', at: now, actor: o.actor });
  }
  return total;
}

async function loadPlanInput(trx: BTrx, projectId: string, buildingId: string, period: string, items: FeeItemDto[], periodEnd: string, timeZone: string): Promise<PlanInput> {
  const { first, last } = monthBounds(period);
  const units = await trx.selectFrom('units').select(['unit_id', 'code', 'building_area_centi_m2', 'inner_area_centi_m2']).where('project_id', '=', projectId).where('building_id', '=', buildingId).orderBy('code').execute();
  const unitIds = units.map((u) => u.unit_id);
  if (unitIds.length === 0) return { period, buildingId, items, units: [], accounts: [], meters: [], readings: [], rentals: [], tickets: [] };
  const accounts = await trx
    .selectFrom('billing_accounts')
    .select(['unit_id', 'customer_id', 'start_day', 'end_day'])
    .where('project_id', '=', projectId)
    .where('unit_id', 'in', unitIds)
    .where('start_day', '<=', last)
    .execute();
  const meters = await trx.selectFrom('meters').select(['meter_id', 'code', 'kind', 'unit_id']).where('project_id', '=', projectId).where('building_id', '=', buildingId).orderBy('code').execute();
  const readings = [];
  for (const m of meters) {
    // Readings after the last one already billed for this meter, up to the month's end.
    const billed = await trx.selectFrom('bill_lines').select((eb) => eb.fn.max('covers_to').as('to')).where('project_id', '=', projectId).where('source_key', '=', m.meter_id).executeTakeFirst();
    let rq = trx.selectFrom('meter_readings').select(['meter_id', 'read_day', 'read_at', 'consumption_centi']).where('project_id', '=', projectId).where('meter_id', '=', m.meter_id).where('read_day', '<=', last);
    if (billed?.to) rq = rq.where('read_at', '>', String(billed.to));
    readings.push(...(await rq.execute()));
  }
  const rentals = await trx
    .selectFrom('parking_rentals')
    .select(['rental_id', 'unit_id', 'customer_id', 'start_day', 'end_day', 'fee_code', 'plate'])
    .where('project_id', '=', projectId)
    .where('unit_id', 'in', unitIds)
    .where('start_day', '<=', last)
    .where('end_day', '>=', first)
    .execute();
  // REP-7/FEE-4: paid work completed by the month's end and on no bill yet.
  const tickets = await trx
    .selectFrom('tickets as t')
    .select(['t.ticket_id', 't.unit_id', 't.number', 't.kind', 't.description', 't.price_fen', 't.completed_at'])
    .where('t.project_id', '=', projectId)
    .where('t.unit_id', 'in', unitIds)
    .where('t.charge', '=', 'paid')
    .where('t.price_fen', '>', 0)
    .where('t.state', '!=', 'cancelled')
    .where('t.completed_at', 'is not', null)
    .where('t.completed_at', '<', periodEnd)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bill_lines as l').select('l.line_no').whereRef('l.project_id', '=', 't.project_id').where(sql<boolean>`l.source_key = cast(t.ticket_id as text)`).where('l.fee_code', 'in', ['REPAIR', 'SERVICE']))),
    )
    .execute();
  return {
    period,
    buildingId,
    items,
    units: units.map((u) => ({ unitId: u.unit_id, code: u.code, buildingAreaCenti: Number(u.building_area_centi_m2), innerAreaCenti: Number(u.inner_area_centi_m2) })),
    accounts: accounts.map((a) => ({ unitId: a.unit_id, customerId: a.customer_id, startDay: String(a.start_day), endDay: a.end_day === null ? null : String(a.end_day) })),
    meters: meters.map((m) => ({ meterId: m.meter_id, code: m.code, kind: m.kind, unitId: m.unit_id })),
    readings: readings.map((r) => ({ meterId: r.meter_id, readDay: String(r.read_day), readAt: r.read_at, consumptionCenti: Number(r.consumption_centi) })),
    rentals: rentals.map((r) => ({ rentalId: r.rental_id, unitId: r.unit_id, customerId: r.customer_id, startDay: String(r.start_day), endDay: String(r.end_day), feeCode: r.fee_code, plate: r.plate })),
    tickets: tickets.map((t) => ({ ticketId: t.ticket_id, unitId: t.unit_id!, number: t.number, kind: t.kind, description: t.description, priceFen: Number(t.price_fen), completedDay: localDay(new Date(t.completed_at!), timeZone) })),
  };
}
