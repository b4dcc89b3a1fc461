/**
 * FEE-6/ORG-2 through the HTTP API on both databases: reversals and deductions need a second
 * person. The cashier only asks; a CS manager or project manager who neither asked nor
 * recorded the original entry approves (booked once, checked again) or rejects with a reason.
 * A pending request changes no balance and holds nothing. On the campus, whose October bills
 * the cashier runs first (the demo's payers since September).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';
import { owedAsOf } from './index.ts';
import { billingDb } from './tables.ts';

createTestApp('billing adjustments', (ctx) => {
  let cashier: Client;
  let csmanager: Client;
  let pm: Client;
  let admin: Client;
  let P = '';
  let url = '';
  const bills: Record<string, { billId: string; customerId: string; unitId: string; totalFen: number }> = {};
  let receipt = 0;
  const db = () => billingDb(ctx().deps.db.k);
  const entries = async () =>
    Number(
      (
        await db()
          .selectFrom('ledger_entries')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const outstanding = async (unit: string) =>
    (await cashier.get(`${url}/bills/${bills[unit]!.billId}`)).body.outstandingFen as number;
  const state = async (adjustmentId: string) =>
    (
      await db()
        .selectFrom('ledger_adjustments')
        .select('state')
        .where('project_id', '=', P)
        .where('adjustment_id', '=', adjustmentId)
        .executeTakeFirstOrThrow()
    ).state;
  const pay = (unit: string, amountFen: number, by = cashier) =>
    by.post(`${url}/payments`, {
      billId: bills[unit]!.billId,
      customerId: bills[unit]!.customerId,
      amountFen,
      method: 'cash',
      receiptNo: `ADJ-${++receipt}`,
    });
  const bell = async (username: string, kind: string) =>
    ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select(['n.params_json'])
      .where('n.project_id', '=', P)
      .where('u.username', '=', username)
      .where('n.kind', '=', kind)
      .execute();

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/billing`;
    cashier = await ctx().login('cashier');
    csmanager = await ctx().login('csmanager');
    pm = await ctx().login('pm');
    admin = await ctx().login('admin');
    assert.equal((await cashier.post(`${url}/bill-runs`, { period: '2026-10' })).status, 200);
    for (const b of (await cashier.get(`${url}/bills?period=2026-10`)).body.rows) bills[b.unitCode] = b;
    assert.deepEqual(Object.keys(bills).sort(), ['1-1203', '1-1501', '1-405', '1-602', '1-808']);
  });

  test('FEE-6/ORG-2: the cashier pays, "reverses" her own entry and "waives" the whole bill — each is only a request; balance, arrears and the bill are unchanged', async () => {
    const paid = await pay('1-405', 5_000);
    assert.equal(paid.status, 201);
    const before = {
      entries: await entries(),
      outstanding: await outstanding('1-405'),
      owed: await owedAsOf(ctx().deps.db.k, {
        projectId: P,
        unitId: bills['1-405']!.unitId,
        asOf: ctx().clock.now(),
      }),
    };

    const reversal = await cashier.post(`${url}/entries/${paid.body.entry.entryId}/reverse`, {
      reason: '金额录错',
    });
    assert.equal(reversal.status, 201);
    assert.deepEqual(
      [
        reversal.body.kind,
        reversal.body.state,
        reversal.body.amountFen,
        reversal.body.requestedBy.name,
        reversal.body.reason,
        reversal.body.resultEntryId,
      ],
      ['reversal', 'pending', 5_000, '周敏（收费员）', '金额录错', null],
    );
    const waiver = await cashier.post(`${url}/deductions`, {
      billId: bills['1-405']!.billId,
      amountFen: before.outstanding,
      reason: '客户要求减免',
    });
    assert.equal(waiver.status, 201);
    assert.deepEqual(
      [waiver.body.kind, waiver.body.state, waiver.body.amountFen],
      ['deduction', 'pending', -before.outstanding],
    );

    assert.equal(await entries(), before.entries, 'no ledger entry is written by a request');
    assert.equal(await outstanding('1-405'), before.outstanding);
    assert.deepEqual(
      await owedAsOf(ctx().deps.db.k, {
        projectId: P,
        unitId: bills['1-405']!.unitId,
        asOf: ctx().clock.now(),
      }),
      before.owed,
    );
    // The requests are on the ledger views: the bill and the customer's statement, with who asked, when and why.
    const bill = (await cashier.get(`${url}/bills/${bills['1-405']!.billId}`)).body;
    assert.deepEqual(bill.adjustments.map((a: { kind: string; state: string }) => [a.kind, a.state]).sort(), [
      ['deduction', 'pending'],
      ['reversal', 'pending'],
    ]);
    const statement = (await cashier.get(`${url}/statement?customerId=${bills['1-405']!.customerId}`)).body;
    assert.equal(statement.adjustments.length, 2);
    assert.ok(
      statement.adjustments.every(
        (a: { requestedAt: string; requestedBy: { name: string } }) =>
          a.requestedAt === ctx().clock.now().toISOString() && a.requestedBy.name === '周敏（收费员）',
      ),
    );
    // The bill stays payable in full while a waiver of all of it waits.
    const rest = await pay('1-405', before.outstanding);
    assert.equal(rest.status, 201);
    assert.equal(rest.body.outstandingFen, 0);
  });

  test('FEE-6/ORG-2: the approvers are told at once — not the cashier who asked', async () => {
    const asked = await bell('csmanager', 'fee.adjustment_requested');
    assert.equal(asked.length, 2);
    assert.deepEqual(JSON.parse(asked[0]!.params_json).unit, '1-405');
    assert.equal((await bell('pm', 'fee.adjustment_requested')).length, 2);
    assert.equal((await bell('cashier', 'fee.adjustment_requested')).length, 0);
    const list = (await csmanager.get(`${url}/adjustments?state=pending`)).body;
    assert.equal(list.length, 2);
  });

  test('FEE-6/ORG-2: a reversal needs a second person — the cashier cannot approve or reject, nothing is written', async () => {
    const [pending] = (await cashier.get(`${url}/adjustments?state=pending`)).body.filter(
      (a: { kind: string }) => a.kind === 'reversal',
    );
    const n = await entries();
    const history = await ctx()
      .deps.db.k.selectFrom('history')
      .select('entry_id')
      .where('project_id', '=', P)
      .where('entity_type', '=', 'ledger_adjustment')
      .execute();
    assert.equal((await cashier.post(`${url}/adjustments/${pending.adjustmentId}/approve`, {})).status, 403);
    assert.equal(
      (await cashier.post(`${url}/adjustments/${pending.adjustmentId}/reject`, { reason: '撤回' })).status,
      403,
    );
    assert.equal(await entries(), n);
    assert.equal(await state(pending.adjustmentId), 'pending');
    assert.equal(
      (
        await ctx()
          .deps.db.k.selectFrom('history')
          .select('entry_id')
          .where('project_id', '=', P)
          .where('entity_type', '=', 'ledger_adjustment')
          .execute()
      ).length,
      history.length,
    );
  });

  test('FEE-6/ORG-2: a manager cannot approve a request of his own, nor an adjustment of an entry he recorded; nothing is written', async () => {
    const own = await pm.post(`${url}/deductions`, {
      billId: bills['1-602']!.billId,
      amountFen: 100,
      reason: '抹零',
    });
    assert.equal(own.status, 201);
    const n = await entries();
    const refused = await pm.post(`${url}/adjustments/${own.body.adjustmentId}/approve`, {});
    assert.equal(refused.status, 403);
    assert.equal(
      refused.body.error.message,
      'You cannot approve something you asked for or that concerns you; another person with the authority must decide it',
    );
    assert.equal(
      (await pm.post(`${url}/adjustments/${own.body.adjustmentId}/reject`, { reason: 'x' })).status,
      403,
    );
    assert.equal(await state(own.body.adjustmentId), 'pending');
    assert.equal(
      (await bell('pm', 'fee.adjustment_requested')).length,
      2,
      'the requester is not asked to approve himself',
    );

    // The company admin takes a payment at the counter; the cashier asks to reverse it: the admin may not decide.
    const paid = await pay('1-808', 2_000, admin);
    assert.equal(paid.status, 201);
    const reversal = await cashier.post(`${url}/entries/${paid.body.entry.entryId}/reverse`, {
      reason: '重复收款',
    });
    const byRecorder = await admin.post(`${url}/adjustments/${reversal.body.adjustmentId}/approve`, {});
    assert.equal(byRecorder.status, 403);
    assert.equal(
      byRecorder.body.error.message,
      'You cannot approve something you asked for or that concerns you; another person with the authority must decide it',
    );
    assert.equal(await entries(), n + 1, "only the admin's payment was written");
    assert.equal(await state(reversal.body.adjustmentId), 'pending');
    assert.equal(
      (await cashier.post(`${url}/entries/${paid.body.entry.entryId}/reverse`, { reason: 'again' })).status,
      409,
      'one open request per entry',
    );
  });

  test('FEE-6/ORG-2: two approvals of one reversal at once book it once; a later approval is refused', async () => {
    const [pending] = (await cashier.get(`${url}/adjustments?state=pending`)).body.filter(
      (a: { kind: string; unitCode: string }) => a.kind === 'reversal' && a.unitCode === '1-808',
    );
    const before = await outstanding('1-808');
    const [a, b] = await Promise.all([
      csmanager.post(`${url}/adjustments/${pending.adjustmentId}/approve`, {}),
      pm.post(`${url}/adjustments/${pending.adjustmentId}/approve`, { note: '同意' }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const won = a.status === 200 ? a : b;
    assert.equal(won.body.state, 'approved');
    assert.ok(won.body.decidedBy.name);
    const reversals = await db()
      .selectFrom('ledger_entries')
      .selectAll()
      .where('project_id', '=', P)
      .where('reversal_of', '=', pending.entryId)
      .execute();
    assert.equal(reversals.length, 1);
    assert.equal(reversals[0]!.entry_id, won.body.resultEntryId);
    assert.equal(Number(reversals[0]!.amount_fen), 2_000);
    assert.equal(await outstanding('1-808'), before + 2_000);
    assert.equal(
      (await csmanager.post(`${url}/adjustments/${pending.adjustmentId}/approve`, {})).status,
      409,
    );
    assert.equal(
      (
        await db()
          .selectFrom('ledger_entries')
          .select('entry_id')
          .where('project_id', '=', P)
          .where('reversal_of', '=', pending.entryId)
          .execute()
      ).length,
      1,
    );
    const told = await bell('cashier', 'fee.adjustment_approved');
    assert.equal(told.length, 1, 'the cashier is told the outcome');
  });

  test('FEE-6/ORG-2: approval checks the bill again — the waiver of a bill paid meanwhile is refused and writes nothing; the manager rejects it with a reason', async () => {
    const [waiver] = (await csmanager.get(`${url}/adjustments?state=pending`)).body.filter(
      (a: { kind: string; unitCode: string }) => a.kind === 'deduction' && a.unitCode === '1-405',
    );
    const n = await entries();
    const closed = await csmanager.post(`${url}/adjustments/${waiver.adjustmentId}/approve`, {});
    assert.equal(closed.status, 409);
    assert.equal(closed.body.error.message, 'This bill is settled; nothing is left to deduct');
    assert.equal(await entries(), n);
    assert.equal(await state(waiver.adjustmentId), 'pending');
    const noReason = await csmanager.post(`${url}/adjustments/${waiver.adjustmentId}/reject`, {
      reason: '  ',
    });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.error.fields[0].path, 'reason');
    const rejected = await csmanager.post(`${url}/adjustments/${waiver.adjustmentId}/reject`, {
      reason: '账单已结清，无需减免',
    });
    assert.equal(rejected.status, 200);
    assert.deepEqual(
      [rejected.body.state, rejected.body.decisionNote, rejected.body.resultEntryId],
      ['rejected', '账单已结清，无需减免', null],
    );
    assert.equal(await entries(), n);
    const told = await bell('cashier', 'fee.adjustment_rejected');
    assert.equal(JSON.parse(told[0]!.params_json).note, '账单已结清，无需减免');
    assert.equal(
      (await csmanager.post(`${url}/adjustments/${waiver.adjustmentId}/approve`, {})).status,
      409,
      'a rejected request stays rejected',
    );
  });

  test('FEE-6/ORG-2: an approved deduction is booked by the approver and reduces the bill once, however often it is approved again', async () => {
    const total = await outstanding('1-1203');
    const asked = await cashier.post(`${url}/deductions`, {
      billId: bills['1-1203']!.billId,
      amountFen: 39,
      reason: '抹零',
    });
    assert.equal(asked.status, 201);
    assert.equal(await outstanding('1-1203'), total);
    const ok = await csmanager.post(`${url}/adjustments/${asked.body.adjustmentId}/approve`, {});
    assert.equal(ok.status, 200);
    assert.equal(await outstanding('1-1203'), total - 39);
    const again = await Promise.all([
      pm.post(`${url}/adjustments/${asked.body.adjustmentId}/approve`, {}),
      csmanager.post(`${url}/adjustments/${asked.body.adjustmentId}/approve`, {}),
    ]);
    assert.deepEqual(
      again.map((r) => r.status),
      [409, 409],
    );
    assert.equal(await outstanding('1-1203'), total - 39, 'booked once');
    const entry = await db()
      .selectFrom('ledger_entries as e')
      .innerJoin('users as u', 'u.user_id', 'e.actor_id')
      .select(['e.kind', 'e.amount_fen', 'u.username'])
      .where('e.project_id', '=', P)
      .where('e.entry_id', '=', ok.body.resultEntryId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([entry.kind, Number(entry.amount_fen), entry.username], ['deduction', -39, 'csmanager']);
    const bill = (await cashier.get(`${url}/bills/${bills['1-1203']!.billId}`)).body;
    assert.deepEqual(
      bill.adjustments.map((a: { state: string; decidedBy: { name: string } }) => [
        a.state,
        a.decidedBy.name,
      ]),
      [['approved', '张伟（客服经理）']],
    );
  });

  test("access: another project's manager cannot see or decide the campus requests", async () => {
    const [pending] = (await cashier.get(`${url}/adjustments?state=pending`)).body;
    const estatePm = await ctx().login('estate.pm');
    assert.equal((await estatePm.get(`${url}/adjustments`)).status, 404);
    assert.equal((await estatePm.post(`${url}/adjustments/${pending.adjustmentId}/approve`, {})).status, 404);
    assert.equal(await state(pending.adjustmentId), 'pending');
  });
});
