/**
 * The customer archive on both databases (CUS-1, CUS-3, CUS-5): masked lists and details,
 * the full view with a reason and its log, editing, scans, sealing, the other classes of
 * archive. Owners of CAMPUS building 2 come in through the roster import.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  importOwners,
  uploadScan,
} from '../../../../../tests/support/factory/index.ts';
import { residentId } from '../roster/roster-file.ts';

const ID_A = residentId('110105', '19751008', 21);
const ID_B = residentId('310101', '19820214', 13);

createTestApp('customers — the archive', (ctx) => {
  let archivist: Client;
  let clerk: Client;
  let manager: Client;
  let P = '';
  let url = '';
  let owners: Record<string, string> = {};
  const versionOf = async (id: string) =>
    (await archivist.get(`${url}/customers/${id}`)).body.version as number;
  const accessCount = async () =>
    Number(
      (
        await ctx()
          .deps.db.k.selectFrom('archive_access_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/archives`;
    archivist = await ctx().login('archivist');
    archivist.lang = 'zh-CN';
    clerk = await ctx().login('clerk');
    clerk.lang = 'zh-CN';
    manager = await ctx().login('csmanager');
    manager.lang = 'zh-CN';
    owners = await importOwners(archivist, P, [
      ['2-401', '韩梅梅', '身份证', ID_A, '13812345678', 'HT-2-401'],
      ['2-402', '北京远航贸易有限公司', '营业执照', '91110000600037341L', '010-6501 0402', 'HT-2-402'],
      ['2-403', '李雷', '身份证', ID_B, '13987654321', ''],
    ]);
  });

  test('CUS-3: the list shows phones and ID numbers masked, to everyone who may look customers up; security and cleaning may not', async () => {
    for (const c of [archivist, clerk, await ctx().login('cashier')]) {
      const res = await c.get(`${url}?q=韩梅梅`);
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.rows.map(
          (r: {
            title: string;
            phone: string;
            idNumber: string;
            units: { code: string }[];
            class: string;
          }) => [r.title, r.phone, r.idNumber, r.units.map((u) => u.code), r.class],
        ),
        [['韩梅梅', '138****5678', `110***********${ID_A.slice(-4)}`, ['2-401'], 'owner']],
      );
    }
    for (const who of ['guard', 'cleaner'])
      assert.equal(
        (await (await ctx().login(who)).get(`${url}?q=韩梅梅`)).status,
        403,
        `${who} works on units, not on people`,
      );
  });

  test('CUS-5: archives are searchable by name, company, unit code, phone digits', async () => {
    const titles = async (q: string) =>
      (
        (await clerk.get(`${url}?q=${encodeURIComponent(q)}&class=owner`)).body.rows as { title: string }[]
      ).map((r) => r.title);
    assert.deepEqual(await titles('远航'), ['北京远航贸易有限公司']);
    assert.deepEqual(await titles('2-403'), ['李雷']);
    assert.deepEqual(
      await titles('87654321'),
      ['李雷'],
      'digits of a phone find it; the list still shows it masked',
    );
    assert.deepEqual(await titles('不存在的人'), []);
    const page = await clerk.get(`${url}?class=owner&limit=2&offset=0`);
    assert.equal(page.body.rows.length, 2);
    assert.ok(page.body.total >= 3);
  });

  test('CUS-3: the archive opens masked; the full archive needs archive.open and a reason, and every view is logged', async () => {
    const id = owners['2-401']!;
    const masked = (await clerk.get(`${url}/customers/${id}`)).body;
    assert.deepEqual(
      [masked.masked, masked.idNumber, masked.phones[0].phone, masked.birthday],
      [true, `110***********${ID_A.slice(-4)}`, '138****5678', '****-10-08'],
    );
    const before = await accessCount();
    const noPermission = await clerk.post(`${url}/customers/${id}/open`, { reason: '核对业主身份' });
    assert.equal(noPermission.status, 403);
    const noReason = await archivist.post(`${url}/customers/${id}/open`, {});
    assert.deepEqual([noReason.status, noReason.body.error.fields[0].path], [400, 'reason']);
    const blank = await archivist.post(`${url}/customers/${id}/open`, { reason: ' ' });
    assert.equal(blank.status, 400);
    assert.equal(await accessCount(), before, 'a refused view is not a view');
    const full = await archivist.post(`${url}/customers/${id}/open`, { reason: '业主来电核对身份' });
    assert.equal(full.status, 200);
    assert.deepEqual(
      [full.body.masked, full.body.idNumber, full.body.phones[0].phone],
      [false, ID_A, '13812345678'],
    );
    assert.equal(await accessCount(), before + 1);
    // Managers read the log: who, when, why, what was shown.
    const log = await manager.get(`${url}/access-log?customerId=${id}`);
    assert.equal(log.status, 200);
    assert.deepEqual(
      log.body.rows.map(
        (r: {
          kind: string;
          actorName: string;
          customerName: string;
          reason: string;
          at: string;
          shown: { fields: string[] };
        }) => [r.kind, r.actorName, r.customerName, r.reason, r.at, r.shown.fields],
      ),
      [
        [
          'open',
          '吴红（档案员）',
          '韩梅梅',
          '业主来电核对身份',
          ctx().clock.now().toISOString(),
          ['idNumber', 'phones', 'emergencyPhone', 'documents'],
        ],
      ],
    );
    assert.equal(
      (await archivist.get(`${url}/access-log`)).status,
      403,
      'the archivist does not read the log of her own views',
    );
    assert.equal((await clerk.get(`${url}/access-log`)).status, 403);
  });

  test('CUS-1: an owner archive keeps name, ID document, mobile, emergency mobile, birthday, company, vehicles and signed scans', async () => {
    const id = owners['2-401']!;
    const res = await archivist.patch(`${url}/customers/${id}`, {
      version: await versionOf(id),
      emergencyPhone: '13900001111',
      company: '远航贸易',
      vehicles: [{ plate: '京N·12345', model: '丰田凯美瑞' }],
      phones: [
        { phone: '13812345678', label: 'mobile' },
        { phone: '010-6501 2222', label: 'home' },
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const scan = await uploadScan(archivist, P, '购房合同首页');
    assert.equal(
      (await archivist.post(`${url}/customers/${id}/documents`, { documentId: scan })).status,
      201,
    );
    const full = (await archivist.post(`${url}/customers/${id}/open`, { reason: '整理档案' })).body;
    assert.deepEqual(
      {
        name: full.name,
        kind: full.kind,
        idType: full.idType,
        idNumber: full.idNumber,
        birthday: full.birthday,
        company: full.company,
        phones: full.phones.map((p: { phone: string }) => p.phone),
        emergency: full.emergencyPhone,
        vehicles: full.vehicles,
        units: full.units.map((u: { code: string; relation: string }) => `${u.code}/${u.relation}`),
        roster: full.roster.map((r: { contractNo: string }) => r.contractNo),
        docs: full.documents.map((d: { title: string }) => d.title),
      },
      {
        name: '韩梅梅',
        kind: 'person',
        idType: 'id_card',
        idNumber: ID_A,
        birthday: '1975-10-08',
        company: '远航贸易',
        phones: ['010-6501 2222', '13812345678'],
        emergency: '13900001111',
        vehicles: [{ plate: '京N·12345', model: '丰田凯美瑞' }],
        units: ['2-401/owner'],
        roster: ['HT-2-401'],
        docs: ['购房合同首页'],
      },
    );
    assert.equal((await clerk.get(`${url}/customers/${id}`)).body.emergencyPhone, '139****1111');
    const company = (await clerk.get(`${url}/customers/${owners['2-402']}`)).body;
    assert.deepEqual(
      [company.kind, company.company, company.idType],
      ['company', '北京远航贸易有限公司', 'business_licence'],
    );
  });

  test('CUS-3: a scan in an owner archive is read only with the archivist’s permission', async () => {
    const id = owners['2-401']!;
    const doc = (await archivist.get(`${url}/customers/${id}`)).body.documents[0].documentId;
    assert.equal((await archivist.get(`/api/projects/${P}/documents/${doc}`)).status, 200);
    assert.equal((await clerk.get(`/api/projects/${P}/documents/${doc}`)).status, 403);
    assert.equal((await manager.get(`/api/projects/${P}/documents/${doc}`)).status, 403);
  });

  test('CUS-1: bad edits are refused on their field and change nothing; a stale version is a conflict', async () => {
    const id = owners['2-403']!;
    const version = await versionOf(id);
    const badId = await archivist.patch(`${url}/customers/${id}`, {
      version,
      idType: 'id_card',
      idNumber: '110105198001010010',
    });
    assert.deepEqual(
      [badId.status, badId.body.error.fields[0].path, badId.body.error.message],
      [422, 'idNumber', '证件号码格式不正确'],
    );
    const half = await archivist.patch(`${url}/customers/${id}`, { version, idNumber: ID_B });
    assert.deepEqual(
      [half.status, half.body.error.fields[0].path, half.body.error.message],
      [422, 'idType', '证件类型和证件号码须一起填写'],
    );
    const badPhone = await archivist.patch(`${url}/customers/${id}`, { version, emergencyPhone: 'call me' });
    assert.deepEqual([badPhone.status, badPhone.body.error.fields[0].path], [400, 'emergencyPhone']);
    const stale = await archivist.patch(`${url}/customers/${id}`, {
      version: version + 1,
      emergencyPhone: '13900002222',
    });
    assert.equal(stale.status, 409);
    assert.equal(await versionOf(id), version, 'nothing written');
    const guard = await (
      await ctx().login('guard')
    ).patch(`${url}/customers/${id}`, { version, emergencyPhone: '13900002222' });
    assert.equal(guard.status, 403);
    const ok = await archivist.patch(`${url}/customers/${id}`, {
      version,
      idType: 'passport',
      idNumber: 'e7654321',
    });
    assert.deepEqual(
      [ok.status, ok.body.idType, ok.body.idNumber, ok.body.version],
      [200, 'passport', '****4321', version + 1],
    );
  });

  test('CUS-5: a sealed archive is read-only — no edit, no scan, no second seal — but can still be read and opened', async () => {
    const id = owners['2-403']!;
    const sealed = await archivist.post(`${url}/customers/${id}/seal`, { reason: '租户已迁出' });
    assert.deepEqual([sealed.status, sealed.body.archiveState], [200, 'sealed']);
    const version = sealed.body.version;
    const edit = await archivist.patch(`${url}/customers/${id}`, { version, emergencyPhone: '13900003333' });
    assert.deepEqual([edit.status, edit.body.error.message], [409, '该档案已封存或已转让，只能查看不能修改']);
    const scan = await uploadScan(archivist, P, '退租确认书');
    assert.equal(
      (await archivist.post(`${url}/customers/${id}/documents`, { documentId: scan })).status,
      409,
    );
    assert.equal((await archivist.post(`${url}/customers/${id}/seal`, { reason: '再次封存' })).status, 409);
    assert.equal(await versionOf(id), version);
    assert.equal(
      (await archivist.post(`${url}/customers/${id}/open`, { reason: '查阅封存档案' })).status,
      200,
    );
    const list = await clerk.get(`${url}?state=sealed`);
    assert.deepEqual(
      list.body.rows.map((r: { title: string }) => r.title),
      ['李雷'],
    );
  });

  test('CUS-1: the archive’s history shows what happened to it and who did it, without the numbers', async () => {
    const h = (await clerk.get(`${url}/customers/${owners['2-403']}`)).body.history as {
      action: string;
      actorName: string;
      before?: unknown;
    }[];
    assert.deepEqual(
      h.map((e) => e.action),
      ['created', 'archive_updated', 'archive_sealed'],
    );
    assert.deepEqual([...new Set(h.map((e) => e.actorName))], ['吴红（档案员）']);
    const raw = await ctx()
      .deps.db.k.selectFrom('history')
      .select(['before_json', 'after_json'])
      .where('project_id', '=', P)
      .where('entity_id', '=', owners['2-403']!)
      .execute();
    assert.ok(
      !JSON.stringify(raw).includes('E7654321') && !JSON.stringify(raw).includes(ID_B),
      'no ID number in the history',
    );
  });

  test('CUS-5: service contracts, correspondence, rules and internal records are classified and searchable with the customers', async () => {
    const made = [];
    for (const [cls, title, reference] of [
      ['contract', '保洁外包服务合同', 'FW-2026-001'],
      ['correspondence', '致业主委员会函', 'HJ-2026-07'],
      ['rules', '装修管理规定', 'GZ-003'],
      ['internal', '消防演练记录', 'NB-2026-11'],
    ] as const) {
      const r = await archivist.post(`${url}/records`, {
        class: cls,
        title,
        reference,
        counterparty: cls === 'contract' ? '洁美保洁公司' : '',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      made.push(r.body);
    }
    const byClass = await clerk.get(`${url}?class=contract`);
    assert.deepEqual(
      byClass.body.rows.map((r: { title: string; subtitle: string; counterparty: string }) => [
        r.title,
        r.subtitle,
        r.counterparty,
      ]),
      [['保洁外包服务合同', 'FW-2026-001', '洁美保洁公司']],
    );
    assert.deepEqual(
      (await clerk.get(`${url}?q=HJ-2026`)).body.rows.map((r: { class: string }) => r.class),
      ['correspondence'],
    );
    assert.deepEqual(
      (await clerk.get(`${url}?q=${encodeURIComponent('洁美')}`)).body.rows.map(
        (r: { type: string }) => r.type,
      ),
      ['record'],
    );
    const all = await clerk.get(`${url}?limit=100`);
    assert.deepEqual(
      new Set(all.body.rows.map((r: { class: string }) => r.class)),
      new Set(['owner', 'contract', 'correspondence', 'rules', 'internal']),
    );
    const refused = await clerk.post(`${url}/records`, { class: 'minutes', title: 'x' });
    assert.deepEqual([refused.status, refused.body.error.fields[0].path], [400, 'class']);
    assert.equal(
      (await (await ctx().login('guard')).post(`${url}/records`, { class: 'rules', title: '门岗制度' }))
        .status,
      403,
    );
    const edit = await archivist.patch(`${url}/records/${made[2].recordId}`, {
      version: made[2].version,
      title: '装修管理规定（2026 修订）',
    });
    assert.deepEqual(
      [edit.status, edit.body.title, edit.body.history.map((e: { action: string }) => e.action)],
      [200, '装修管理规定（2026 修订）', ['created', 'updated']],
    );
    assert.equal(
      (await archivist.patch(`${url}/records/${made[2].recordId}`, { version: made[2].version, title: 'x' }))
        .status,
      409,
    );
  });

  test('staff of another project neither read nor open these archives', async () => {
    const outsider = await ctx().login('estate.pm');
    assert.equal((await outsider.get(`${url}?q=韩`)).status, 404);
    assert.equal((await outsider.get(`${url}/customers/${owners['2-401']}`)).status, 404);
    assert.equal(
      (await outsider.post(`${url}/customers/${owners['2-401']}/open`, { reason: '越权查看' })).status,
      404,
    );
    const estate = ctx().projects.ESTATE;
    assert.equal(
      (await outsider.get(`/api/projects/${estate}/archives/customers/${owners['2-401']}`)).status,
      404,
      'a CAMPUS archive is not found through ESTATE',
    );
  });
});
