/**
 * BKG-2 overtime air-conditioning (加时空调), the charge only: the hours a unit used outside
 * the building's schedule are recorded after the fact and land on the payer's bill of that
 * month, like a paid repair (FEE-4/REP-7). Applying, approving and scheduling with
 * engineering are the bookings workflow, not this file.
 *
 * - The charge is fixed when recorded: started hours × the `hourly` fee item's price in
 *   effect on the use's local day (rules.ts overtimeAcCharge), for the unit's payer on that
 *   day (billing_accounts). The bill run bills each use once (bill-plan.ts, source_key =
 *   use id); a use recorded after its month was billed lands on the next bill.
 * - A use is never edited. One entered by mistake is cancelled with a reason, once, and only
 *   while it is on no bill; after that the correction is a deduction on the bill (ledger).
 */
import { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling } from './access.ts';
import { itemsInEffect } from './fee-items.ts';
import { requireUnit } from './lookups.ts';
import { isMonth, monthBounds, OVERTIME_AC_MAX_HOURS, overtimeAcCharge } from './rules.ts';
import { billingDb, type BDbOrTrx, type OvertimeAcUsesTable } from './tables.ts';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { OvertimeAcQuery, type OvertimeAcDto, type OvertimeAcListItem } from './overtime-ac.contract.ts';

export type { OvertimeAcDto, OvertimeAcListItem };

/** The fee item charged when none is named: kind `hourly`, amountFen = price per started hour. */
export const DEFAULT_OVERTIME_AC_CODE = 'AC_OT';
const HOUR_MS = 3_600_000;

export const RecordOvertimeAcBody = z
  .strictObject({
    unitId: z.uuid(),
    startsAt: instantField(DATE_WINDOWS.event).openapi({ example: '2026-11-20T19:00:00+08:00' }),
    endsAt: instantField(DATE_WINDOWS.event).openapi({ example: '2026-11-20T21:10:00+08:00' }),
    feeCode: z
      .string()
      .regex(/^[A-Z0-9_]{1,20}$/)
      .optional()
      .openapi({ description: `an \`hourly\` fee item; ${DEFAULT_OVERTIME_AC_CODE} when left out` }),
    note: z.string().trim().max(200).optional(),
  })
  .openapi('RecordOvertimeAc');
export type RecordOvertimeAc = z.infer<typeof RecordOvertimeAcBody>;

function toDto(r: OvertimeAcUsesTable): OvertimeAcDto {
  return {
    useId: r.use_id,
    unitId: r.unit_id,
    customerId: r.customer_id,
    feeCode: r.fee_code,
    feeItemId: r.fee_item_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    useDay: String(r.use_day),
    hours: Number(r.hours),
    rateFen: Number(r.rate_fen),
    amountFen: Number(r.amount_fen),
    note: r.note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
  };
}

/** The bill line a use is on, if any. */
async function billedLine(db: BDbOrTrx, projectId: string, use: { use_id: string; fee_code: string }) {
  return db
    .selectFrom('bill_lines')
    .select(['bill_id', 'period'])
    .where('project_id', '=', projectId)
    .where('source_key', '=', use.use_id)
    .where('fee_code', '=', use.fee_code)
    .executeTakeFirst();
}

/**
 * Records a finished overtime air-conditioning use and its charge.
 * @example await recordOvertimeAc(deps, actor, projectId, { unitId, startsAt: '2026-11-20T19:00:00+08:00', endsAt: '2026-11-20T21:10:00+08:00' }) // 3 started hours
 */
export async function recordOvertimeAc(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: RecordOvertimeAc,
): Promise<OvertimeAcDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const start = new Date(input.startsAt);
  const end = new Date(input.endsAt);
  if (Number.isNaN(start.getTime()))
    throw new AppError('VALIDATION', { fields: [{ path: 'startsAt', key: 'field.format' }] });
  if (Number.isNaN(end.getTime()))
    throw new AppError('VALIDATION', { fields: [{ path: 'endsAt', key: 'field.format' }] });
  if (end.getTime() <= start.getTime())
    throw new AppError('VALIDATION', {
      fields: [{ path: 'endsAt', key: 'overtime_ac.end_not_after_start' }],
    });
  if (end.getTime() - start.getTime() > OVERTIME_AC_MAX_HOURS * HOUR_MS) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'endsAt', key: 'overtime_ac.too_long', params: { hours: OVERTIME_AC_MAX_HOURS } }],
    });
  }
  const now = deps.clock.now();
  // Charged by the hours actually used: only a use that is over can be recorded.
  if (end.getTime() > now.getTime())
    throw new AppError('UNPROCESSABLE', {
      key: 'overtime_ac.future',
      fields: [{ path: 'endsAt', key: 'overtime_ac.future' }],
    });
  const feeCode = input.feeCode ?? DEFAULT_OVERTIME_AC_CODE;
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const unit = await requireUnit(trx, projectId, input.unitId);
      const day = (await projectClock(trx, projectId)).dayOf(start);
      // billing_accounts never overlap for a unit (accounts.ts), so at most one payer a day.
      const payer = await trx
        .selectFrom('billing_accounts')
        .select('customer_id')
        .where('project_id', '=', projectId)
        .where('unit_id', '=', input.unitId)
        .where('start_day', '<=', day)
        .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', day)]))
        .executeTakeFirst();
      if (!payer)
        throw new AppError('UNPROCESSABLE', {
          key: 'overtime_ac.no_payer',
          params: { day },
          fields: [{ path: 'unitId', key: 'overtime_ac.no_payer', params: { day } }],
        });
      const item = (await itemsInEffect(trx, projectId, day)).find(
        (i) =>
          i.code === feeCode &&
          i.kind === 'hourly' &&
          (i.buildingId === null || i.buildingId === unit.building_id),
      );
      if (!item || !item.amountFen) {
        throw new AppError('UNPROCESSABLE', {
          key: 'overtime_ac.no_price',
          params: { code: feeCode, day },
          fields: [{ path: 'feeCode', key: 'overtime_ac.no_price', params: { code: feeCode, day } }],
        });
      }
      const charge = overtimeAcCharge(start.getTime(), end.getTime(), item.amountFen);
      const row: OvertimeAcUsesTable = {
        project_id: projectId,
        use_id: newId(now.getTime()),
        unit_id: input.unitId,
        customer_id: payer.customer_id,
        fee_item_id: item.feeItemId,
        fee_code: item.code,
        starts_at: start.toISOString(),
        ends_at: end.toISOString(),
        use_day: day,
        hours: charge.hours,
        rate_fen: item.amountFen,
        amount_fen: charge.amountFen,
        note: input.note ?? '',
        recorded_at: now.toISOString(),
        recorded_by: actor.userId || null,
        cancelled_at: null,
        cancelled_by: null,
        cancel_reason: null,
      };
      await trx.insertInto('overtime_ac_uses').values(row).execute();
      const dto = toDto(row);
      await recordHistory(trx, {
        projectId,
        entityType: 'overtime_ac_use',
        entityId: row.use_id,
        action: 'recorded',
        actor,
        at: now,
        after: dto,
      });
      return dto;
    });
}

/** The uses of a month (by local day of their start), oldest first, with the bill each is on. */
export async function listOvertimeAc(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { period: string; unitId?: string },
): Promise<OvertimeAcListItem[]> {
  requireBilling(actor, 'billing.read', projectId);
  if (!isMonth(q.period))
    throw new AppError('VALIDATION', { fields: [{ path: 'period', key: 'field.format' }] });
  const { first, last } = monthBounds(q.period);
  let lq = billingDb(deps.db.k)
    .selectFrom('overtime_ac_uses as o')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'o.project_id').onRef('u.unit_id', '=', 'o.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'o.project_id').onRef('c.customer_id', '=', 'o.customer_id'),
    )
    .leftJoin('bill_lines as l', (j) =>
      j
        .onRef('l.project_id', '=', 'o.project_id')
        .on(sql<boolean>`l.source_key = cast(o.use_id as text)`)
        .onRef('l.fee_code', '=', 'o.fee_code'),
    )
    .selectAll('o')
    .select(['u.code as unit_code', 'c.name as customer_name', 'l.bill_id', 'l.period as bill_period'])
    .where('o.project_id', '=', projectId)
    .where('o.use_day', '>=', first)
    .where('o.use_day', '<=', last);
  if (q.unitId) lq = lq.where('o.unit_id', '=', q.unitId);
  const rows = await lq.orderBy('o.starts_at').orderBy('o.use_id').limit(5000).execute();
  return rows.map((r) => ({
    ...toDto(r),
    unitCode: r.unit_code,
    customerName: r.customer_name,
    billId: r.bill_id ?? null,
    billPeriod: r.bill_period ?? null,
  }));
}

/**
 * Cancels a use recorded by mistake, with the reason: once, and only while it is on no
 * bill. On PostgreSQL the row lock waits for a bill run that is reading the use (it reads
 * with FOR SHARE), so a use is never both billed and cancelled.
 */
export async function cancelOvertimeAc(
  deps: Deps,
  actor: Actor,
  projectId: string,
  useId: string,
  reason: string,
): Promise<OvertimeAcDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const why = reason.trim();
  if (!why) throw new AppError('VALIDATION', { fields: [{ path: 'reason', key: 'field.required' }] });
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      let uq = trx
        .selectFrom('overtime_ac_uses')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('use_id', '=', useId);
      if (deps.db.dialect === 'postgres') uq = uq.forUpdate();
      const use = await uq.executeTakeFirst();
      if (!use) throw new AppError('NOT_FOUND', { params: { what: 'what.overtime_ac' } });
      if (use.cancelled_at !== null) throw new AppError('CONFLICT', { key: 'overtime_ac.already_cancelled' });
      const billed = await billedLine(trx, projectId, use);
      if (billed)
        throw new AppError('CONFLICT', { key: 'overtime_ac.billed', params: { period: billed.period } });
      const cancelled = {
        cancelled_at: now.toISOString(),
        cancelled_by: actor.userId || null,
        cancel_reason: why,
      };
      await trx
        .updateTable('overtime_ac_uses')
        .set(cancelled)
        .where('project_id', '=', projectId)
        .where('use_id', '=', useId)
        .where('cancelled_at', 'is', null)
        .execute();
      await recordHistory(trx, {
        projectId,
        entityType: 'overtime_ac_use',
        entityId: useId,
        action: 'cancelled',
        actor,
        at: now,
        before: { cancelledAt: null },
        after: { cancelledAt: cancelled.cancelled_at, reason: why },
      });
      return toDto({ ...use, ...cancelled });
    });
}
