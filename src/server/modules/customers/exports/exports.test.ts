/**
 * CUS-3 over HTTP on both databases: owner data leaves the company only after a manager —
 * not the one who asked — approves; the unmasked file downloads once, by the requester,
 * before it expires, and the download is in the access log. The emergency contact list is
 * for the night supervisor, printed or exported with its purpose logged.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, importOwners } from '../../../../../tests/support/factory/index.ts';
import { residentId } from '../roster/roster-file.ts';
import { customersDb } from '../tables.ts';

const ID_OWNER = residentId('440305', '19790101', 55);

createTestApp('customers — owner-data exports and the emergency list', (ctx) => {
  let archivist: Client;
  let manager: Client;
  let P = '';
  let url = '';
  let building2 = '';
  const download = (c: Client, exportId: string) =>
    ctx().app.request(`${url}/exports/${exportId}/download.xlsx`, {
      headers: { cookie: `${c.cookie}; pd_lang=zh-CN` },
    });
  const ask = async (c: Client = archivist) => {
    const res = await c.post(`${url}/exports`, {
      buildingId: building2,
      purpose: '移交业主委员会换届选举核对业主名册',
      recipient: '翠湖业主委员会',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.exportId as string;
  };
  const logged = async (kind: string) =>
    Number(
      (
        await ctx()
          .deps.db.k.selectFrom('archive_access_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .where('kind', '=', kind)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/archives`;
    archivist = await ctx().login('archivist');
    archivist.lang = 'zh-CN';
    manager = await ctx().login('csmanager');
    manager.lang = 'zh-CN';
    building2 = (
      await ctx()
        .deps.db.k.selectFrom('buildings')
        .select('building_id')
        .where('project_id', '=', P)
        .where('code', '=', '2')
        .executeTakeFirstOrThrow()
    ).building_id;
    const owners = await importOwners(archivist, P, [
      ['2-601', '欧阳明', '身份证', ID_OWNER, '13612345678', ''],
    ]);
    const v = (await archivist.get(`${url}/customers/${owners['2-601']}`)).body.version;
    assert.equal(
      (
        await archivist.patch(`${url}/customers/${owners['2-601']}`, {
          version: v,
          emergencyPhone: '13511112222',
        })
      ).status,
      200,
    );
  });

  test('CUS-3: owner data cannot be downloaded before a manager approves; only the archivist may ask', async () => {
    const id = await ask();
    const res = await download(archivist, id);
    assert.equal(res.status, 409);
    assert.equal((await res.json()).error.message, '该导出申请尚未批准');
    assert.equal(
      (
        await (
          await ctx().login('clerk')
        ).post(`${url}/exports`, { buildingId: null, purpose: '给物业公司总部', recipient: '总部' })
      ).status,
      403,
    );
    assert.equal(
      (await archivist.post(`${url}/exports/${id}/approve`, {})).status,
      403,
      'the archivist cannot approve',
    );
    const vague = await archivist.post(`${url}/exports`, { buildingId: null, purpose: '', recipient: '' });
    assert.deepEqual(
      [vague.status, vague.body.error.fields.map((f: { path: string }) => f.path).sort()],
      [400, ['purpose', 'recipient']],
    );
  });

  test('CUS-3: a manager approves; the requester downloads the unmasked file once; the download is logged; a second one is refused', async () => {
    const id = await ask();
    const approved = await manager.post(`${url}/exports/${id}/approve`, { note: '同意，仅限换届使用' });
    assert.deepEqual(
      [approved.status, approved.body.state, approved.body.decidedByName, approved.body.expiresAt],
      [200, 'approved', '张伟（客服经理）', '2026-12-02T01:00:00.000Z'],
    );
    assert.equal((await manager.post(`${url}/exports/${id}/approve`, {})).status, 409, 'decided once');
    assert.equal((await download(manager, id)).status, 403, 'the approver does not download it');
    const before = await logged('export');
    const res = await download(archivist, id);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows = wb.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    assert.deepEqual(rows[0], [
      '楼栋',
      '房号',
      '业主姓名/名称',
      '证件类型',
      '证件号码',
      '联系电话',
      '紧急联系电话',
      '生日',
      '车辆',
    ]);
    assert.deepEqual(
      rows.find((r) => r[1] === '2-601'),
      ['2号楼 写字楼', '2-601', '欧阳明', '身份证', ID_OWNER, '13612345678', '13511112222', '1979-01-01', ''],
    );
    assert.equal(await logged('export'), before + 1);
    const again = await download(archivist, id);
    assert.deepEqual(
      [again.status, (await again.json()).error.message],
      [409, '该导出文件已下载过，每次批准只能下载一次'],
    );
    const list = (await manager.get(`${url}/exports`)).body.find(
      (e: { exportId: string }) => e.exportId === id,
    );
    assert.deepEqual(
      [list.state, list.rowCount, list.requestedByName],
      ['downloaded', rows.length - 1, '吴红（档案员）'],
    );
    const log = (await manager.get(`${url}/access-log?kind=export`)).body.rows[0];
    assert.deepEqual(
      [log.actorName, log.reason, log.exportId],
      ['吴红（档案员）', '移交业主委员会换届选举核对业主名册', id],
    );
  });

  test('CUS-3: a refused export never downloads; a refusal says why', async () => {
    const id = await ask();
    const noWhy = await manager.post(`${url}/exports/${id}/refuse`, {});
    assert.deepEqual([noWhy.status, noWhy.body.error.fields[0].path], [400, 'note']);
    assert.equal(
      (await manager.post(`${url}/exports/${id}/refuse`, { note: '业主委员会尚未备案' })).body.state,
      'refused',
    );
    const res = await download(archivist, id);
    assert.deepEqual([res.status, (await res.json()).error.message], [409, '该导出申请已被拒绝']);
  });

  test('CUS-3: an approval expires after 7 days', async () => {
    const id = await ask();
    await manager.post(`${url}/exports/${id}/approve`, {});
    ctx().clock.set('2026-12-02T01:00:00Z');
    // A week later the sessions have lapsed too: both log in again.
    const res = await download(await ctx().login('archivist'), id);
    assert.deepEqual([res.status, (await res.json()).error.message], [409, '批准已过期，请重新申请']);
    assert.equal(
      (await (await ctx().login('csmanager')).get(`${url}/exports`)).body.find(
        (e: { exportId: string }) => e.exportId === id,
      ).state,
      'expired',
    );
  });

  test('ORG-2, CUS-3: nobody approves their own export request; nothing is written', async () => {
    const admin = await ctx().login('admin');
    admin.lang = 'zh-CN';
    const id = await ask(admin);
    const own = await admin.post(`${url}/exports/${id}/approve`, {});
    assert.deepEqual(
      [own.status, own.body.error.message],
      [403, '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定'],
    );
    const row = await customersDb(ctx().deps.db.k)
      .selectFrom('export_requests')
      .select(['status', 'decided_by', 'decided_at'])
      .where('export_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'requested', decided_by: null, decided_at: null });
  });

  test('CUS-3: the night supervisor prints the emergency contact list in full, with a purpose; every print is logged', async () => {
    const night = await ctx().login('nightmgr');
    night.lang = 'zh-CN';
    const before = await logged('emergency_list');
    const noPurpose = await night.get(`${url}/emergency-list/print`);
    assert.deepEqual([noPurpose.status, noPurpose.body.error.fields[0].path], [400, 'reason']);
    const page = await night.get(`${url}/emergency-list/print?reason=${encodeURIComponent('夜班值守备用')}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const text = String(page.body);
    assert.ok(
      text.includes('紧急联系人名单') &&
        text.includes('欧阳明') &&
        text.includes('13612345678') &&
        text.includes('13511112222'),
    );
    assert.ok(
      text.includes('郑涛（夜班经理）') && text.includes('夜班值守备用'),
      'who printed it and why are on the page',
    );
    const xlsx = await ctx().app.request(
      `${url}/emergency-list.xlsx?reason=${encodeURIComponent('停电应急')}`,
      { headers: { cookie: night.cookie } },
    );
    assert.equal(xlsx.status, 200);
    assert.equal(await logged('emergency_list'), before + 2);
    for (const who of ['guard', 'clerk', 'cashier'])
      assert.equal(
        (await (await ctx().login(who)).get(`${url}/emergency-list/print?reason=test`)).status,
        403,
        who,
      );
  });
});
