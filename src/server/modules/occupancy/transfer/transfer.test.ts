/**
 * Transfer of ownership through the API on both databases (TRF-1..2): nothing without the
 * new title certificate; the old owner settles up to the handover date with the meters
 * read; the new owner's archive and safety letter; six months paid ahead; completion moves
 * billing at the handover date, marks the old archive transferred and updates the roster.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  createTestCustomer,
  historyActions,
  nextReceipt,
  payAll,
  padSignature,
  unitIdOf,
} from '../../../../../tests/support/factory/index.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

createTestApp('transfer of ownership', (ctx) => {
  let clerk: Client;
  let cashier: Client;
  let P = '';
  let unit = '';
  let oldOwner = '';
  let newOwner = '';
  let meterId = '';
  let transferId = '';
  const t = (s = '') => `/api/projects/${P}/transfers${transferId ? `/${transferId}` : ''}${s}`;
  const upload = async () =>
    (
      await clerk.request('POST', `/api/projects/${P}/documents?title=certificate`, new Uint8Array(PNG), {
        'content-type': 'image/png',
      })
    ).body.documentId as string;

  before(async () => {
    P = ctx().projects.CAMPUS;
    clerk = await ctx().login('clerk');
    cashier = await ctx().login('cashier');
    const pm = await ctx().login('pm');
    clerk.lang = cashier.lang = 'zh-CN';
    unit = await unitIdOf(ctx(), P, '1-407');
    oldOwner = await createTestCustomer(ctx().deps, {
      projectId: P,
      kind: 'company',
      name: '金石投资有限公司',
      company: '金石投资有限公司',
      phone: '01065990001',
      unitId: unit,
      relation: 'owner',
    });
    // The owner pays for the unit from September; its meter was read at the end of October.
    assert.equal(
      (
        await cashier.post(`/api/projects/${P}/billing/accounts`, {
          unitId: unit,
          customerId: oldOwner,
          startDay: '2026-09-01',
        })
      ).status,
      201,
    );
    meterId = (
      await pm.post(`/api/projects/${P}/billing/meters`, {
        code: 'E-1-407',
        kind: 'electricity',
        unitId: unit,
      })
    ).body.meterId;
    assert.equal(
      (
        await cashier.post(`/api/projects/${P}/billing/meters/${meterId}/readings`, {
          readAt: '2026-10-31T10:00:00Z',
          valueCenti: 500_000,
        })
      ).status,
      201,
    );
    assert.equal(
      (await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: '2026-10' })).status,
      200,
    );
  });

  test("TRF-1: only the unit's owner can transfer it, one transfer at a time", async () => {
    const notOwner = await clerk.post(t(), {
      unitId: await unitIdOf(ctx(), P, '1-602'),
      oldOwnerId: oldOwner,
      handoverDay: '2026-11-25',
    });
    assert.equal(notOwner.status, 422);
    assert.equal(notOwner.body.error.fields[0].message, '该客户不是此单元的业主');
    const r = await clerk.post(t(), { unitId: unit, oldOwnerId: oldOwner, handoverDay: '2026-11-25' });
    assert.equal(r.status, 201);
    assert.equal(r.body.nextStep, 'certify');
    transferId = r.body.transferId;
    const again = await clerk.post(`/api/projects/${P}/transfers`, {
      unitId: unit,
      oldOwnerId: oldOwner,
      handoverDay: '2026-11-25',
    });
    assert.equal(again.status, 409);
  });

  test('TRF-1: a transfer without the new title certificate goes no further', async () => {
    const settle = await clerk.post(t('/settlement'), {
      readings: [{ meterId, valueCenti: 520_000 }],
      oldOwnerSignature: padSignature('金石'),
    });
    assert.equal(settle.status, 409);
    assert.equal(settle.body.error.message, '当前为“已登记”，不能执行“原业主结算”；下一步应为“新房屋产权证”');
    for (const [step, body] of [
      ['/prepayment-check', {}],
      ['/complete', {}],
    ] as const)
      assert.equal((await clerk.post(t(step), body)).status, 409, step);
    const noScan = await clerk.post(t('/certificate'), {
      certificateNo: '京(2026)朝阳区不动产权第0012345号',
    });
    assert.equal(noScan.status, 400);
    assert.ok(noScan.body.error.fields.some((f: { path: string }) => f.path === 'scanDocumentId'));
    const meter = (await cashier.get(`/api/projects/${P}/billing/meters/${meterId}`)).body;
    assert.equal(meter.lastReading.valueCenti, 500_000, 'the refused settlement read nothing');
    const ok = await clerk.post(t('/certificate'), {
      certificateNo: '京(2026)朝阳区不动产权第0012345号',
      scanDocumentId: await upload(),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.state, 'certified');
    assert.equal(
      (await clerk.get(`/api/projects/${P}/documents/${ok.body.certificate.documentId}`)).status,
      200,
    );
  });

  test('TRF-1: the old owner settles everything up to the handover date — every meter read, refused while owed (showing the bills)', async () => {
    const unread = await clerk.post(t('/settlement'), {
      readings: [],
      oldOwnerSignature: padSignature('金石'),
    });
    assert.equal(unread.status, 422);
    assert.equal(unread.body.error.message, '交付时须抄读全部表具，尚未抄读：E-1-407');
    const owed = await clerk.post(t('/settlement'), {
      readings: [{ meterId, valueCenti: 520_000 }],
      oldOwnerSignature: padSignature('金石'),
    });
    assert.equal(owed.status, 422);
    assert.match(owed.body.error.message, /^原业主尚欠费 4\d{3}\.\d\d 元（1 笔账单）/);
    assert.deepEqual(
      owed.body.error.details.owed.bills.map((b: { period: string }) => b.period),
      ['2026-10'],
    );
    assert.equal(
      (await cashier.get(`/api/projects/${P}/billing/meters/${meterId}`)).body.lastReading.valueCenti,
      500_000,
      'the reading rolled back with the refusal',
    );
    await payAll(cashier, P, oldOwner, owed.body.error.details.owed.bills);
    const ok = await clerk.post(t('/settlement'), {
      readings: [{ meterId, valueCenti: 520_000 }],
      oldOwnerSignature: padSignature('金石'),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.settlement.readings[0].consumptionCenti, 20_000);
  });

  test("TRF-2: the new owner's archive and signed safety letter", async () => {
    newOwner = (
      await clerk.post(`/api/projects/${P}/customers`, {
        kind: 'person',
        name: '林晓东',
        phones: [{ phone: '13911112222' }],
      })
    ).body.customerId;
    const archive = { idType: 'id_card', idNumber: '11010519491231002X', emergencyPhone: '13933334444' };
    const same = await clerk.post(t('/new-owner'), {
      newOwnerId: oldOwner,
      archive,
      safetyLetter: padSignature('金石'),
    });
    assert.equal(same.status, 422);
    const badId = await clerk.post(t('/new-owner'), {
      newOwnerId: newOwner,
      archive: { ...archive, idNumber: '110105194912310021' },
      safetyLetter: padSignature('林晓东'),
    });
    assert.equal(badId.status, 422);
    assert.equal(badId.body.error.fields[0].path, 'archive.idNumber');
    const ok = await clerk.post(t('/new-owner'), {
      newOwnerId: newOwner,
      archive,
      safetyLetter: padSignature('林晓东'),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.newOwnerName, '林晓东');
    assert.ok(
      ok.body.signatures.some(
        (s: { purpose: string; signerName: string }) =>
          s.purpose === 'transfer.safety_letter' && s.signerName === '林晓东',
      ),
    );
    const c = await ctx()
      .deps.db.k.selectFrom('customers')
      .select(['birthday', 'id_type'])
      .where('customer_id', '=', newOwner)
      .executeTakeFirstOrThrow();
    assert.deepEqual(c, { birthday: '1949-12-31', id_type: 'id_card' });
  });

  test('TRF-1: the new owner pays at least six months in advance', async () => {
    const short = await clerk.post(t('/prepayment-check'), {});
    assert.equal(short.status, 422);
    // 182.36 m² × 25.00 元 = 4559.00 a month → 27354.00 for six.
    assert.equal(short.body.error.details.requiredFen, 2_735_400);
    assert.equal(short.body.error.message, '新业主须预交至少六个月物业费 27354.00 元，目前预交余额 0.00 元');
    const pay = (amountFen: number) =>
      cashier.post(`/api/projects/${P}/billing/prepayments`, {
        customerId: newOwner,
        unitId: unit,
        amountFen,
        method: 'transfer',
        receiptNo: nextReceipt('PRE'),
      });
    assert.equal((await pay(2_000_000)).status, 201);
    assert.equal((await clerk.post(t('/prepayment-check'), {})).status, 422);
    assert.equal((await pay(735_400)).status, 201);
    const ok = await clerk.post(t('/prepayment-check'), {});
    assert.equal(ok.status, 200);
    assert.deepEqual(
      ok.body.prepay && [ok.body.prepay.requiredFen, ok.body.prepay.prepaidFen],
      [2_735_400, 2_735_400],
    );
  });

  test('TRF-2: completion — billing moves at the handover date, the old archive is marked transferred with the date, the roster gets the new owner', async () => {
    const r = await clerk.post(t('/complete'), {});
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'completed');
    const accounts = (await cashier.get(`/api/projects/${P}/billing/accounts?unitId=${unit}`)).body as {
      customerId: string;
      startDay: string;
      endDay: string | null;
    }[];
    assert.deepEqual(
      accounts.map((a) => [a.customerId, a.startDay, a.endDay]),
      [
        [newOwner, '2026-11-25', null],
        [oldOwner, '2026-09-01', '2026-11-24'],
      ],
    );
    const k = ctx().deps.db.k;
    const old = await k
      .selectFrom('customers')
      .select(['archive_state', 'archive_state_at'])
      .where('customer_id', '=', oldOwner)
      .executeTakeFirstOrThrow();
    assert.equal(old.archive_state, 'transferred');
    assert.equal(old.archive_state_at, ctx().clock.now().toISOString());
    const owners = await k
      .selectFrom('customer_units')
      .select('customer_id')
      .where('unit_id', '=', unit)
      .where('relation', '=', 'owner')
      .execute();
    assert.deepEqual(
      owners.map((o) => o.customer_id),
      [newOwner],
    );
    const roster = await k
      .selectFrom('roster_entries')
      .select(['customer_id', 'owner_name', 'contract_no'])
      .where('unit_id', '=', unit)
      .execute();
    assert.deepEqual(roster, [
      { customer_id: newOwner, owner_name: '林晓东', contract_no: '京(2026)朝阳区不动产权第0012345号' },
    ]);
    assert.ok((await historyActions(ctx(), P, 'customer', oldOwner)).includes('archive_transferred'));
    const form = await clerk.get(t('/form'));
    assert.match(form.body, /房屋转让登记表/);
    assert.equal(
      (await clerk.post(t('/cancel'), { reason: '误操作' })).status,
      409,
      'a completed transfer stays',
    );
  });

  test('a user of another project can neither read nor act on a transfer', async () => {
    const ec = await ctx().login('estate.clerk');
    assert.equal((await ec.get(t())).status, 404);
    assert.equal((await ec.post(t('/cancel'), { reason: 'x' })).status, 404);
  });
});
