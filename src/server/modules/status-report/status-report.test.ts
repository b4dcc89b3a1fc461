/**
 * The monthly property status report through the API on both databases (STA-1): counts per
 * building and status from the unit statuses, the month's changes from their history, drawn
 * up then signed by the project manager and sent to security and the cashier, late flags,
 * the print and the Excel export, and the reminder before the 3rd.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  createTestApp,
  type Client,
  padSignature,
  unitIdOf,
  userIdOf,
} from '../../../../tests/support/factory/index.ts';
import { SYSTEM_ACTOR } from '../../platform/access/actor.ts';
import { changeUnitStatus } from '../properties/index.ts';
import { ensureStatusReportTimers } from './reminder.ts';

createTestApp('monthly property status report', (ctx) => {
  let csmanager: Client;
  let pm: Client;
  let P = '';
  let url = '';
  let unit403 = '';

  const notified = async (username: string, kind: string) =>
    (
      await ctx()
        .deps.db.k.selectFrom('notifications')
        .select('params_json')
        .where('project_id', '=', P)
        .where('user_id', '=', await userIdOf(ctx(), username))
        .where('kind', '=', kind)
        .execute()
    ).map((n) => JSON.parse(n.params_json));

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/status-reports`;
    csmanager = await ctx().login('csmanager');
    csmanager.lang = 'zh-CN';
    pm = await ctx().login('pm');
    pm.lang = 'zh-CN';
    unit403 = await unitIdOf(ctx(), P, '1-403');
  });

  test('STA-1: per building, how many units are in each status, and the month’s changes with their workflow', async () => {
    const r = await csmanager.get(`${url}/2026-11`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      [r.body.state, r.body.dueDate, r.body.surveyBy, r.body.late],
      ['none', '2026-12-03', '2026-11-30', false],
    );
    const db = await ctx()
      .deps.db.k.selectFrom('units as u')
      .innerJoin('buildings as b', 'b.building_id', 'u.building_id')
      .select(['b.code', 'u.status'])
      .where('u.project_id', '=', P)
      .execute();
    for (const b of r.body.data.buildings) {
      const mine = db.filter((u) => u.code === b.code);
      assert.equal(b.counts.total, mine.length, b.code);
      for (const s of [
        'not_received',
        'vacant',
        'renovating',
        'office_in_use',
        'tenant_occupied',
        'owner_occupied',
      ])
        assert.equal(b.counts[s], mine.filter((u) => u.status === s).length, `${b.code} ${s}`);
    }
    assert.equal(r.body.data.totals.total, db.length);
    assert.ok(r.body.data.changes.length > 0);
    // The demo's buildings were created this month, then surveyed (PRP-2: both kept in the history).
    assert.deepEqual([...new Set(r.body.data.changes.map((c: { workflow: string }) => c.workflow))].sort(), [
      'created',
      'initial_survey',
    ]);
  });

  test('STA-1: the project manager cannot sign a report not drawn up; drawing up freezes it; the PM signs and it goes to security and the cashier', async () => {
    const early = await pm.post(`${url}/2026-11/sign`, { signature: padSignature('陈明') });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.message, '2026-11 的物业动态尚未制表，请先制表再签阅');

    const prepared = await csmanager.post(`${url}/2026-11/prepare`);
    assert.equal(prepared.body.state, 'prepared');
    assert.equal(prepared.body.preparedByName, '张伟（客服经理）');
    const frozen = prepared.body.data;
    // A workflow changes a unit after the report was drawn up: the draft keeps its snapshot until drawn up again.
    ctx().clock.advanceMinutes(60);
    await ctx()
      .deps.db.k.transaction()
      .execute((trx) =>
        changeUnitStatus(trx, {
          projectId: P,
          unitId: unit403,
          to: 'renovating',
          workflow: 'renovation',
          reason: '装修开工',
          actor: SYSTEM_ACTOR,
          at: ctx().clock.now(),
        }),
      );
    assert.deepEqual((await csmanager.get(`${url}/2026-11`)).body.data, frozen);
    const redrawn = (await csmanager.post(`${url}/2026-11/prepare`)).body.data;
    assert.equal(redrawn.changes.at(-1).workflow, 'renovation');
    assert.equal(redrawn.changes.at(-1).unitCode, '1-403');

    const notPm = await csmanager.post(`${url}/2026-11/sign`, { signature: padSignature('张伟') });
    assert.equal(notPm.status, 403);
    assert.equal(notPm.body.error.message, '物业动态须由项目经理签阅');
    const signed = await pm.post(`${url}/2026-11/sign`, { signature: padSignature('陈明') });
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    assert.deepEqual(
      [signed.body.state, signed.body.signedByName, signed.body.signature.signerName, signed.body.late],
      ['sent', '陈明（项目经理）', '陈明', false],
    );
    assert.deepEqual(await notified('guard', 'status_report.sent'), [{ month: '2026-11' }]);
    assert.deepEqual(await notified('cashier', 'status_report.sent'), [{ month: '2026-11' }]);
    assert.equal(
      (await pm.post(`${url}/2026-11/sign`, { signature: padSignature('陈明') })).body.error.message,
      '2026-11 的物业动态已签阅报送，不能再修改',
    );
    assert.equal((await csmanager.post(`${url}/2026-11/prepare`)).status, 409);
  });

  test('STA-1: a report signed after the 3rd is late; a month not begun cannot be drawn up', async () => {
    await csmanager.post(`${url}/2026-10/prepare`);
    const october = (await pm.post(`${url}/2026-10/sign`, { signature: padSignature('陈明') })).body;
    assert.equal(october.late, true);
    assert.equal(october.data.totals.total, 0); // the demo's units were created in November
    const future = await csmanager.post(`${url}/2026-12/prepare`);
    assert.equal(future.status, 422);
    assert.equal(future.body.error.message, '2026-12 尚未开始，不能制表');
    // The list runs from the month the project started (November), plus any month drawn up before it.
    const list = (await csmanager.get(url)).body;
    assert.deepEqual(
      list.map((m: { month: string; state: string; late: boolean }) => [m.month, m.state, m.late]),
      [
        ['2026-11', 'sent', false],
        ['2026-10', 'sent', true],
      ],
    );
  });

  test('STA-1: security and the cashier read the sent report; a draft only those who make reports', async () => {
    const guard = await ctx().login('guard');
    assert.equal((await guard.get(`${url}/2026-11`)).status, 200);
    const sig = (await guard.get(`${url}/2026-11`)).body.signature.documentId;
    assert.equal((await guard.get(`/api/projects/${P}/documents/${sig}`)).status, 200);
    await csmanager.post(`/api/projects/${P}/status-reports/2026-09/prepare`);
    assert.equal((await guard.get(`${url}/2026-09`)).status, 403);
    const clerk = await ctx().login('clerk');
    assert.equal((await clerk.post(`${url}/2026-09/prepare`)).status, 403);
    const other = await ctx().login('estate.pm');
    assert.equal((await other.get(`${url}/2026-11`)).status, 404);
  });

  test('STA-1: printable with the signature and the copies line, and exportable to Excel', async () => {
    const page = await pm.get(`${url}/2026-11/print`);
    assert.equal(page.status, 200);
    assert.match(
      String(page.body),
      /月度物业动态信息表[\s\S]*1号楼 写字楼[\s\S]*项目经理签阅[\s\S]*<img src="data:image\/png[\s\S]*抄报：安保部、收费员/,
    );
    const file = await pm.request('GET', `${url}/2026-11/xlsx`);
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-disposition') ?? '', /property-status-2026-11\.xlsx/);
    const res = await ctx().app.request(`${url}/2026-11/xlsx`, {
      headers: { cookie: `${pm.cookie}; pd_lang=zh-CN` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const counts = wb.getWorksheet('房态统计')!;
    assert.deepEqual((counts.getRow(3).values as unknown[]).slice(1), [
      '楼栋',
      '未接房',
      '空置',
      '装修中',
      '自住',
      '出租',
      '办公',
      '合计',
    ]);
    assert.equal(counts.getRow(4).getCell(1).value, '1号楼 写字楼');
    const workflows = new Set<unknown>();
    wb.getWorksheet('本月变动')!.eachRow((row, n) => n > 1 && workflows.add(row.getCell(5).value));
    assert.deepEqual([...workflows].sort(), ['初始普查', '新建单元', '装修'].sort());
  });

  test('STA-1: the day before the due date the report’s makers are reminded if it has not gone out — once, then next month’s', async () => {
    await ensureStatusReportTimers(ctx().deps.db.k, ctx().clock.now());
    await ensureStatusReportTimers(ctx().deps.db.k, ctx().clock.now());
    ctx().clock.set('2026-12-02T01:00:00Z');
    await ctx().sweep();
    assert.deepEqual(await notified('csmanager', 'status_report.due'), []); // November's went out
    ctx().clock.set('2027-01-02T01:00:00Z');
    await ctx().sweep();
    await ctx().sweep();
    assert.deepEqual(await notified('csmanager', 'status_report.due'), [
      { month: '2026-12', dueDate: '2027-01-03', state: 'none' },
    ]);
    assert.deepEqual(await notified('pm', 'status_report.due'), [
      { month: '2026-12', dueDate: '2027-01-03', state: 'none' },
    ]);
  });
});
