/**
 * Prepaid electricity (FEE-5): each prepaid meter has a balance that is the sum of its
 * top-ups (+) and the usage reported from the meter (−), kept in its own append-only
 * table because it is the customer's money on the meter, not a fee owed. When the balance
 * falls below the meter's threshold, a low-balance notice is recorded once (again only
 * after a new top-up) and the CS desk is told so the owner is informed.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { fenToYuan } from '../../platform/print/format.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { requireBilling } from './access.ts';
import { requirePositiveFen, sumFen } from './ledger.ts';
import { requirePayerOfUnit } from './lookups.ts';
import { billingDb, type BTrx } from './tables.ts';
import {
  CreatePrepaidMeterBody,
  PrepaidEntryBody,
  type LowBalanceNotice,
  type PrepaidMeterRow,
  type PrepaidStatus,
} from './prepaid.contract.ts';

export type { LowBalanceNotice, PrepaidMeterRow, PrepaidStatus };

export async function createPrepaidMeter(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreatePrepaidMeterBody>,
): Promise<PrepaidStatus> {
  requireBilling(actor, 'billing.collect', projectId);
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requirePayerOfUnit(trx, projectId, input.customerId, input.unitId);
      const id = newId(now.getTime());
      await trx
        .insertInto('prepaid_meters')
        .values({
          project_id: projectId,
          prepaid_meter_id: id,
          meter_no: input.meterNo,
          unit_id: input.unitId,
          customer_id: input.customerId,
          threshold_fen: input.thresholdFen,
          created_at: now.toISOString(),
        })
        .execute();
      return {
        prepaidMeterId: id,
        meterNo: input.meterNo,
        balanceFen: 0,
        thresholdFen: input.thresholdFen,
        low: false,
        noticeCreated: false,
      };
    });
}

export async function recordPrepaidEntry(
  deps: Deps,
  actor: Actor,
  projectId: string,
  prepaidMeterId: string,
  input: z.infer<typeof PrepaidEntryBody>,
): Promise<PrepaidStatus> {
  requireBilling(actor, 'billing.collect', projectId);
  requirePositiveFen(input.amountFen);
  if (input.kind === 'top_up' && (!input.method || !input.receiptNo)) {
    throw new AppError('VALIDATION', {
      fields: [
        ...(input.method ? [] : [{ path: 'method', key: 'field.required' }]),
        ...(input.receiptNo ? [] : [{ path: 'receiptNo', key: 'field.required' }]),
      ],
    });
  }
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      let q = trx
        .selectFrom('prepaid_meters')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('prepaid_meter_id', '=', prepaidMeterId);
      if (deps.db.dialect === 'postgres') q = q.forUpdate();
      const meter = await q.executeTakeFirst();
      if (!meter) throw new AppError('NOT_FOUND', { params: { what: 'what.prepaid_meter' } });
      const sign = input.kind === 'top_up' ? 1 : -1;
      await trx
        .insertInto('prepaid_entries')
        .values({
          project_id: projectId,
          entry_id: newId(now.getTime()),
          prepaid_meter_id: prepaidMeterId,
          kind: input.kind,
          amount_fen: sign * input.amountFen,
          receipt_no: input.receiptNo ?? null,
          method: input.method ?? null,
          at: now.toISOString(),
          actor_id: actor.userId || null,
        })
        .execute();
      return checkLowBalance(trx, projectId, meter, now);
    });
}

/** Low means strictly below the threshold: a balance exactly at it is still enough. */
export function isLow(balanceFen: number, thresholdFen: number): boolean {
  return balanceFen < thresholdFen;
}

async function checkLowBalance(
  trx: BTrx,
  projectId: string,
  meter: {
    prepaid_meter_id: string;
    meter_no: string;
    customer_id: string;
    unit_id: string;
    threshold_fen: number;
  },
  now: Date,
): Promise<PrepaidStatus> {
  const id = meter.prepaid_meter_id;
  const balance = Number(
    (
      await trx
        .selectFrom('prepaid_entries')
        .select(sumFen().as('s'))
        .where('project_id', '=', projectId)
        .where('prepaid_meter_id', '=', id)
        .executeTakeFirst()
    )?.s ?? 0,
  );
  const threshold = Number(meter.threshold_fen);
  const low = isLow(balance, threshold);
  let noticeCreated = false;
  if (low) {
    const lastTopUp = await trx
      .selectFrom('prepaid_entries')
      .select((eb) => eb.fn.max('at').as('at'))
      .where('project_id', '=', projectId)
      .where('prepaid_meter_id', '=', id)
      .where('kind', '=', 'top_up')
      .executeTakeFirst();
    let nq = trx
      .selectFrom('low_balance_notices')
      .select('notice_id')
      .where('project_id', '=', projectId)
      .where('prepaid_meter_id', '=', id);
    if (lastTopUp?.at) nq = nq.where('created_at', '>=', String(lastTopUp.at));
    // One notice per low spell: a new one only after the owner has topped up since the last.
    if (!(await nq.executeTakeFirst())) {
      await trx
        .insertInto('low_balance_notices')
        .values({
          project_id: projectId,
          notice_id: newId(now.getTime()),
          prepaid_meter_id: id,
          customer_id: meter.customer_id,
          balance_fen: balance,
          threshold_fen: threshold,
          created_at: now.toISOString(),
        })
        .execute();
      await notifyRoles(trx, {
        projectId,
        roles: ['cs_clerk', 'cashier'],
        kind: 'fee.low_balance',
        ticketId: null,
        params: { meterNo: meter.meter_no, balance: fenToYuan(balance) },
        at: now,
      });
      noticeCreated = true;
    }
  }
  return {
    prepaidMeterId: id,
    meterNo: meter.meter_no,
    balanceFen: balance,
    thresholdFen: threshold,
    low,
    noticeCreated,
  };
}

export async function listLowBalanceNotices(
  deps: Deps,
  actor: Actor,
  projectId: string,
): Promise<LowBalanceNotice[]> {
  requireBilling(actor, 'billing.read', projectId);
  const rows = await billingDb(deps.db.k)
    .selectFrom('low_balance_notices as n')
    .innerJoin('prepaid_meters as m', (j) =>
      j.onRef('m.project_id', '=', 'n.project_id').onRef('m.prepaid_meter_id', '=', 'n.prepaid_meter_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'n.project_id').onRef('c.customer_id', '=', 'n.customer_id'),
    )
    .select([
      'n.notice_id',
      'm.meter_no',
      'n.customer_id',
      'c.name as customer_name',
      'm.unit_id',
      'u.code as unit_code',
      'n.balance_fen',
      'n.threshold_fen',
      'n.created_at',
    ])
    .where('n.project_id', '=', projectId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.notice_id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    noticeId: r.notice_id,
    meterNo: r.meter_no,
    customerId: r.customer_id,
    customerName: r.customer_name,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    balanceFen: Number(r.balance_fen),
    thresholdFen: Number(r.threshold_fen),
    createdAt: r.created_at,
  }));
}

/** FEE-5: every prepaid meter with its balance now, by unit then meter number (the order the desk looks them up). */
export async function listPrepaidMeters(
  deps: Deps,
  actor: Actor,
  projectId: string,
): Promise<PrepaidMeterRow[]> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  // One grouped sum for all meters instead of a query per meter.
  const balances = db
    .selectFrom('prepaid_entries')
    .select(['prepaid_meter_id', sumFen().as('balance')])
    .where('project_id', '=', projectId)
    .groupBy('prepaid_meter_id')
    .as('b');
  const rows = await db
    .selectFrom('prepaid_meters as m')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'm.project_id').onRef('c.customer_id', '=', 'm.customer_id'),
    )
    .leftJoin(balances, (j) => j.onRef('b.prepaid_meter_id', '=', 'm.prepaid_meter_id'))
    .select([
      'm.prepaid_meter_id',
      'm.meter_no',
      'm.unit_id',
      'u.code as unit_code',
      'm.customer_id',
      'c.name as customer_name',
      'm.threshold_fen',
      'b.balance',
    ])
    .where('m.project_id', '=', projectId)
    .orderBy('u.code')
    .orderBy('m.meter_no')
    .execute();
  return rows.map((r) => {
    const balanceFen = Number(r.balance ?? 0);
    const thresholdFen = Number(r.threshold_fen);
    return {
      prepaidMeterId: r.prepaid_meter_id,
      meterNo: r.meter_no,
      unitId: r.unit_id,
      unitCode: r.unit_code,
      customerId: r.customer_id,
      customerName: r.customer_name,
      balanceFen,
      thresholdFen,
      low: isLow(balanceFen, thresholdFen),
    };
  });
}
