/**
 * The demo month's finished move-out (MVO-1..7): the campus company whose lease ran out
 * during the weeks (1-808 in the small demo) gives notice ten days before, the unit is
 * inspected with its meter read and signed, the company settles every open bill with the
 * cashier (nothing may be owed, MVO-4), the move is cleared and the departments told, the
 * keys and access cards come back, and the unit is recorded vacant (空置).
 */
import { addDays, instantAt } from '../platform/calendar/index.ts';
import { billingDb } from '../modules/billing/tables.ts';
import { recordPayment } from '../modules/billing/record-payment.ts';
import { outstandingFen } from './month-money.ts';
import { openMoveOut } from '../modules/occupancy/move-out/open-move-out.ts';
import { recordInspection } from '../modules/occupancy/move-out/record-inspection.ts';
import { clearMoveOut } from '../modules/occupancy/move-out/clear-move-out.ts';
import { returnKeys } from '../modules/occupancy/move-out/return-keys.ts';
import { completeMoveOut } from '../modules/occupancy/move-out/complete-move-out.ts';
import type { Actors } from './demo-actors.ts';
import type { Timeline } from './timeline.ts';

const PNG_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const signed = (signerName: string) => ({ signerName, method: 'pad' as const, image: PNG_URL });

/** Schedules the move-out of the tenant of `unitCode` whose lease ends before `lastDay`; false if none does. */
export async function scheduleMoveOut(
  tl: Timeline,
  as: Actors,
  projectId: string,
  unitCode: string,
  timeZone: string,
  lastDay: string,
): Promise<boolean> {
  const db = tl.deps.db.k;
  const lease = await db
    .selectFrom('customer_units as cu')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .select(['cu.customer_id', 'cu.unit_id', 'cu.lease_end', 'c.name'])
    .where('cu.project_id', '=', projectId)
    .where('u.code', '=', unitCode)
    .where('cu.relation', '=', 'tenant')
    .executeTakeFirst();
  const moveDay = lease?.lease_end ? String(lease.lease_end) : null;
  if (!lease || !moveDay || moveDay > addDays(lastDay, -2)) return false;
  const at = (day: string, time: string) => instantAt(day, time, timeZone);
  const contact = { name: '钱宏', phone: '13601030004' };
  const clerk = as('clerk');
  let moveOutId = '';
  tl.at(at(addDays(moveDay, -10), '10:20'), async () => {
    const m = await openMoveOut(tl.deps, clerk, projectId, {
      unitId: lease.unit_id,
      customerId: lease.customer_id,
      moveDay,
      contactName: contact.name,
      contactPhone: contact.phone,
      forwardingAddress: '北京市朝阳区建国路 88 号 SOHO 现代城 A 座 1203',
      keepIntactReminded: true,
    });
    moveOutId = m.moveOutId;
  });
  tl.at(at(addDays(moveDay, -2), '14:00'), async () => {
    const b = billingDb(db);
    const meters = await b
      .selectFrom('meters')
      .select('meter_id')
      .where('project_id', '=', projectId)
      .where('unit_id', '=', lease.unit_id)
      .execute();
    const readings = [];
    for (const m of meters) {
      const last = await b
        .selectFrom('meter_readings')
        .select('value_centi')
        .where('project_id', '=', projectId)
        .where('meter_id', '=', m.meter_id)
        .orderBy('read_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      readings.push({ meterId: m.meter_id, valueCenti: Number(last?.value_centi ?? 0) + 95_000 });
    }
    await recordInspection(tl.deps, clerk, projectId, moveOutId, {
      fixtures: [
        { name: '空调', quantity: 4, condition: 'good' },
        { name: '门锁', quantity: 2, condition: 'good' },
        { name: '灯具', quantity: 24, condition: 'good' },
      ],
      readings,
      engineerName: '刘强',
      restorationRequired: false,
      restorationNote: '',
      tenantSignature: signed(contact.name),
    });
  });
  tl.at(at(addDays(moveDay, -1), '10:00'), async () => {
    // MVO-4: the company settles what it owes at the cashier before the move is cleared.
    const b = billingDb(db);
    const bills = await b
      .selectFrom('bills')
      .select('bill_id')
      .where('project_id', '=', projectId)
      .where('customer_id', '=', lease.customer_id)
      .orderBy('period')
      .execute();
    for (const bill of bills) {
      const fen = await outstandingFen({ tl, projectId }, bill.bill_id);
      if (fen > 0)
        await recordPayment(tl.deps, as('cashier'), projectId, {
          billId: bill.bill_id,
          customerId: lease.customer_id,
          amountFen: fen,
          method: 'transfer',
          receiptNo: `MO-${unitCode}-${bill.bill_id.slice(-6)}`,
        });
    }
    await clearMoveOut(tl.deps, clerk, projectId, moveOutId, {
      elevatorFrom: at(moveDay, '09:00').toISOString(),
      elevatorTo: at(moveDay, '12:00').toISOString(),
    });
  });
  tl.at(at(moveDay, '13:30'), async () => {
    await returnKeys(tl.deps, clerk, projectId, moveOutId, {
      keys: 4,
      accessCards: 6,
      documents: '员工出入证 6 张',
      note: '',
      tenantSignature: signed(contact.name),
    });
    await completeMoveOut(tl.deps, clerk, projectId, moveOutId, { unitStatus: 'vacant' });
  });
  return true;
}
