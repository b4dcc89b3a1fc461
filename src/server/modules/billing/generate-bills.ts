/**
 * The month's bill run for one building or the whole project (FEE-1, FEE-2, FEE-4). One
 * transaction per building, so a run over a large project commits as it goes and a
 * crash loses at most the building in hand; idempotent because a bill is inserted with
 * ON CONFLICT DO NOTHING on (project, unit, customer, period) and only a bill that was
 * actually inserted gets its lines, its ledger entry and the payer's prepaid credit.
 * Running the same month again therefore writes nothing, and is how an interrupted run
 * is finished. Usable from a CLI through `onProgress` (`main.ts bill-run`).
 *
 * Cost per building is a fixed number of statements, whatever its size: its data is read
 * with one query per kind (no query per meter), and its bills, lines and ledger entries are
 * written as multi-row INSERTs (bench/scenarios/bill-generation.ts measures it).
 */
import { sql } from 'kysely';
import { AppError } from '../../platform/errors.ts';
import { actorIdForHistory, type Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { Deps } from '../../platform/http/context.ts';
import { instantAt, localDay, localTime, projectClock } from '../../platform/calendar/index.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling } from './access.ts';
import { planBuildingBills, type PlanInput, type PlannedBill } from './bill-plan.ts';
import { itemsInEffect, type FeeItemDto } from './fee-items.ts';
import { sumFen } from './ledger.ts';
import { scheduleDueReminders } from './reminders.ts';
import { addDays } from '../../platform/calendar/index.ts';
import { defaultDueDate, isMonth, monthBounds } from './rules.ts';
import { billingDb, type BTrx, type LedgerEntriesTable } from './tables.ts';
import type { GenerateResult } from './bills.contract.ts';

export type { GenerateResult };

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

export async function generateBills(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: GenerateInput,
  onProgress?: (p: GenerateProgress) => void,
): Promise<GenerateResult> {
  requireBilling(actor, 'billing.collect', projectId);
  if (!isMonth(input.period))
    throw new AppError('VALIDATION', { fields: [{ path: 'period', key: 'field.format' }] });
  const dueDate = input.dueDate ?? defaultDueDate(input.period);
  const db = billingDb(deps.db.k);
  const { timeZone } = await projectClock(deps.db.k, projectId);
  const now = deps.clock.now();
  const { first, last } = monthBounds(input.period);
  // A month that has not begun has no readings, repairs or days of occupation to bill yet.
  if (first > localDay(now, timeZone))
    throw new AppError('UNPROCESSABLE', {
      key: 'bill.future_period',
      fields: [{ path: 'period', key: 'bill.future_period' }],
    });
  if (dueDate < first)
    throw new AppError('VALIDATION', { fields: [{ path: 'dueDate', key: 'bill.due_before_period' }] });

  let bq = db
    .selectFrom('buildings')
    .select('building_id')
    .where('project_id', '=', projectId)
    .orderBy('sort_order')
    .orderBy('code');
  if (input.buildingId) bq = bq.where('building_id', '=', input.buildingId);
  const buildings = (await bq.execute()).map((b) => b.building_id);
  if (input.buildingId && buildings.length === 0)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.building' },
      fields: [{ path: 'buildingId', key: 'error.NOT_FOUND', params: { what: 'what.building' } }],
    });
  const items = await itemsInEffect(db, projectId, first);
  const periodEnd = instantAt(addDays(last, 1), '00:00', timeZone).toISOString();

  const result: GenerateResult = {
    period: input.period,
    dueDate,
    buildings: buildings.length,
    billsCreated: 0,
    billsExisting: 0,
    createdTotalFen: 0,
  };
  for (const [i, buildingId] of buildings.entries()) {
    await db.transaction().execute(async (trx) => {
      const plan = planBuildingBills(
        await loadPlanInput(
          trx,
          deps.db.dialect,
          projectId,
          buildingId,
          input.period,
          items,
          periodEnd,
          timeZone,
        ),
      );
      const written = await insertBills(trx, { projectId, period: input.period, dueDate, plan, actor, now });
      result.billsCreated += written.created;
      result.billsExisting += written.existing;
      result.createdTotalFen += written.totalFen;
      if (plan.length) await scheduleDueReminders(trx, projectId, dueDate, timeZone, now);
    });
    onProgress?.({
      buildingsDone: i + 1,
      buildingsTotal: buildings.length,
      billsCreated: result.billsCreated,
    });
  }
  return result;
}

/** Rows per multi-row INSERT / values per IN list: far below SQLite's 32 766 and PostgreSQL's 65 535 parameters. */
const CHUNK = 500;

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Inserts a building's planned bills; only those actually inserted (not already there) get
 * their lines, their ledger entry and the payer's prepaid credit. Entries are the rows
 * ledger.ts appendEntry writes, in the same order per bill (bill, then prepayment and
 * payment), written together.
 */
async function insertBills(
  trx: BTrx,
  o: { projectId: string; period: string; dueDate: string; plan: PlannedBill[]; actor: Actor; now: Date },
): Promise<{ created: number; existing: number; totalFen: number }> {
  const { projectId, period, now, actor } = o;
  if (o.plan.length === 0) return { created: 0, existing: 0, totalFen: 0 };
  const planned = o.plan.map((bill) => {
    const total = bill.lines.reduce((s, l) => s + l.amountFen, 0);
    if (!Number.isSafeInteger(total) || total <= 0)
      throw new Error(`ledger amount must be a non-zero integer, got ${total}`);
    return { bill, total, billId: newId(now.getTime()) };
  });
  const inserted = new Set<string>();
  for (const chunk of chunks(planned)) {
    const rows = await trx
      .insertInto('bills')
      .values(
        chunk.map(({ bill, total, billId }) => ({
          project_id: projectId,
          bill_id: billId,
          unit_id: bill.unitId,
          customer_id: bill.customerId,
          period,
          due_date: o.dueDate,
          total_fen: total,
          issued_at: now.toISOString(),
          issued_by: actor.userId || null,
        })),
      )
      .onConflict((oc) => oc.columns(['project_id', 'unit_id', 'customer_id', 'period']).doNothing())
      .returning('bill_id')
      .execute();
    for (const r of rows) inserted.add(r.bill_id);
  }
  const created = planned.filter((p) => inserted.has(p.billId));
  if (created.length === 0) return { created: 0, existing: planned.length, totalFen: 0 };

  const lines = created.flatMap(({ bill, billId }) =>
    bill.lines.map((l, n) => ({
      project_id: projectId,
      bill_id: billId,
      line_no: n + 1,
      unit_id: bill.unitId,
      customer_id: bill.customerId,
      period,
      fee_code: l.feeCode,
      fee_item_id: l.feeItemId,
      source_key: l.sourceKey,
      description: l.description,
      quantity: l.quantity,
      amount_fen: l.amountFen,
      covers_to: l.coversTo,
    })),
  );
  for (const chunk of chunks(lines)) await trx.insertInto('bill_lines').values(chunk).execute();

  // Prepaid credit (HND-3: six months ahead) pays the new bill at once, as a pair of entries
  // that moves credit onto the bill without changing the payer's balance. A payer has one
  // bill per unit and month, so each credit is read once, before any is used.
  const credit = await unallocatedCredits(trx, projectId, [...new Set(created.map((c) => c.bill.unitId))]);
  const at = now.toISOString();
  const actorId = actorIdForHistory(actor);
  const entry = (
    e: Pick<
      LedgerEntriesTable,
      'kind' | 'amount_fen' | 'customer_id' | 'unit_id' | 'bill_id' | 'method' | 'note'
    >,
  ): LedgerEntriesTable => ({
    project_id: projectId,
    entry_id: newId(now.getTime()),
    book: 'fees',
    deposit_id: null,
    reversal_of: null,
    receipt_no: null,
    at,
    actor_id: actorId,
    ...e,
  });
  const entries: LedgerEntriesTable[] = [];
  let totalFen = 0;
  for (const { bill, total, billId } of created) {
    totalFen += total;
    const who = { customer_id: bill.customerId, unit_id: bill.unitId };
    entries.push(
      entry({ kind: 'bill', amount_fen: total, ...who, bill_id: billId, method: null, note: period }),
    );
    const use = Math.min(credit.get(`${bill.customerId}|${bill.unitId}`) ?? 0, total);
    if (use > 0) {
      entries.push(
        entry({
          kind: 'prepayment',
          amount_fen: use,
          ...who,
          bill_id: null,
          method: 'prepaid',
          note: `applied to ${period}`,
        }),
      );
      entries.push(
        entry({
          kind: 'payment',
          amount_fen: -use,
          ...who,
          bill_id: billId,
          method: 'prepaid',
          note: 'prepaid credit',
        }),
      );
    }
  }
  for (const chunk of chunks(entries)) await trx.insertInto('ledger_entries').values(chunk).execute();
  return { created: created.length, existing: planned.length - created.length, totalFen };
}

/** ledger.ts unallocatedCredit for every payer of the given units at once, keyed `customerId|unitId`. */
async function unallocatedCredits(
  trx: BTrx,
  projectId: string,
  unitIds: string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const ids of chunks(unitIds)) {
    const rows = await trx
      .selectFrom('ledger_entries')
      .select(['customer_id', 'unit_id'])
      .select(sumFen().as('s'))
      .where('project_id', '=', projectId)
      .where('unit_id', 'in', ids)
      .where('book', '=', 'fees')
      .where('bill_id', 'is', null)
      .groupBy(['customer_id', 'unit_id'])
      .execute();
    for (const r of rows) out.set(`${r.customer_id}|${r.unit_id}`, -Number(r.s ?? 0));
  }
  return out;
}

async function loadPlanInput(
  trx: BTrx,
  dialect: Dialect,
  projectId: string,
  buildingId: string,
  period: string,
  items: FeeItemDto[],
  periodEnd: string,
  timeZone: string,
): Promise<PlanInput> {
  const { first, last } = monthBounds(period);
  const units = await trx
    .selectFrom('units')
    .select(['unit_id', 'code', 'building_area_centi_m2', 'inner_area_centi_m2'])
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .orderBy('code')
    .execute();
  if (units.length === 0)
    return {
      period,
      buildingId,
      items,
      units: [],
      accounts: [],
      meters: [],
      readings: [],
      rentals: [],
      tickets: [],
      overtimeAc: [],
    };
  // The building's units as a subquery rather than a list of ids: no parameter limit, one plan.
  const buildingUnits = trx
    .selectFrom('units as bu')
    .select('bu.unit_id')
    .where('bu.project_id', '=', projectId)
    .where('bu.building_id', '=', buildingId);
  const accounts = await trx
    .selectFrom('billing_accounts')
    .select(['unit_id', 'customer_id', 'start_day', 'end_day'])
    .where('project_id', '=', projectId)
    .where('unit_id', 'in', buildingUnits)
    .where('start_day', '<=', last)
    .execute();
  const meters = await trx
    .selectFrom('meters')
    .select(['meter_id', 'code', 'kind', 'unit_id'])
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .orderBy('code')
    .execute();
  // Readings up to the month's end after the last one already billed for their meter: a
  // reading is out when a line of its meter already covers it (covers_to ≥ read_at), which
  // is the same as read_at > max(covers_to) of the meter's lines.
  const readings = meters.length
    ? await trx
        .selectFrom('meter_readings as r')
        .innerJoin('meters as m', (j) =>
          j.onRef('m.project_id', '=', 'r.project_id').onRef('m.meter_id', '=', 'r.meter_id'),
        )
        .select(['r.meter_id', 'r.read_day', 'r.read_at', 'r.consumption_centi'])
        .where('m.project_id', '=', projectId)
        .where('m.building_id', '=', buildingId)
        .where('r.read_day', '<=', last)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('bill_lines as l')
                .select('l.line_no')
                .whereRef('l.project_id', '=', 'r.project_id')
                .where(sql<boolean>`l.source_key = cast(r.meter_id as text)`)
                .whereRef('l.covers_to', '>=', 'r.read_at'),
            ),
          ),
        )
        .execute()
    : [];
  // Oldest first (the plan groups them by meter); sorted here, as an ORDER BY would lead the
  // planner to walk the whole project's readings in index order instead of the building's meters.
  readings.sort((a, b) => (a.read_at < b.read_at ? -1 : a.read_at > b.read_at ? 1 : 0));
  const rentals = await trx
    .selectFrom('parking_rentals')
    .select(['rental_id', 'unit_id', 'customer_id', 'start_day', 'end_day', 'fee_code', 'plate'])
    .where('project_id', '=', projectId)
    .where('unit_id', 'in', buildingUnits)
    .where('start_day', '<=', last)
    .where('end_day', '>=', first)
    .execute();
  // REP-7/FEE-4: paid work completed by the month's end and on no bill yet.
  const tickets = await trx
    .selectFrom('tickets as t')
    .select([
      't.ticket_id',
      't.unit_id',
      't.number',
      't.kind',
      't.description',
      't.price_fen',
      't.completed_at',
    ])
    .where('t.project_id', '=', projectId)
    .where('t.unit_id', 'in', buildingUnits)
    .where('t.charge', '=', 'paid')
    .where('t.price_fen', '>', 0)
    .where('t.state', '!=', 'cancelled')
    .where('t.completed_at', 'is not', null)
    .where('t.completed_at', '<', periodEnd)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('bill_lines as l')
            .select('l.line_no')
            .whereRef('l.project_id', '=', 't.project_id')
            .where(sql<boolean>`l.source_key = cast(t.ticket_id as text)`)
            .where('l.fee_code', 'in', ['REPAIR', 'SERVICE']),
        ),
      ),
    )
    .execute();
  // BKG-2: overtime air-conditioning used by the month's end, not cancelled and on no bill yet.
  // FOR SHARE (PostgreSQL) makes a cancellation wait for this run, and then see the line it wrote.
  let oq = trx
    .selectFrom('overtime_ac_uses as o')
    .innerJoin('fee_items as f', (j) =>
      j.onRef('f.project_id', '=', 'o.project_id').onRef('f.fee_item_id', '=', 'o.fee_item_id'),
    )
    .select([
      'o.use_id',
      'o.unit_id',
      'o.customer_id',
      'o.fee_code',
      'o.fee_item_id',
      'f.name',
      'o.starts_at',
      'o.ends_at',
      'o.use_day',
      'o.hours',
      'o.rate_fen',
      'o.amount_fen',
    ])
    .where('o.project_id', '=', projectId)
    .where('o.unit_id', 'in', buildingUnits)
    .where('o.use_day', '<=', last)
    .where('o.cancelled_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('bill_lines as l')
            .select('l.line_no')
            .whereRef('l.project_id', '=', 'o.project_id')
            .where(sql<boolean>`l.source_key = cast(o.use_id as text)`)
            .whereRef('l.fee_code', '=', 'o.fee_code'),
        ),
      ),
    )
    .orderBy('o.starts_at')
    .orderBy('o.use_id');
  if (dialect === 'postgres') oq = oq.forShare('o');
  const overtime = await oq.execute();
  // '2026-11-20 19:00–21:10' in the project's zone; the end's day is shown when it differs.
  const when = (u: { use_day: string; starts_at: string; ends_at: string }) => {
    const end = new Date(u.ends_at);
    const endDay = localDay(end, timeZone);
    return `${String(u.use_day)} ${localTime(new Date(u.starts_at), timeZone)}–${endDay === String(u.use_day) ? '' : `${endDay} `}${localTime(end, timeZone)}`;
  };
  return {
    period,
    buildingId,
    items,
    units: units.map((u) => ({
      unitId: u.unit_id,
      code: u.code,
      buildingAreaCenti: Number(u.building_area_centi_m2),
      innerAreaCenti: Number(u.inner_area_centi_m2),
    })),
    accounts: accounts.map((a) => ({
      unitId: a.unit_id,
      customerId: a.customer_id,
      startDay: String(a.start_day),
      endDay: a.end_day === null ? null : String(a.end_day),
    })),
    meters: meters.map((m) => ({ meterId: m.meter_id, code: m.code, kind: m.kind, unitId: m.unit_id })),
    readings: readings.map((r) => ({
      meterId: r.meter_id,
      readDay: String(r.read_day),
      readAt: r.read_at,
      consumptionCenti: Number(r.consumption_centi),
    })),
    rentals: rentals.map((r) => ({
      rentalId: r.rental_id,
      unitId: r.unit_id,
      customerId: r.customer_id,
      startDay: String(r.start_day),
      endDay: String(r.end_day),
      feeCode: r.fee_code,
      plate: r.plate,
    })),
    tickets: tickets.map((t) => ({
      ticketId: t.ticket_id,
      unitId: t.unit_id!,
      number: t.number,
      kind: t.kind,
      description: t.description,
      priceFen: Number(t.price_fen),
      completedDay: localDay(new Date(t.completed_at!), timeZone),
    })),
    overtimeAc: overtime.map((u) => ({
      useId: u.use_id,
      unitId: u.unit_id,
      customerId: u.customer_id,
      feeCode: u.fee_code,
      feeItemId: u.fee_item_id,
      name: u.name,
      when: when(u),
      hours: Number(u.hours),
      rateFen: Number(u.rate_fen),
      amountFen: Number(u.amount_fen),
    })),
  };
}
