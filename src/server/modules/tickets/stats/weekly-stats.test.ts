/**
 * The weekly report against histories made through the API. Each rule has its own week
 * (W48 complaints, W49 requests, W50 callbacks, W51 repairs) so each test's counts are its own.
 * Times are UTC; Shanghai is UTC+8, so the week 2026-W48 is 2026-11-22T16:00Z..2026-11-29T16:00Z.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, loginAs } from '../../../../../tests/support/factory/index.ts';
import { Scenario } from './scenario.ts';

createTestApp('weekly service-desk report', (ctx) => {
  const s = new Scenario(ctx);
  const weekly = (q: string) => `/api/projects/${ctx().projects.CAMPUS}/reports/weekly${q}`;

  test('CMP-10: complaints of the local week by type × level and invalid, repeats within 90 days highlighted, on-time resolution by level', async () => {
    const zhou = await s.at('2026-08-20T02:00:00.000Z').customerId('13801010001');
    const lin = await s.customerId('13801010002');
    const gao = await s.customerId('13901020003');
    const unit = await s.unit('1-405');
    const complaint = (extra: Record<string, unknown>) =>
      s.intake({ kind: 'complaint', unitId: unit, description: '电梯停运无人处理', ...extra });
    const grade = (t: { ticketId: string }, level: string, complaintType: string) =>
      s.act('supervisor', t, 'classify', { validity: 'valid', level, complaintType });

    await complaint({ customerId: gao, customerName: '高远' }); // 96 days before their next one: not a repeat
    await s.at('2026-11-20T02:00:00.000Z');
    await complaint({ customerId: zhou, customerName: '周建国' });
    await s.at('2026-11-22T15:50:00.000Z'); // Sunday 23:50 in Shanghai: still W47
    await complaint({ customerId: lin, customerName: '林晓梅' });

    await s.at('2026-11-22T16:05:00.000Z'); // Monday 00:05: W48
    const b = await complaint({ customerId: lin, customerName: '林晓梅' });
    await grade(b, 'minor', 'equipment');
    await s.toWork(b);
    await s.at('2026-11-22T18:00:00.000Z');
    await s.act('engineer', b, 'complete', { workDone: '电梯恢复运行' }); // within the 4 hours

    await s.at('2026-11-24T01:00:00.000Z');
    const c = await complaint({ customerId: zhou, customerName: '周建国' });
    await grade(c, 'important', 'attitude');
    await s.toWork(c);
    await s.at('2026-11-24T02:00:00.000Z');
    const d = await complaint({ customerId: gao, customerName: '高远' });
    await grade(d, 'major', 'quality');
    await s.at('2026-11-25T01:00:00.000Z');
    const e = await complaint({ customerName: '匿名访客', contactPhone: '13900002222' });
    await s.act('supervisor', e, 'close-invalid', { explanation: '经核实为计划保养，已致歉解释' });
    await s.at('2026-11-25T07:00:00.000Z');
    await s.act('engineer', c, 'complete', { workDone: '已批评教育当事保安' }); // 30 hours: the 1-day deadline missed
    await s.at('2026-11-26T01:00:00.000Z');
    await complaint({ customerName: '匿名访客', contactPhone: '139-0000-2222' }); // same phone, typed differently; not yet graded
    await s.at('2026-11-27T01:00:00.000Z');
    const g = await complaint({ customerName: '误录', publicArea: '大堂' });
    await s.act('supervisor', g, 'cancel', { reason: '重复录入' });
    await s.at('2026-11-29T15:30:00.000Z'); // Sunday 23:30: still W48
    const h = await complaint({ customerName: '郑凯' });
    await grade(h, 'minor', 'energy');
    await s.at('2026-11-29T16:10:00.000Z'); // Monday 00:10: W49
    await complaint({ customerId: lin, customerName: '林晓梅' });

    await s.at('2026-12-02T02:00:00.000Z');
    const sup = await loginAs(ctx(), 'supervisor');
    const r = await sup.get(weekly(''));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.range,
      {
        label: '2026-W48',
        from: '2026-11-23',
        to: '2026-11-29',
        start: '2026-11-22T16:00:00.000Z',
        end: '2026-11-29T16:00:00.000Z',
      },
      'the last complete week by default',
    );
    const cmp = r.body.complaints;
    const row = (type: string) => cmp.matrix.find((m: { type: string }) => m.type === type);
    assert.deepEqual(row('equipment'), {
      type: 'equipment',
      major: 0,
      important: 0,
      minor: 1,
      invalid: 0,
      ungraded: 0,
      total: 1,
    });
    assert.deepEqual(row('attitude'), {
      type: 'attitude',
      major: 0,
      important: 1,
      minor: 0,
      invalid: 0,
      ungraded: 0,
      total: 1,
    });
    assert.deepEqual(row('quality'), {
      type: 'quality',
      major: 1,
      important: 0,
      minor: 0,
      invalid: 0,
      ungraded: 0,
      total: 1,
    });
    assert.deepEqual(row('energy'), {
      type: 'energy',
      major: 0,
      important: 0,
      minor: 1,
      invalid: 0,
      ungraded: 0,
      total: 1,
    });
    assert.deepEqual(row('unclassified'), {
      type: 'unclassified',
      major: 0,
      important: 0,
      minor: 0,
      invalid: 1,
      ungraded: 1,
      total: 2,
    });
    assert.deepEqual(cmp.totals, { major: 1, important: 1, minor: 2, invalid: 1, ungraded: 1, total: 6 });
    assert.equal(cmp.received, 6);
    assert.equal(cmp.cancelled, 1);

    assert.equal(cmp.repeat.count, 3);
    const repeats = Object.fromEntries(
      cmp.repeat.items.map((i: { customerName: string; phone: string; previous: unknown[] }) => [
        i.customerName + i.phone,
        i.previous.length,
      ]),
    );
    // A caller taken from the archive keeps the archive's number as the contact (TKT-1), shown masked (CUS-3).
    assert.deepEqual(repeats, { '林晓梅138****0002': 1, '周建国138****0001': 1, '匿名访客139****2222': 1 });
    assert.equal(cmp.repeat.items[0].number, b.number);
    assert.match(cmp.repeat.items[0].previous[0].number, /^TS20261122-/, 'the W47 complaint it repeats');

    const onTime = Object.fromEntries(cmp.onTime.map((o: { level: string }) => [o.level, o]));
    assert.deepEqual(
      onTime.minor,
      { level: 'minor', met: 1, breached: 1, pending: 0, onTimeRate: 0.5 },
      'h is open past its half day',
    );
    assert.deepEqual(onTime.important, {
      level: 'important',
      met: 0,
      breached: 1,
      pending: 0,
      onTimeRate: 0,
    });
    assert.deepEqual(onTime.major, { level: 'major', met: 0, breached: 0, pending: 1, onTimeRate: null });

    // The same week asked for by name, and by its dates, gives the same figures.
    assert.deepEqual((await sup.get(weekly('?week=2026-W48'))).body.complaints, cmp);
    assert.deepEqual((await sup.get(weekly('?from=2026-11-23&to=2026-11-29'))).body.complaints, cmp);
  });

  test('REQ-3: the Friday summary (Monday to Friday) — received, answered on time or late, still open', async () => {
    const unit = await s.unit('1-602');
    const request = (extra: Record<string, unknown> = {}) =>
      s.intake({
        kind: 'request',
        customerName: '高远',
        unitId: unit,
        description: '建议增加自行车停放点',
        ...extra,
      });
    const answer = async (t: { ticketId: string }) => {
      await s.toWork(t, 'admin', 'supervisor');
      await s.act('supervisor', t, 'complete', { workDone: '已研究' });
      return s.act('clerk', t, 'confirm', { answer: '已答复客户' });
    };
    await s.at('2026-11-30T02:00:00.000Z');
    const r1 = await request();
    await s.at('2026-11-30T08:00:00.000Z');
    await answer(r1); // within a day
    await s.act('clerk', r1, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    await s.at('2026-12-01T02:00:00.000Z');
    const r2 = await request({ promisedAt: '2026-12-01T06:00:00Z' });
    await s.at('2026-12-01T09:00:00.000Z');
    await answer(r2); // after the time promised to the customer
    await s.at('2026-12-02T02:00:00.000Z');
    await request(); // never answered: past due by Friday
    await s.at('2026-12-03T02:00:00.000Z');
    await request({ settleNote: '当场答复：已有停放点，位于地面停车场东侧' });
    await s.at('2026-12-03T03:00:00.000Z');
    await s.act('supervisor', await request(), 'cancel', { reason: '客户撤回' });
    await s.at('2026-12-04T07:00:00.000Z'); // Friday 15:00
    await request(); // due Saturday: not judged yet

    await s.at('2026-12-04T08:00:00.000Z'); // Friday 16:00, before close of business
    const r = await (await loginAs(ctx(), 'supervisor')).get(weekly('?from=2026-11-30&to=2026-12-04'));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.range.label, '2026-11-30..2026-12-04');
    assert.deepEqual(r.body.requests, {
      received: 5,
      cancelled: 1,
      answered: 3,
      stillOpen: 4,
      met: 2,
      breached: 2,
      pending: 1,
      onTimeRate: 0.5,
    });
  });

  test('CBK-2: callbacks due in the week, called back, callback rate and satisfaction rate by kind', async () => {
    const unit = await s.unit('1-808');
    const repairConfirmed = async () => {
      const t = await s.intake({
        kind: 'repair',
        customerName: '钱宏',
        unitId: unit,
        description: '灯管不亮',
        urgency: 'urgent',
      });
      await s.toWork(t);
      await s.act('engineer', t, 'complete', { workDone: '更换灯管' });
      return s.act('clerk', t, 'confirm', { signedOnPaper: true });
    };
    const callback = (t: { ticketId: string }, body: Record<string, unknown>) =>
      s.act('clerk', t, 'callback', body);

    await s.at('2026-12-06T10:00:00.000Z'); // Sunday 18:00: enters callback in W49
    const e = await repairConfirmed();
    await s.at('2026-12-07T01:00:00.000Z');
    const a = await repairConfirmed();
    await s.at('2026-12-07T02:00:00.000Z');
    await callback(e, { reached: false }); // made in W50 for a callback due in W49: an attempt, not a new one due
    await callback(e, { reached: true, satisfaction: 'satisfied' });
    await callback(a, { reached: true, satisfaction: 'satisfied' });
    await s.at('2026-12-08T01:00:00.000Z');
    const b = await repairConfirmed();
    await s.at('2026-12-08T05:00:00.000Z');
    await callback(b, { reached: true, satisfaction: 'unsatisfied', opinion: '还有异响' });
    await s.at('2026-12-09T02:00:00.000Z');
    await callback(b, { reached: true, satisfaction: 'basically' });
    await s.at('2026-12-09T03:00:00.000Z');
    const c = await s.intake({
      kind: 'complaint',
      customerName: '孙悦',
      publicArea: '大堂',
      description: '保安态度不好',
      settleNote: '当场致歉',
    });
    await s.at('2026-12-09T04:00:00.000Z');
    await callback(c, { reached: false });
    await s.at('2026-12-10T01:00:00.000Z');
    const d = await s.intake({
      kind: 'request',
      customerName: '吴敏',
      unitId: unit,
      description: '建议延长空调时间',
    });
    await s.toWork(d, 'admin', 'supervisor');
    await s.act('supervisor', d, 'complete', { workDone: '已安排' });
    await s.act('clerk', d, 'confirm', { answer: '已答复' });
    await s.at('2026-12-10T05:00:00.000Z');
    await callback(d, { reached: true, satisfaction: 'satisfied' });
    await s.at('2026-12-13T15:00:00.000Z'); // Sunday 23:00: due in W50 …
    const f = await repairConfirmed();
    await s.at('2026-12-14T01:00:00.000Z'); // … called back on Monday, in W51
    await callback(f, { reached: true, satisfaction: 'satisfied' });

    await s.at('2026-12-15T02:00:00.000Z');
    const r = await (await loginAs(ctx(), 'supervisor')).get(weekly('?week=2026-W50'));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const byKind = Object.fromEntries(r.body.callbacks.rows.map((x: { kind: string }) => [x.kind, x]));
    assert.deepEqual(byKind.repair, {
      kind: 'repair',
      needed: 3,
      calledBack: 3,
      callbackRate: 1,
      attempts: 5,
      reached: 4,
      satisfied: 2,
      basically: 1,
      unsatisfied: 1,
      unreached: 1,
      satisfactionRate: 0.75,
    });
    assert.deepEqual(byKind.complaint, {
      kind: 'complaint',
      needed: 1,
      calledBack: 0,
      callbackRate: 0,
      attempts: 1,
      reached: 0,
      satisfied: 0,
      basically: 0,
      unsatisfied: 0,
      unreached: 1,
      satisfactionRate: null,
    });
    assert.deepEqual(byKind.request, {
      kind: 'request',
      needed: 1,
      calledBack: 1,
      callbackRate: 1,
      attempts: 1,
      reached: 1,
      satisfied: 1,
      basically: 0,
      unsatisfied: 0,
      unreached: 0,
      satisfactionRate: 1,
    });
    assert.equal(byKind.inquiry.callbackRate, null, 'nothing due is not 0 %');
    assert.deepEqual(r.body.callbacks.total, {
      kind: 'total',
      needed: 5,
      calledBack: 4,
      callbackRate: 0.8,
      attempts: 7,
      reached: 5,
      satisfied: 3,
      basically: 1,
      unsatisfied: 1,
      unreached: 2,
      satisfactionRate: 0.8,
    });
  });

  test('REP-2/REP-5/REP-7: repairs of the week — received by urgency, completed, reworked, paid count and amount in fen', async () => {
    const unit = await s.unit('1-1203');
    const repair = (extra: Record<string, unknown>) =>
      s.intake({ kind: 'repair', customerName: '孙悦', unitId: unit, description: '维修', ...extra });
    const paid = (t: { ticketId: string }, priceFen: number) =>
      s.act('clerk', t, 'classify', { charge: 'paid', priceFen, customerAgreed: true });

    await s.at('2026-12-10T02:00:00.000Z'); // received in W50, completed in W51
    const p5 = await repair({ urgency: 'urgent' });
    await paid(p5, 2000);
    await s.toWork(p5);
    await s.at('2026-12-14T02:00:00.000Z');
    const p1 = await repair({ urgency: 'urgent' });
    await paid(p1, 8000);
    await s.toWork(p1);
    await s.at('2026-12-14T03:00:00.000Z');
    const p2 = await repair({ urgency: 'scheduled', appointmentAt: '2026-12-15T02:00:00Z' });
    const price = await ctx()
      .deps.db.k.selectFrom('service_prices')
      .select('price_id')
      .where('project_id', '=', ctx().projects.CAMPUS)
      .where('name', '=', '空调清洗')
      .executeTakeFirstOrThrow();
    await s.act('clerk', p2, 'classify', { charge: 'paid', priceId: price.price_id, customerAgreed: true }); // 120.00 from the price list
    await s.toWork(p2);
    await s.at('2026-12-14T04:00:00.000Z');
    await s.act('engineer', p1, 'complete', { workDone: '疏通' });
    await s.act('clerk', p1, 'confirm', { signedOnPaper: true });
    await s.act('clerk', p1, 'callback', { reached: true, satisfaction: 'satisfied' });
    await s.at('2026-12-14T06:00:00.000Z');
    await s.act('engineer', p5, 'complete', { workDone: '更换灯泡' });
    await s.at('2026-12-15T02:00:00.000Z');
    const p3 = await repair({ urgency: 'urgent' });
    await s.toWork(p3);
    await s.at('2026-12-15T03:00:00.000Z');
    await s.act('engineer', p2, 'complete', { workDone: '清洗空调' });
    await s.act('engineer', p3, 'complete', { workDone: '第一次' });
    await s.at('2026-12-15T05:00:00.000Z');
    await s.act('clerk', p2, 'rework', { reason: '仍有异味' });
    await s.act('clerk', p3, 'rework', { reason: '仍漏水' });
    await s.act('engineer', p3, 'complete', { workDone: '第二次' });
    await s.act('clerk', p3, 'rework', { reason: '还是漏水' });
    await s.at('2026-12-16T02:00:00.000Z');
    await s.act('engineer', p2, 'complete', { workDone: '再次清洗' });
    await s.act('engineer', p3, 'complete', { workDone: '更换阀门' });
    await repair({}); // not classified yet
    await s.at('2026-12-17T02:00:00.000Z');
    const p6 = await repair({ urgency: 'urgent' });
    await paid(p6, 5000);
    await s.act('supervisor', p6, 'cancel', { reason: '客户自行处理' });
    await s.at('2026-12-18T02:00:00.000Z');
    const p7 = await repair({ urgency: 'urgent' });
    await paid(p7, 3000);
    await s.toWork(p7);
    await s.at('2026-12-20T16:30:00.000Z'); // Monday 00:30: completed in W52
    await s.act('engineer', p7, 'complete', { workDone: '完成' });

    await s.at('2026-12-22T02:00:00.000Z');
    const r = await (await loginAs(ctx(), 'enghead')).get(weekly('?week=2026-W51'));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.repairs, {
      received: 5,
      cancelled: 1,
      urgent: 3,
      scheduled: 1,
      unclassified: 1,
      stillOpen: 4,
      completed: 4,
      reworked: 2,
      reworks: 3,
      paidCount: 3,
      paidFen: 22000,
    });
  });

  test('RPT-1: only holders of ticket.stats in the project read the report; a bad week names its field', async () => {
    s.at('2026-12-22T02:00:00.000Z');
    assert.equal((await (await loginAs(ctx(), 'engineer')).get(weekly('?week=2026-W51'))).status, 403);
    assert.equal((await (await loginAs(ctx(), 'clerk')).get(weekly('?week=2026-W51'))).status, 403);
    assert.equal(
      (await (await loginAs(ctx(), 'estate.clerk')).get(weekly('?week=2026-W51'))).status,
      404,
      "another project's staff cannot tell it exists",
    );
    const anon = loginAs(ctx(), 'pm').then((c) => ((c.cookie = ''), c));
    assert.equal((await (await anon).get(weekly(''))).status, 401);
    const pm = await loginAs(ctx(), 'pm');
    const noWeek = await pm.get(weekly('?week=2027-W53'));
    assert.equal(noWeek.status, 422);
    assert.equal(noWeek.body.error.fields[0].path, 'week');
    const malformed = await pm.get(weekly('?week=W53'));
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.fields[0].path, 'week');
    const backwards = await pm.get(weekly('?from=2026-12-20&to=2026-12-14'));
    assert.equal(backwards.status, 422);
    assert.equal(backwards.body.error.fields[0].path, 'to');
    const half = await pm.get(weekly('?from=2026-12-14'));
    assert.equal(half.status, 422);
    assert.equal(half.body.error.fields[0].path, 'to');
  });

  test('CMP-10/CBK-2: the .xlsx export has one sheet per section with Chinese headers, the week in the title, money in yuan', async () => {
    s.at('2026-12-22T02:00:00.000Z');
    const { cookie } = await ctx().login('supervisor');
    const download = async (q: string) => {
      const res = await ctx().app.request(`/api/projects/${ctx().projects.CAMPUS}/reports/weekly.xlsx${q}`, {
        headers: { cookie },
      });
      assert.equal(res.status, 200);
      assert.equal(
        res.headers.get('content-type'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return { wb, disposition: res.headers.get('content-disposition') };
    };

    const w48 = await download('?week=2026-W48&lang=zh-CN');
    assert.equal(w48.disposition, 'attachment; filename="CAMPUS-weekly-2026-W48.xlsx"');
    assert.deepEqual(
      w48.wb.worksheets.map((w) => w.name),
      ['投诉', '需求建议', '回访', '维修'],
    );
    const cmp = w48.wb.getWorksheet('投诉')!;
    assert.equal(cmp.getCell('A1').value, '国际金融中心 客服周报 2026-W48（2026-11-23 至 2026-11-29）');
    const headerRow = cmp.getRow(5).values as unknown[];
    assert.deepEqual(headerRow.slice(1), ['类型', '重大', '重要', '轻微', '无效', '未定级', '合计']);
    assert.deepEqual((cmp.getRow(6).values as unknown[]).slice(1), ['设备', 0, 0, 1, 0, 0, 1]);
    assert.deepEqual((cmp.getRow(13).values as unknown[]).slice(1), ['合计', 1, 1, 2, 1, 1, 6]);
    const cells = cmp.getSheetValues().flat().map(String);
    assert.ok(cells.includes('重复投诉（客户90天内再次投诉）：3 件'));
    assert.ok(
      cells.some((v) => /^TS20261122-/.test(v)),
      'repeat complaints are listed with their numbers',
    );
    assert.ok(cells.includes('139****2222'), 'phones masked (CUS-3)');

    const w51 = await download('?week=2026-W51');
    const repairs = w51.wb.getWorksheet('维修')!;
    const money = repairs
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[1] === '有偿维修金额（元）') as unknown[];
    assert.equal(money[2], 220);
    const moneyRow = repairs
      .getRows(1, repairs.rowCount)!
      .find((r) => r.getCell(1).value === '有偿维修金额（元）')!;
    assert.equal(moneyRow.getCell(2).numFmt, '0.00');

    const w50en = await download('?week=2026-W50&lang=en');
    const cb = w50en.wb.getWorksheet('Callbacks')!;
    assert.match(String(cb.getCell('A1').value), /weekly service report 2026-W50/);
    const total = cb.getRows(1, cb.rowCount)!.find((r) => r.getCell(1).value === 'Total')!;
    assert.equal(total.getCell(11).value, 0.8);
    assert.equal(total.getCell(11).numFmt, '0.0%');
  });
});
