/**
 * The handover of a new unit through the API on both databases (HND-1..5): the estate's
 * clerk hands over units of building 2 from the developer's roster, the cashier takes six
 * months of fees, steps cannot be skipped or repeated, refusals write nothing, the owner may
 * decline (before paying) with a reason that the daily report keeps.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  padSignature,
  rosterUnits,
  countRows,
  uploadScan,
} from '../../../../../tests/support/factory/index.ts';

createTestApp('handover', (ctx) => {
  let clerk: Client;
  let cashier: Client;
  let pm: Client;
  let P = '';
  let units: Awaited<ReturnType<typeof rosterUnits>> = [];
  let id = '';
  const url = (path = '') => `/api/projects/${P}/handovers${path}`;
  const at = (path: string) => url(path ? `/${id}/${path}` : `/${id}`);
  const verify = async (u: (typeof units)[number], extra: Record<string, unknown> = {}) => ({
    rosterEntryId: u.entry_id,
    idType: 'id_card',
    idNumber: u.id_number,
    contractNo: u.contract_no,
    idCopyDocumentId: await uploadScan(clerk, P, 'ID copy'),
    ...extra,
  });
  const archive = { emergencyPhone: '13700001111', safetyLetter: padSignature('林志远') };
  const keys = {
    keysHanded: 3,
    ownerHandbook: true,
    renovationHandbook: true,
    rectificationItems: [
      { description: '主卧窗框渗水', location: '主卧' },
      { description: '厨房地砖空鼓', location: '厨房' },
    ],
    keyKept: true,
    ownerConsent: true,
    keyCabinetSlot: 'H-01',
  };

  before(async () => {
    P = ctx().projects.ESTATE;
    clerk = await ctx().login('estate.clerk');
    cashier = await ctx().login('estate.cashier');
    pm = await ctx().login('estate.pm');
    for (const c of [clerk, cashier, pm]) c.lang = 'zh-CN';
    units = await rosterUnits(ctx(), P);
    assert.ok(units.length >= 4, 'the demo roster covers the not-received units of building 2');
    assert.ok(units.every((u) => u.status === 'not_received'));
  });

  test('HND-1: only a unit not yet received can be handed over, and only one handover at a time', async () => {
    const occupied = await ctx()
      .deps.db.k.selectFrom('units')
      .select('unit_id')
      .where('project_id', '=', P)
      .where('status', '=', 'owner_occupied')
      .executeTakeFirstOrThrow();
    const refused = await clerk.post(url(), { unitId: occupied.unit_id });
    assert.equal(refused.status, 422);
    assert.match(refused.body.error.message, /^单元 \S+ 的状态是「自住」，只有未接房的单元才能办理交房$/);
    const started = await clerk.post(url(), { unitId: units[0]!.unit_id });
    assert.equal(started.status, 201);
    id = started.body.handoverId;
    assert.equal(started.body.step, 'roster');
    assert.deepEqual(
      started.body.steps.map((s: { status: string }) => s.status),
      ['current', 'todo', 'todo', 'todo', 'todo'],
    );
    const twice = await clerk.post(url(), { unitId: units[0]!.unit_id });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.message, `单元 ${units[0]!.code} 已有一个正在办理的交房`);
  });

  test('HND-1..5: no step can be skipped through the API — each later step is refused, naming the one to do, and writes nothing', async () => {
    const before = await countRows(ctx(), 'history', P);
    const attempts: [string, Client, unknown][] = [
      ['archive', clerk, archive],
      ['fees', cashier, { amountFen: 148_140, method: 'cash', receiptNo: 'HND-SKIP' }],
      ['keys', clerk, keys],
      ['receipt', clerk, { signature: padSignature('林志远') }],
    ];
    for (const [step, who, body] of attempts) {
      const r = await who.post(at(step), body);
      assert.equal(r.status, 409, step);
      assert.equal(r.body.error.code, 'ILLEGAL_TRANSITION');
      assert.equal(r.body.error.message, '请先完成「核对业主身份」这一步');
    }
    assert.equal(await countRows(ctx(), 'history', P), before);
    assert.equal((await clerk.get(at(''))).body.step, 'roster');
  });

  test('HND-1: an ID number or contract that does not match the roster is refused field by field, and nothing is written', async () => {
    const u = units[0]!;
    const counts = async () => [
      await countRows(ctx(), 'customers', P),
      await countRows(ctx(), 'customer_units', P),
      await countRows(ctx(), 'history', P),
    ];
    const before = await counts();
    const other = units[1]!;
    const wrongId = await clerk.post(
      at('roster'),
      await verify(u, { idNumber: other.id_number, contractNo: 'CH-9-999' }),
    );
    assert.equal(wrongId.status, 422);
    assert.equal(wrongId.body.error.message, `出示的证件或购房合同与开发商业主清册（${u.owner_name}）不符`);
    assert.deepEqual(wrongId.body.error.fields, [
      { path: 'idNumber', message: '证件号码与业主清册不符' },
      { path: 'contractNo', message: '购房合同号与业主清册不符' },
    ]);
    const badNumber = await clerk.post(at('roster'), await verify(u, { idNumber: '110105197803120018' }));
    assert.equal(badNumber.status, 422);
    assert.equal(badNumber.body.error.fields[0].path, 'idNumber');
    const otherUnitsRow = await clerk.post(at('roster'), await verify(other));
    assert.equal(otherUnitsRow.body.error.message, '请选择本单元业主清册中的业主');
    // A matching owner without the ID copy on file: refused before any archive is made.
    const noCopy = await clerk.post(at('roster'), {
      ...(await verify(u)),
      idCopyDocumentId: '00000000-0000-7000-8000-000000000000',
    });
    assert.equal(noCopy.status, 422);
    assert.deepEqual(noCopy.body.error.fields, [
      { path: 'idCopyDocumentId', message: '找不到上传的扫描件，请重新上传' },
    ]);
    assert.deepEqual(await counts(), before);
  });

  test('HND-1: the matching owner is verified — ID copy filed, archive made with the ID, owner linked to the unit', async () => {
    const u = units[0]!;
    // The ID is checked as the owner writes it: lower-case x, spaces and dashes in the contract number do not matter.
    const r = await clerk.post(
      at('roster'),
      await verify(u, { contractNo: ` ${u.contract_no.replace('CH-2-', 'ch 2 ')}`.toUpperCase() }),
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.step, 'archive');
    assert.equal(r.body.owner.name, u.owner_name);
    assert.match(r.body.owner.idNumberMasked, /^110\*+\d{3}[\dX]$/);
    assert.ok(r.body.idCopyDocumentId);
    const k = ctx().deps.db.k;
    const owner = await k
      .selectFrom('customers')
      .selectAll()
      .where('project_id', '=', P)
      .where('customer_id', '=', r.body.owner.customerId)
      .executeTakeFirstOrThrow();
    assert.equal(owner.id_number, u.id_number);
    assert.equal(
      owner.birthday,
      `${u.id_number.slice(6, 10)}-${u.id_number.slice(10, 12)}-${u.id_number.slice(12, 14)}`,
    );
    const link = await k
      .selectFrom('customer_units')
      .select('relation')
      .where('project_id', '=', P)
      .where('customer_id', '=', owner.customer_id)
      .where('unit_id', '=', u.unit_id)
      .execute();
    assert.deepEqual(
      link.map((l) => l.relation),
      ['owner'],
    );
    const roster = await k
      .selectFrom('roster_entries')
      .select('customer_id')
      .where('project_id', '=', P)
      .where('entry_id', '=', u.entry_id)
      .executeTakeFirstOrThrow();
    assert.equal(roster.customer_id, owner.customer_id);
    const again = await clerk.post(at('roster'), await verify(u));
    assert.equal(again.status, 409);
    assert.equal(again.body.error.message, '「核对业主身份」这一步已经办理过了');
  });

  test('HND-2: the archive needs an emergency mobile that is not the owner’s own, and the safety letter signed; then it is saved', async () => {
    const u = units[0]!;
    const before = await countRows(ctx(), 'signatures', P);
    const none = await clerk.post(at('archive'), { safetyLetter: padSignature(u.owner_name) });
    assert.equal(none.status, 422);
    assert.deepEqual(none.body.error.fields, [{ path: 'emergencyPhone', message: '请填写紧急联系手机' }]);
    const own = await clerk.post(at('archive'), { ...archive, emergencyPhone: u.phone });
    assert.equal(own.body.error.message, '紧急联系电话不能与业主本人的手机相同');
    const unsigned = await clerk.post(at('archive'), {
      ...archive,
      safetyLetter: { signerName: u.owner_name, method: 'pad' },
    });
    assert.equal(unsigned.status, 422);
    assert.deepEqual(unsigned.body.error.fields, [
      { path: 'safetyLetter.image', message: '请在签字板上签字' },
    ]);
    assert.equal(await countRows(ctx(), 'signatures', P), before);

    const r = await clerk.post(at('archive'), {
      ...archive,
      vehicles: [{ plate: '京A12345', model: '大众' }],
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.step, 'fees');
    assert.deepEqual(
      r.body.signatures.map((s: { purpose: string; signerRole: string }) => [s.purpose, s.signerRole]),
      [['handover.safety_letter', 'owner']],
    );
    const owner = await ctx()
      .deps.db.k.selectFrom('customers')
      .select(['emergency_phone'])
      .where('project_id', '=', P)
      .where('customer_id', '=', r.body.owner.customerId)
      .executeTakeFirstOrThrow();
    assert.equal(owner.emergency_phone, '13700001111');
  });

  test('HND-3: without a management fee in effect the fees step says so clearly and takes nothing', async () => {
    const quote = await clerk.get(at('fees-quote'));
    assert.equal(quote.status, 422);
    assert.equal(
      quote.body.error.message,
      '2026-11-25 没有生效的物业管理费收费项目，无法计算交房费用；请项目经理先在「收费管理 → 收费项目」中设置',
    );
    const take = await cashier.post(at('fees'), { amountFen: 100, method: 'cash', receiptNo: 'HND-0' });
    assert.equal(take.status, 422);
    assert.equal((await clerk.get(at(''))).body.step, 'fees');
  });

  test('HND-3: fees from the handover day, six months paid in advance — taken by the cashier only, billing starts that day', async () => {
    const item = await pm.post(`/api/projects/${P}/billing/fee-items`, {
      code: 'MGMT',
      name: '物业管理费',
      kind: 'area',
      areaBasis: 'building',
      rateMillifen: 250_000,
      effectiveFrom: '2026-01-01',
    });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const quote = (await clerk.get(at('fees-quote'))).body;
    // 98.76 m² × 2.50 元 = 246.90 元 a month; six months from the handover day 2026-11-25.
    assert.deepEqual(quote, {
      from: '2026-11-25',
      to: '2027-05-24',
      lines: [{ code: 'MGMT', name: '物业管理费', monthlyFen: 24_690, totalFen: 148_140 }],
      totalFen: 148_140,
    });

    const byClerk = await clerk.post(at('fees'), {
      amountFen: 148_140,
      method: 'cash',
      receiptNo: 'HND-0001',
    });
    assert.equal(byClerk.status, 403, 'money is the cashier’s');
    const short = await cashier.post(at('fees'), {
      amountFen: 100_000,
      method: 'cash',
      receiptNo: 'HND-0001',
    });
    assert.equal(short.status, 422);
    assert.equal(short.body.error.message, '金额应为 ¥1481.40（自交房日起半年的物业费）');
    assert.deepEqual(short.body.error.fields, [
      { path: 'amountFen', message: '金额应为 ¥1481.40（自交房日起半年的物业费）' },
    ]);

    const r = await cashier.post(at('fees'), { amountFen: 148_140, method: 'cash', receiptNo: 'HND-0001' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.step, 'keys');
    assert.deepEqual(
      {
        from: r.body.fees.from,
        to: r.body.fees.to,
        fen: r.body.fees.prepaidFen,
        receipt: r.body.fees.receiptNo,
      },
      { from: '2026-11-25', to: '2027-05-24', fen: 148_140, receipt: 'HND-0001' },
    );
    const accounts = (await cashier.get(`/api/projects/${P}/billing/accounts?unitId=${units[0]!.unit_id}`))
      .body;
    assert.deepEqual(
      accounts.map((a: { customerId: string; startDay: string; endDay: string | null }) => [
        a.customerId,
        a.startDay,
        a.endDay,
      ]),
      [[r.body.owner.customerId, '2026-11-25', null]],
    );
    const receipt = await cashier.get(
      `/api/projects/${P}/billing/entries/${r.body.fees.prepaymentEntryId}/receipt`,
    );
    assert.equal(receipt.status, 200);
    assert.match(receipt.body, /预收物业费/);
  });

  test('HND-4: keys and both handbooks; a key is kept only for rectification items and with the owner’s consent', async () => {
    const bad = await clerk.post(at('keys'), {
      ...keys,
      keysHanded: 0,
      renovationHandbook: false,
      ownerConsent: false,
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.error.fields.map((f: { path: string }) => f.path),
      ['keysHanded', 'renovationHandbook', 'ownerConsent'],
    );
    const keptForNothing = await clerk.post(at('keys'), { ...keys, rectificationItems: [] });
    assert.equal(keptForNothing.body.error.message, '没有整改项时不能留存钥匙');
    const noSlot = await clerk.post(at('keys'), { ...keys, keyCabinetSlot: ' ' });
    assert.deepEqual(
      [noSlot.status, noSlot.body.error.fields[0].path, noSlot.body.error.message],
      [422, 'keyCabinetSlot', '留存的钥匙须登记放入的钥匙柜柜位'],
    );
    assert.equal(await countRows(ctx(), 'rectification_items', P), 0);
    assert.equal(await countRows(ctx(), 'keys', P), 0);

    const r = await clerk.post(at('keys'), keys);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.step, 'receipt');
    const { keptKey, ...facts } = r.body.keys;
    assert.deepEqual(facts, {
      handed: 3,
      kept: 1,
      ownerConsent: true,
      ownerHandbook: true,
      renovationHandbook: true,
      keptKeyReturnedAt: null,
    });
    // KEY-1: the kept key is in the register — numbered, in its slot, the owner the one who may have it back.
    assert.deepEqual([keptKey.number, keptKey.cabinetSlot, keptKey.state], ['K-0001', 'H-01', 'in_cabinet']);
    const admin = await ctx().login('admin');
    const registered = (await admin.get(`/api/projects/${P}/keys/${keptKey.keyId}`)).body;
    assert.deepEqual(
      [registered.kind, registered.unitCode, registered.movements.map((m: { kind: string }) => m.kind)],
      ['rectification', units[0]!.code, ['registered']],
    );
    assert.ok(!registered.actions.includes('issue'), 'the key desk does not hand it out');
    assert.equal(
      (
        await admin.post(`/api/projects/${P}/keys`, {
          unitId: units[0]!.unit_id,
          kind: 'rectification',
          cabinetSlot: 'H-02',
        })
      ).body.error.message,
      'A key kept for repairs is registered by its handover, not here',
    );
    assert.deepEqual(
      r.body.rectification.map((i: { seq: number; description: string; state: string }) => [
        i.seq,
        i.description,
        i.state,
      ]),
      [
        [1, '主卧窗框渗水', 'open'],
        [2, '厨房地砖空鼓', 'open'],
      ],
    );
  });

  test('HND-5: the owner’s signature on the document receipt completes the handover; the unit becomes vacant, with history', async () => {
    const r = await clerk.post(at('receipt'), { signature: padSignature(units[0]!.owner_name) });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'completed');
    assert.equal(r.body.step, null);
    assert.deepEqual(
      r.body.steps.map((s: { status: string }) => s.status),
      ['done', 'done', 'done', 'done', 'done'],
    );
    assert.deepEqual(
      r.body.signatures.map((s: { purpose: string }) => s.purpose),
      ['handover.safety_letter', 'handover.document_receipt'],
    );
    const k = ctx().deps.db.k;
    const unit = await k
      .selectFrom('units')
      .select('status')
      .where('unit_id', '=', units[0]!.unit_id)
      .executeTakeFirstOrThrow();
    assert.equal(unit.status, 'vacant');
    const history = await k
      .selectFrom('unit_status_history')
      .select(['from_status', 'to_status', 'workflow'])
      .where('project_id', '=', P)
      .where('unit_id', '=', units[0]!.unit_id)
      .where('workflow', '!=', 'created')
      .execute();
    assert.deepEqual(
      history.map((h) => [h.from_status, h.to_status, h.workflow]),
      [['not_received', 'vacant', 'handover']],
    );
    const actions = await k
      .selectFrom('history')
      .select('action')
      .where('project_id', '=', P)
      .where('entity_type', '=', 'handover')
      .where('entity_id', '=', id)
      .orderBy('entry_id')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['started', 'step_roster', 'step_archive', 'step_fees', 'step_keys', 'step_receipt'],
    );
    const after = await clerk.post(url(`/${id}/decline`), { reason: 'quality', note: '' });
    assert.equal(after.status, 409);
    assert.equal(after.body.error.message, '该流程已结束（已交房），不能再办理');
  });

  test('HND-5: an owner who does not accept the unit is recorded with the reason; the unit stays not received; not after paying', async () => {
    const u = units[1]!;
    const started = (await clerk.post(url(), { unitId: u.unit_id })).body;
    const decline = (body: unknown) => clerk.post(url(`/${started.handoverId}/decline`), body);
    const noNote = await decline({ reason: 'other' });
    assert.equal(noNote.status, 422);
    assert.deepEqual(noNote.body.error.fields, [{ path: 'note', message: '原因选择「其他」时请写明原因' }]);
    const r = await decline({ reason: 'quality', note: '客厅墙面开裂，要求开发商修复后再接房' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'not_accepted');
    assert.deepEqual(r.body.declined, {
      at: '2026-11-25T01:00:00.000Z',
      day: '2026-11-25',
      reason: 'quality',
      note: '客厅墙面开裂，要求开发商修复后再接房',
    });
    const unit = await ctx()
      .deps.db.k.selectFrom('units')
      .select('status')
      .where('unit_id', '=', u.unit_id)
      .executeTakeFirstOrThrow();
    assert.equal(unit.status, 'not_received');
    // A new handover of that unit may start later; a paid one can no longer be refused.
    const paid = units[2]!;
    const h = (await clerk.post(url(), { unitId: paid.unit_id })).body.handoverId as string;
    assert.equal((await clerk.post(url(`/${h}/roster`), await verify(paid))).status, 200);
    assert.equal(
      (await clerk.post(url(`/${h}/archive`), { ...archive, safetyLetter: padSignature(paid.owner_name) }))
        .status,
      200,
    );
    assert.equal(
      (
        await cashier.post(url(`/${h}/fees`), {
          amountFen: 148_140,
          method: 'transfer',
          receiptNo: 'HND-0002',
        })
      ).status,
      200,
    );
    const late = await clerk.post(url(`/${h}/decline`), { reason: 'quality', note: '' });
    assert.equal(late.status, 422);
    assert.equal(late.body.error.message, '业主已交费接房，不能再登记为未接房；遗留问题请登记为整改项');
  });

  test('HND-5: the daily report counts the units handed over and lists every unit not accepted with its reason; it prints', async () => {
    const r = (await clerk.get(url('/daily?day=2026-11-25'))).body;
    assert.deepEqual(
      r.handedOver.map((h: { unitCode: string; feesFrom: string; feesTo: string; openItems: number }) => [
        h.unitCode,
        h.feesFrom,
        h.feesTo,
        h.openItems,
      ]),
      [[units[0]!.code, '2026-11-25', '2027-05-24', 2]],
    );
    assert.deepEqual(
      r.notAccepted.map((h: { unitCode: string; ownerName: string; reason: string }) => [
        h.unitCode,
        h.ownerName,
        h.reason,
      ]),
      [[units[1]!.code, units[1]!.owner_name, 'quality']],
    );
    assert.equal(r.totals.handedOver, 1);
    assert.equal(r.totals.notAccepted, 1);
    assert.equal(r.totals.handedOverToDate, 1);
    const otherDay = (await clerk.get(url('/daily?day=2026-11-24'))).body;
    assert.deepEqual([otherDay.handedOver.length, otherDay.notAccepted.length], [0, 0]);
    const page = await clerk.get(url('/daily/print?day=2026-11-25'));
    assert.equal(page.status, 200);
    assert.match(page.body, /交房日报表/);
    assert.match(page.body, /房屋质量问题：客厅墙面开裂/);
    assert.match(page.body, /当日交房 1 套，未接房 1 套/);
  });

  test('HND-3: the printed handover form records the start and end dates of the fees; ID and phone masked', async () => {
    const page = await clerk.get(at('print'));
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy')?.includes("script-src 'sha256-"), true);
    assert.match(
      page.body,
      /<th>收费起始日<\/th><td[^>]*>2026-11-25<\/td><th>预收截止日<\/th><td[^>]*>2027-05-24<\/td>/,
    );
    assert.match(page.body, /¥ 1481\.40/);
    assert.ok(!page.body.includes(units[0]!.id_number), 'the ID number is masked (CUS-3)');
    assert.ok(!page.body.includes(units[0]!.phone), 'the phone is masked (CUS-3)');
    assert.match(page.body, /<img src="data:image\/png;base64,/);
  });

  test('HND-4: items are tracked until engineering closes them; then the kept key goes back with the owner’s signature', async () => {
    const open = (await clerk.get(`/api/projects/${P}/rectification-items?state=open`)).body;
    assert.equal(open.length, 2);
    const early = await clerk.post(at('kept-key/return'), { signature: padSignature(units[0]!.owner_name) });
    assert.equal(early.status, 422);
    assert.equal(early.body.error.message, '还有 2 项整改未完成，整改钥匙暂不能归还');
    assert.equal(
      (await clerk.post(`/api/projects/${P}/rectification-items/${open[0].itemId}/close`, { note: '已修复' }))
        .status,
      403,
      'the desk does not close repairs',
    );
    const engineer = await ctx().login('admin');
    for (const item of open)
      assert.equal(
        (
          await engineer.post(`/api/projects/${P}/rectification-items/${item.itemId}/close`, {
            note: '已修复并验收',
          })
        ).status,
        204,
      );
    const again = await engineer.post(`/api/projects/${P}/rectification-items/${open[0].itemId}/close`, {
      note: '再次',
    });
    assert.equal(again.status, 409);
    assert.equal((await clerk.get(`/api/projects/${P}/rectification-items?state=open`)).body.length, 0);
    // KEY-2: the key desk cannot hand the kept key out; it goes back through the handover.
    const keyId = (await clerk.get(at(''))).body.keys.keptKey.keyId as string;
    const owner = (await engineer.get(`/api/projects/${P}/units/${units[0]!.unit_id}/key-parties`)).body.find(
      (p: { relation: string }) => p.relation === 'owner',
    );
    const desk = await engineer.post(`/api/projects/${P}/keys/${keyId}/issue`, {
      customerId: owner.customerId,
      idNumber: units[0]!.id_number,
      signature: padSignature(units[0]!.owner_name),
    });
    assert.deepEqual(
      [desk.status, desk.body.error.message],
      [
        422,
        'A key kept for repairs goes back to the owner through its handover, once every rectification item is closed',
      ],
    );
    // While the key is out of the cabinet (here a viewing with an escort) it cannot go back to the owner.
    const escortId = (await clerk.get('/api/auth/me')).body.user.userId as string;
    assert.equal(
      (await engineer.post(`/api/projects/${P}/keys/${keyId}/viewing`, { escortId, viewerName: '维修班长' }))
        .status,
      200,
    );
    const out = await clerk.post(at('kept-key/return'), { signature: padSignature(units[0]!.owner_name) });
    assert.deepEqual(
      [out.status, out.body.error.message],
      [422, '整改留存钥匙 K-0001 尚未归还钥匙柜（看房使用中），请先收回'],
    );
    assert.equal((await engineer.post(`/api/projects/${P}/keys/${keyId}/return`, {})).status, 200);
    const r = await clerk.post(at('kept-key/return'), { signature: padSignature(units[0]!.owner_name) });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.keys.keptKeyReturnedAt, '2026-11-25T01:00:00.000Z');
    const handedBack = (await engineer.get(`/api/projects/${P}/keys/${keyId}`)).body;
    assert.equal(handedBack.state, 'handed_over');
    assert.ok(
      handedBack.movements.some(
        (m: { kind: string; personName: string }) =>
          m.kind === 'issued' && m.personName === units[0]!.owner_name,
      ),
    );
    assert.equal(
      (await clerk.post(at('kept-key/return'), { signature: padSignature(units[0]!.owner_name) })).status,
      409,
    );
  });

  test('ORG-1: staff of another project can neither see nor work on the estate’s handovers; a department cannot start one', async () => {
    const campusClerk = await ctx().login('clerk');
    assert.equal((await campusClerk.get(url())).status, 404);
    assert.equal((await campusClerk.get(at(''))).status, 404);
    assert.equal((await campusClerk.post(url(), { unitId: units[3]!.unit_id })).status, 404);
    assert.equal((await cashier.post(url(), { unitId: units[3]!.unit_id })).status, 403);
    assert.equal(
      (await cashier.get(url())).status,
      200,
      'the cashier sees the handovers whose fees are taken',
    );
  });
});
