/**
 * Release passes through the API on both databases (REL-1..5): what a pass names, the
 * arrears check of a move-out, the confirmation call, the three signatures, the printed
 * two copies, the guard's check at the gate — and that no step can be skipped.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  createTestCustomer,
  countRows,
  customerNamed,
  padSignature,
  unitIdOf,
} from '../../../../tests/support/factory/index.ts';

createTestApp('release passes', (ctx) => {
  let clerk: Client;
  let guard: Client;
  let P = '';
  let url = '';
  const units: Record<string, string> = {};
  let staff405 = '';
  let owner1101 = '';

  const call = (answer: string, name = '林总') => ({
    calledName: name,
    calledPhone: '13801010009',
    calledAt: ctx().clock.now().toISOString(),
    answer,
  });
  const temporary = (unit: string, over: Record<string, unknown> = {}) => ({
    unitId: units[unit],
    carrierType: 'company_staff',
    carrierName: '周建国',
    carrierPhone: '13801010001',
    purpose: 'temporary',
    items: [{ category: 'computer', name: '台式电脑', quantity: 2 }],
    ...over,
  });
  const signAll = async (passId: string, roles = ['clerk', 'carrier', 'owner']) => {
    for (const role of roles) {
      const r = await clerk.post(`${url}/${passId}/signatures`, { role, signature: padSignature(role) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
  };

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/passes`;
    clerk = await ctx().login('clerk');
    clerk.lang = 'zh-CN';
    guard = await ctx().login('guard');
    guard.lang = 'zh-CN';
    for (const code of ['1-405', '1-602', '1-1101', '1-1003', '1-503'])
      units[code] = await unitIdOf(ctx(), P, code);
    staff405 = await customerNamed(ctx(), P, '周建国');
    owner1101 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '钱卫东',
      phone: '13911110001',
      unitId: units['1-1101']!,
      relation: 'owner',
    });
  });

  test('REL-1: a pass names its carrier and lists large items with quantities — nothing else is accepted, nothing written', async () => {
    const before = await countRows(ctx(), 'passes', P);
    const noItems = await clerk.post(url, temporary('1-405', { items: [] }));
    assert.equal(noItems.status, 400);
    assert.equal(noItems.body.error.fields[0].path, 'items');
    const zero = await clerk.post(
      url,
      temporary('1-405', { items: [{ category: 'computer', name: '电脑', quantity: 0 }] }),
    );
    assert.equal(zero.body.error.fields[0].path, 'items.0.quantity');
    const small = await clerk.post(
      url,
      temporary('1-405', { items: [{ category: 'jewellery', name: '首饰', quantity: 1 }] }),
    );
    assert.equal(small.body.error.fields[0].path, 'items.0.category');
    const nobody = await clerk.post(url, temporary('1-405', { carrierType: 'visitor' }));
    assert.equal(nobody.body.error.fields[0].path, 'carrierType');
    assert.equal(await countRows(ctx(), 'passes', P), before);
  });

  let first = '';
  test('REL-4/REL-5: company staff carry 2 computers — the company head agrees, three signatures, a numbered pass valid today', async () => {
    const created = await clerk.post(
      url,
      temporary('1-405', { customerId: staff405, carrierIdNumber: '110101199001011234' }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.state, 'awaiting_call');
    assert.equal(created.body.callParty, 'company_head');
    assert.equal(created.body.carrierIdMasked, '110***********1234');
    assert.equal(created.body.carrierPhone, '138****0001');
    first = created.body.passId;

    const agreed = await clerk.post(`${url}/${first}/call`, call('agreed', '华信证券 林总'));
    assert.equal(agreed.body.state, 'awaiting_signatures');
    assert.equal(agreed.body.call.answer, 'agreed');
    assert.equal(agreed.body.call.byName, '王芳（前台）');

    const early = await clerk.post(`${url}/${first}/issue`);
    assert.equal(early.status, 422);
    assert.equal(early.body.error.message, '还缺经办人的签字，不能开具');
    await signAll(first, ['clerk', 'carrier']);
    const twice = await clerk.post(`${url}/${first}/signatures`, {
      role: 'clerk',
      signature: padSignature('王芳'),
    });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.message, '经办人已签字');
    assert.equal((await clerk.post(`${url}/${first}/issue`)).body.error.message, '还缺业主的签字，不能开具');
    await signAll(first, ['owner']);

    const issued = await clerk.post(`${url}/${first}/issue`);
    assert.equal(issued.status, 200, JSON.stringify(issued.body));
    assert.equal(issued.body.state, 'issued');
    assert.equal(issued.body.number, 'FX-2026-0001');
    assert.equal(issued.body.validOn, '2026-11-25');
    assert.deepEqual(issued.body.missingSignatures, []);
    assert.equal(issued.body.signatures.length, 3);
  });

  test('REL-5: the printed pass has two copies on one sheet — archive and guard — with items, call and signatures', async () => {
    const page = await clerk.get(`${url}/${first}/print`);
    assert.equal(page.status, 200);
    const html = String(page.body);
    assert.equal(html.match(/FX-2026-0001/g)?.length, 3); // title + two copies
    assert.match(html, /存档联[\s\S]*门卫联/);
    assert.match(html, /台式电脑<\/td><td class="num">2</);
    assert.match(html, /公司负责人 华信证券 林总（138\*\*\*\*0009）/);
    assert.equal(html.match(/<img src="data:image\/png;base64,/g)?.length, 6);
    assert.doesNotMatch(html, /13801010001/); // CUS-3: phones masked
  });

  test('REL-5: the guard checks the pass by its number at the gate and lets it out once; again shows when and by whom', async () => {
    const seen = await guard.get(`/api/projects/${P}/gate/passes?number=fx-2026-0001`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.verdict, 'valid');
    assert.deepEqual(seen.body.pass.items, [{ category: 'computer', name: '台式电脑', quantity: 2 }]);
    assert.equal(
      (await clerk.post(`/api/projects/${P}/gate/release`, { number: 'FX-2026-0001' })).status,
      403,
    );
    const out = await guard.post(`/api/projects/${P}/gate/release`, {
      number: 'FX-2026-0001',
      note: '核对无误',
    });
    assert.equal(out.status, 200);
    assert.equal(out.body.state, 'used');
    assert.equal(out.body.checkedByName, '赵军（安保部）');
    const again = await guard.post(`/api/projects/${P}/gate/release`, { number: 'FX-2026-0001' });
    assert.equal(again.status, 409);
    assert.equal(
      again.body.error.message,
      '放行条 FX-2026-0001 已于 2026-11-25 09:00 由 赵军（安保部） 放行，不能重复使用',
    );
    assert.equal(
      (await guard.get(`/api/projects/${P}/gate/passes?number=FX-2026-0001`)).body.verdict,
      'used',
    );
    assert.equal((await guard.get(`/api/projects/${P}/gate/passes?number=FX-2026-9999`)).status, 404);
  });

  test('REL-3..5: no step can be skipped through the API; a refused step writes nothing', async () => {
    const p = (
      await clerk.post(
        url,
        temporary('1-602', { purpose: 'moving_out', carrierType: 'tenant', carrierName: '高远' }),
      )
    ).body;
    assert.equal(p.state, 'awaiting_arrears');
    const history = await countRows(ctx(), 'history', P);
    for (const [path, body] of [
      ['call', call('agreed')],
      ['signatures', { role: 'clerk', signature: padSignature('王芳') }],
      ['issue', {}],
    ] as const) {
      const r = await clerk.post(`${url}/${p.passId}/${path}`, body);
      assert.equal(r.status, 409, path);
      assert.equal(r.body.error.message, '放行条当前待核查费用，不能办理此操作');
    }
    const gate = await guard.post(`/api/projects/${P}/gate/release`, { number: 'FX-2026-0002' });
    assert.equal(gate.status, 404);
    assert.equal(await countRows(ctx(), 'history', P), history);
    assert.equal(await countRows(ctx(), 'signatures', P), 3);
    await clerk.post(`${url}/${p.passId}/cancel`, { reason: '客户改期' });
  });

  test('REL-3: moving out of 1-602 while it owes — the pass is refused with what is owed, and stays refused', async () => {
    const cashier = await ctx().login('cashier');
    assert.equal(
      (await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: '2026-10' })).status,
      200,
    );
    const context = (await clerk.get(`/api/projects/${P}/units/${units['1-602']}/pass-context`)).body;
    assert.ok(context.owedFen > 0);
    assert.deepEqual(
      context.bills.map((b: { period: string }) => b.period),
      ['2026-10'],
    );
    assert.ok(
      context.parties.some(
        (x: { name: string; relation: string }) => x.name === '远景律师事务所' && x.relation === 'tenant',
      ),
    );

    const p = (
      await clerk.post(
        url,
        temporary('1-602', { purpose: 'moving_out', carrierType: 'company_staff', carrierName: '高远' }),
      )
    ).body;
    const checked = await clerk.post(`${url}/${p.passId}/arrears-check`);
    assert.equal(checked.status, 200);
    assert.equal(checked.body.state, 'refused');
    assert.equal(checked.body.refusal, 'arrears');
    assert.equal(checked.body.owedFen, context.owedFen);
    const goOn = await clerk.post(`${url}/${p.passId}/call`, call('agreed'));
    assert.equal(goOn.status, 409);
    assert.equal(
      goOn.body.error.message,
      '该放行条已拒绝（搬家迁出须结清截至当日的全部费用），不能继续办理；情况变化后请重新开具',
    );

    // A unit that owes nothing moves out: the check passes and the call comes next.
    const settled = (
      await clerk.post(
        url,
        temporary('1-1003', { purpose: 'moving_out', carrierType: 'tenant', carrierName: '装修队' }),
      )
    ).body;
    const ok = (await clerk.post(`${url}/${settled.passId}/arrears-check`)).body;
    assert.equal(ok.state, 'awaiting_call');
    assert.equal(ok.owedFen, 0);
  });

  test('REL-4: the owner cannot be reached → no pass, and it stays refused; the owner saying no refuses too', async () => {
    const family = (
      await clerk.post(
        url,
        temporary('1-1101', {
          carrierType: 'family',
          carrierName: '钱小宝',
          items: [{ category: 'furniture', name: '沙发', quantity: 1 }],
        }),
      )
    ).body;
    assert.equal(family.callParty, 'owner');
    const unreachable = await clerk.post(`${url}/${family.passId}/call`, call('unreachable', '钱卫东'));
    assert.equal(unreachable.body.state, 'refused');
    assert.equal(unreachable.body.refusal, 'unreachable');
    assert.equal(unreachable.body.call.answer, 'unreachable');
    const sign = await clerk.post(`${url}/${family.passId}/signatures`, {
      role: 'carrier',
      signature: padSignature('钱小宝'),
    });
    assert.equal(sign.status, 409);
    assert.equal(
      sign.body.error.message,
      '该放行条已拒绝（联系不上业主，暂不放行），不能继续办理；情况变化后请重新开具',
    );
    assert.equal((await clerk.post(`${url}/${family.passId}/call`, call('agreed', '钱卫东'))).status, 409);

    const helper = (
      await clerk.post(url, temporary('1-1101', { carrierType: 'domestic_helper', carrierName: '李阿姨' }))
    ).body;
    const no = (await clerk.post(`${url}/${helper.passId}/call`, call('refused', '钱卫东'))).body;
    assert.deepEqual([no.state, no.refusal], ['refused', 'call_refused']);
    const future = await clerk.post(`${url}/${helper.passId}/call`, {
      ...call('agreed'),
      calledAt: new Date(ctx().clock.now().getTime() + 3_600_000).toISOString(),
    });
    // A call an hour ahead is refused at the edge (an event time is never in the future), before the pass is even looked at.
    assert.equal(future.status, 400);
    assert.equal(future.body.error.fields[0].path, 'calledAt');
    assert.equal((await clerk.post(`${url}/${helper.passId}/call`, call('agreed'))).status, 409);
  });

  test('REL-4/REL-5: the owner carrying needs no call and signs once as carrier; only a recorded owner counts', async () => {
    const notOwner = await clerk.post(
      url,
      temporary('1-1101', { carrierType: 'owner', carrierName: '周建国', customerId: staff405 }),
    );
    assert.equal(notOwner.status, 422);
    assert.equal(notOwner.body.error.fields[0].path, 'customerId');
    const own = (
      await clerk.post(
        url,
        temporary('1-1101', {
          carrierType: 'owner',
          carrierName: '钱卫东',
          customerId: owner1101,
          purpose: 'moving_out',
        }),
      )
    ).body;
    const checked = (await clerk.post(`${url}/${own.passId}/arrears-check`)).body;
    assert.equal(checked.state, 'awaiting_signatures');
    assert.deepEqual(checked.requiredSignatures, ['pass.clerk', 'pass.carrier']);
    const extra = await clerk.post(`${url}/${own.passId}/signatures`, {
      role: 'owner',
      signature: padSignature('钱卫东'),
    });
    assert.equal(extra.status, 422);
    await signAll(own.passId, ['clerk', 'carrier']);
    assert.equal((await clerk.post(`${url}/${own.passId}/issue`)).body.number, 'FX-2026-0002');
  });

  test('REL-2: the third temporary removal of a unit within 30 days is flagged and the CS supervisor told; bulk items too', async () => {
    const a = (await clerk.post(url, temporary('1-503'))).body;
    const b = (await clerk.post(url, temporary('1-503'))).body;
    const c = (await clerk.post(url, temporary('1-503'))).body;
    assert.deepEqual([a.flags, b.flags, c.flags], [[], [], ['frequent']]);
    const bulk = (
      await clerk.post(url, temporary('1-405', { items: [{ category: 'box', name: '纸箱', quantity: 12 }] }))
    ).body;
    assert.deepEqual(bulk.flags, ['bulk_temporary']);
    const sup = (
      await ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', 'supervisor')
        .executeTakeFirstOrThrow()
    ).user_id;
    const told = await ctx()
      .deps.db.k.selectFrom('notifications')
      .select(['kind', 'params_json'])
      .where('project_id', '=', P)
      .where('user_id', '=', sup)
      .where('kind', '=', 'pass.flagged')
      .execute();
    assert.deepEqual(
      told.map((n) => JSON.parse(n.params_json).flags),
      ['frequent', 'bulk_temporary'],
    );
    const ctx503 = (await clerk.get(`/api/projects/${P}/units/${units['1-503']}/pass-context`)).body;
    assert.equal(ctx503.recentTemporary, 3);
  });

  test('REL-5: a pass is valid on its day only; two guards letting the same pass out at once — exactly one does', async () => {
    const p = (await clerk.post(url, temporary('1-405'))).body;
    await clerk.post(`${url}/${p.passId}/call`, call('agreed'));
    await signAll(p.passId);
    const number = (await clerk.post(`${url}/${p.passId}/issue`)).body.number as string;
    const guard2 = await ctx().login('pm'); // the project manager also holds pass.check
    const results = await Promise.all([
      guard.post(`/api/projects/${P}/gate/release`, { number }),
      guard2.post(`/api/projects/${P}/gate/release`, { number }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);

    const q = (await clerk.post(url, temporary('1-405'))).body;
    await clerk.post(`${url}/${q.passId}/call`, call('agreed'));
    await signAll(q.passId);
    const late = (await clerk.post(`${url}/${q.passId}/issue`)).body.number as string;
    ctx().clock.set('2026-11-25T16:30:00Z'); // 00:30 the next day in Shanghai
    const nightGuard = await ctx().login('guard');
    nightGuard.lang = 'zh-CN';
    assert.equal(
      (await nightGuard.get(`/api/projects/${P}/gate/passes?number=${late}`)).body.verdict,
      'expired',
    );
    const expired = await nightGuard.post(`/api/projects/${P}/gate/release`, { number: late });
    assert.equal(expired.status, 409);
    assert.equal(expired.body.error.message, `放行条 ${late} 只限 2026-11-25 当日有效，已过期`);
  });

  test('a user of another project can neither read nor change a pass; a guard cannot write one', async () => {
    const other = await ctx().login('estate.clerk');
    assert.equal((await other.get(url)).status, 404);
    assert.equal((await other.post(`${url}/${first}/cancel`, { reason: 'x' })).status, 404);
    assert.equal((await other.get(`/api/projects/${P}/gate/passes?number=FX-2026-0001`)).status, 404);
    assert.equal((await guard.post(url, temporary('1-405'))).status, 403);
    const list = (await clerk.get(`${url}?q=FX-2026-0001`)).body;
    assert.deepEqual(
      list.map((p: { number: string }) => p.number),
      ['FX-2026-0001'],
    );
  });
});
