/**
 * Key custody through the API on both databases (KEY-1..4): the register, handing a key to
 * the entrusted owner, viewings with the key in staff hands, internal borrowing with the
 * keeper's consent and the approvals of irregular requests, and lost keys.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  createTestCustomer,
  countRows,
  padSignature,
  unitIdOf,
  userIdOf,
} from '../../../../tests/support/factory/index.ts';

createTestApp('key custody', (ctx) => {
  let clerk: Client;
  let P = '';
  let url = '';
  const units = { '1-403': '', '1-404': '', '1-1004': '', '1-507': '', '1-1101': '', '1-1102': '' };
  const people = { owner403: '', wife403: '', stranger: '', owner1004: '', owner404: '' };
  let engineer = '';
  let entrustedKey = '';

  const register = (body: Record<string, unknown>) => clerk.post(url, { kind: 'developer', ...body });
  const issue = (keyId: string, customerId: string, idNumber: string, extra: Record<string, unknown> = {}) =>
    clerk.post(`${url}/${keyId}/issue`, {
      customerId,
      idNumber,
      signature: padSignature('领取人'),
      ...extra,
    });
  const at = (localTime: string) => `2026-11-25T${localTime}:00+08:00`;

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/keys`;
    clerk = await ctx().login('clerk');
    clerk.lang = 'zh-CN';
    for (const code of Object.keys(units) as (keyof typeof units)[])
      units[code] = await unitIdOf(ctx(), P, code);
    people.owner403 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '吴业主',
      phone: '13922220001',
      unitId: units['1-403'],
      relation: 'owner',
      idNumber: '110101198001011111',
    });
    people.wife403 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '吴太太',
      phone: '13922220002',
      unitId: units['1-403'],
      relation: 'occupant',
      idNumber: '110101198202022222',
    });
    people.stranger = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '李四',
      phone: '13922220003',
      unitId: units['1-403'],
      relation: 'occupant',
    });
    people.owner1004 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '孙业主',
      phone: '13922220004',
      unitId: units['1-1004'],
      relation: 'owner',
    });
    people.owner404 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '郑业主',
      phone: '13922220005',
      unitId: units['1-404'],
      relation: 'owner',
    });
    engineer = await userIdOf(ctx(), 'engineer');
  });

  test('KEY-1: a key is registered with its number, cabinet slot, keeper and the persons entrusted; a slot holds one key', async () => {
    const r = await register({
      unitId: units['1-403'],
      kind: 'entrusted',
      cabinetSlot: 'A-01',
      entrustedBy: people.owner403,
      entrusted: [people.wife403],
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.number, 'K-0004'); // after the demo's three keys
    assert.equal(r.body.state, 'in_cabinet');
    assert.equal(r.body.keeperName, '王芳（前台）');
    assert.deepEqual(
      r.body.entrusted.map((e: { name: string }) => e.name).sort(),
      ['吴太太', '吴业主'].sort(),
    );
    assert.deepEqual(
      r.body.movements.map((m: { kind: string }) => m.kind),
      ['registered'],
    );
    entrustedKey = r.body.keyId;
    const keys = await countRows(ctx(), 'keys', P);
    const clash = await register({ unitId: units['1-404'], cabinetSlot: 'A-01' });
    assert.equal(clash.status, 409);
    assert.equal(clash.body.error.message, '钥匙柜 A-01 号位已存放钥匙 K-0004');
    assert.equal(await countRows(ctx(), 'keys', P), keys);
  });

  test('KEY-1: owners entrust keys of vacant units only; nothing is written for a refused key', async () => {
    const keys = await countRows(ctx(), 'keys', P);
    const occupied = await register({
      unitId: units['1-404'],
      kind: 'entrusted',
      cabinetSlot: 'A-02',
      entrustedBy: people.owner404,
    });
    assert.equal(occupied.status, 422);
    assert.equal(occupied.body.error.message, '只接受空置房的钥匙委托：1-404 当前为办公');
    assert.equal(occupied.body.error.fields[0].path, 'kind');
    const notOwner = await register({
      unitId: units['1-403'],
      kind: 'entrusted',
      cabinetSlot: 'A-02',
      entrustedBy: people.stranger,
    });
    assert.equal(notOwner.body.error.message, '委托人须是该单元登记的业主');
    const received = await register({ unitId: units['1-403'], kind: 'not_received', cabinetSlot: 'A-02' });
    assert.equal(received.body.error.message, '未接房钥匙只能登记在未接房的单元：1-403 当前为空置');
    assert.equal(await countRows(ctx(), 'keys', P), keys);
  });

  test('KEY-2: only the person entrusted may collect; a person not entrusted is refused and nothing is written', async () => {
    const movements = await countRows(ctx(), 'key_movements', P);
    const refused = await issue(entrustedKey, people.stranger, '110101199909099999');
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.message, '李四 不是该钥匙的托管领取人，非托管人一概不得领取');
    assert.equal(refused.body.error.fields[0].path, 'customerId');
    assert.equal(await countRows(ctx(), 'key_movements', P), movements);
    assert.equal(await countRows(ctx(), 'signatures', P), 0);
    assert.equal((await clerk.get(`${url}/${entrustedKey}`)).body.state, 'in_cabinet');
  });

  test('KEY-2: identity checked against the archive, the signature required, then the key is handed over', async () => {
    const wrongId = await issue(entrustedKey, people.wife403, '110101198202020000');
    assert.equal(wrongId.body.error.message, '证件号码与 吴太太 档案中登记的不一致，不能领取');
    assert.equal(wrongId.body.error.fields[0].path, 'idNumber');
    const unsigned = await issue(entrustedKey, people.wife403, '110101198202022222', {
      signature: { signerName: '吴太太', method: 'pad' },
    });
    assert.equal(unsigned.status, 422);
    assert.equal(unsigned.body.error.fields[0].path, 'signature.image');
    const ok = await issue(entrustedKey, people.wife403, '110101198202022222');
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.state, 'handed_over');
    const handed = ok.body.movements.at(-1);
    assert.equal(handed.kind, 'issued');
    assert.equal(handed.personName, '吴太太');
    assert.equal(handed.idNumberMasked, '110***********2222');
    assert.equal(handed.signatures[0].signerName, '领取人');
    const again = await issue(entrustedKey, people.owner403, '110101198001011111');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.message, '钥匙当前已交业主，不能办理此操作');
    // The slot is free again once the key left for good.
    assert.equal((await register({ unitId: units['1-403'], cabinetSlot: 'A-01' })).status, 201);
  });

  test('KEY-2: a developer’s key goes only to an owner whose handover is finished', async () => {
    const notReceived = (
      await register({ unitId: units['1-1004'], kind: 'not_received', cabinetSlot: 'B-01' })
    ).body;
    const early = await issue(notReceived.keyId, people.owner1004, '110101197001010001');
    assert.equal(early.body.error.message, '1-1004 尚未办完交房手续，不能交付钥匙');
    const developer = (await register({ unitId: units['1-404'], cabinetSlot: 'B-02' })).body;
    const tenant = await issue(developer.keyId, people.stranger, '110101197001010001');
    assert.equal(tenant.body.error.message, '李四 不是 1-404 的业主，不能领取钥匙');
    const owner = await issue(developer.keyId, people.owner404, '110101197001010002');
    assert.equal(owner.body.state, 'handed_over');
  });

  test('KEY-3: for a viewing the key stays in an escort’s hands — a customer cannot hold it', async () => {
    const key = (await register({ unitId: units['1-507'], cabinetSlot: 'C-01' })).body;
    const toViewer = await clerk.post(`${url}/${key.keyId}/viewing`, {
      escortId: people.stranger,
      viewerName: '看房客户',
    });
    assert.equal(toViewer.status, 422);
    assert.equal(toViewer.body.error.message, '看房须由本项目员工把持钥匙、陪同开门，请选择陪同员工');
    const viewing = await clerk.post(`${url}/${key.keyId}/viewing`, {
      escortId: engineer,
      viewerName: '看房客户',
      viewerPhone: '13700000000',
    });
    assert.equal(viewing.body.state, 'viewing');
    assert.equal(viewing.body.holderName, '刘强（工程部）');
    assert.equal(viewing.body.movements.at(-1).detail.viewerName, '看房客户');
    assert.equal((await issue(key.keyId, people.owner404, 'x')).status, 409);
    const back = await clerk.post(`${url}/${key.keyId}/return`, { note: '看房结束' });
    assert.equal(back.body.state, 'in_cabinet');
    assert.equal(back.body.holderName, '');
  });

  test('KEY-3: two staff taking the same key at once — exactly one gets it (row lock)', async () => {
    const key = (await register({ unitId: units['1-1101'], cabinetSlot: 'C-02' })).body;
    const supervisor = await ctx().login('supervisor');
    const results = await Promise.all([
      clerk.post(`${url}/${key.keyId}/viewing`, { escortId: engineer, viewerName: '甲' }),
      supervisor.post(`${url}/${key.keyId}/viewing`, { escortId: engineer, viewerName: '乙' }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    assert.equal(
      (await clerk.get(`${url}/${key.keyId}`)).body.movements.filter(
        (m: { kind: string }) => m.kind === 'viewing',
      ).length,
      1,
    );
  });

  test('KEY-4: internal borrowing needs the keeper’s consent and the borrower’s signature; a loss is on the borrower', async () => {
    const key = (await register({ unitId: units['1-1102'], cabinetSlot: 'D-01' })).body;
    const req = await clerk.post(`${url}/${key.keyId}/requests`, {
      kind: 'borrow',
      borrowerId: engineer,
      reason: '检修空调',
      dueAt: at('17:00'),
    });
    assert.equal(req.status, 201, JSON.stringify(req.body));
    assert.equal(req.body.irregular, false);
    assert.deepEqual(req.body.steps, ['keeper']);
    const id = req.body.requestId;
    const early = await clerk.post(`/api/projects/${P}/key-requests/${id}/issue`, {
      signature: padSignature('刘强'),
    });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.message, '申请尚未获批（当前：待审批）');
    const supervisor = await ctx().login('supervisor');
    supervisor.lang = 'zh-CN';
    const notKeeper = await supervisor.post(`/api/projects/${P}/key-requests/${id}/decide`, {
      step: 'keeper',
      decision: 'approved',
    });
    assert.equal(notKeeper.status, 403);
    assert.equal(notKeeper.body.error.message, '只有该钥匙的管理员可以同意借用');
    assert.equal(
      (
        await clerk.post(`/api/projects/${P}/key-requests/${id}/decide`, {
          step: 'keeper',
          decision: 'approved',
        })
      ).body.state,
      'approved',
    );
    const out = await clerk.post(`/api/projects/${P}/key-requests/${id}/issue`, {
      signature: padSignature('刘强'),
    });
    assert.equal(out.body.state, 'borrowed');
    assert.equal(out.body.holderName, '刘强（工程部）');
    const lost = await clerk.post(`${url}/${key.keyId}/lost`, { note: '工程部报告遗失' });
    assert.equal(lost.body.state, 'lost');
    assert.deepEqual(lost.body.movements.at(-1).detail, {
      attributedTo: '刘强（工程部）',
      basis: 'holder',
      from: 'borrowed',
      keeper: '王芳（前台）',
    });
    assert.equal((await clerk.post(`${url}/${key.keyId}/return`, {})).status, 409);
  });

  test('KEY-4: an irregular request needs the project manager’s and then the company’s approval, in order, by different people', async () => {
    const key = (await register({ unitId: units['1-507'], cabinetSlot: 'D-02' })).body;
    const req = (
      await clerk.post(`${url}/${key.keyId}/requests`, {
        kind: 'borrow',
        borrowerId: engineer,
        reason: '夜间抢修',
        dueAt: '2026-11-26T10:00:00+08:00',
      })
    ).body;
    assert.deepEqual(
      [req.irregular, req.irregularReasons, req.steps],
      [true, ['overnight'], ['project_manager', 'company', 'keeper']],
    );
    const decide = (c: Client, step: string, decision = 'approved') =>
      c.post(`/api/projects/${P}/key-requests/${req.requestId}/decide`, { step, decision });
    const order = await decide(clerk, 'keeper');
    assert.equal(order.status, 409);
    assert.equal(order.body.error.message, '请按顺序审批，当前等待：项目经理批准');
    const pm = await ctx().login('pm');
    pm.lang = 'zh-CN';
    assert.equal((await decide(pm, 'project_manager')).body.pendingStep, 'company');
    assert.equal((await decide(pm, 'company')).body.error.message, '此环节须由公司领导（公司管理员）批准');
    const admin = await ctx().login('admin');
    assert.equal((await decide(admin, 'company')).body.pendingStep, 'keeper');
    assert.equal((await decide(clerk, 'keeper')).body.state, 'approved');
    const out = await clerk.post(`/api/projects/${P}/key-requests/${req.requestId}/issue`, {
      signature: padSignature('刘强'),
    });
    assert.equal(out.body.state, 'borrowed');
    assert.equal((await clerk.post(`${url}/${key.keyId}/return`, {})).body.state, 'in_cabinet');
    // Lost from the cabinet: the keeper answers for it.
    const lost = await clerk.post(`${url}/${key.keyId}/lost`, { note: '盘点未见' });
    assert.equal(lost.body.movements.at(-1).detail.attributedTo, '王芳（前台）');
  });

  test('KEY-4: an owner collecting outside the procedure, once approved by the project manager and the company, still shows ID and signs', async () => {
    const key = (await register({ unitId: units['1-1004'], kind: 'not_received', cabinetSlot: 'E-01' })).body;
    const req = (
      await clerk.post(`${url}/${key.keyId}/requests`, {
        kind: 'owner_collect',
        customerId: people.owner1004,
        reason: '交房资料在补办，业主急需进场测量',
      })
    ).body;
    assert.deepEqual(req.steps, ['project_manager', 'company']);
    const refusedStill = await issue(key.keyId, people.owner1004, '110101197001010001', {
      requestId: req.requestId,
    });
    assert.equal(refusedStill.status, 422);
    const pm = await ctx().login('pm');
    await pm.post(`/api/projects/${P}/key-requests/${req.requestId}/decide`, {
      step: 'project_manager',
      decision: 'approved',
    });
    const admin = await ctx().login('admin');
    await admin.post(`/api/projects/${P}/key-requests/${req.requestId}/decide`, {
      step: 'company',
      decision: 'approved',
    });
    const noId = await issue(key.keyId, people.owner1004, '', { requestId: req.requestId });
    assert.equal(noId.body.error.message, '请核验领取人身份证件并填写证件号码');
    const ok = await issue(key.keyId, people.owner1004, '110101197001010001', { requestId: req.requestId });
    assert.equal(ok.body.state, 'handed_over');
    assert.equal(ok.body.movements.at(-1).detail.irregular, true);
    assert.equal(ok.body.requests[0].state, 'issued');
  });

  test('access: the register is the CS desk’s; another project’s staff cannot see it', async () => {
    const eng = await ctx().login('engineer');
    assert.equal((await eng.get(url)).status, 403);
    const other = await ctx().login('estate.clerk');
    assert.equal((await other.get(url)).status, 404);
    assert.equal((await other.post(`${url}/${entrustedKey}/return`, {})).status, 404);
    const list = (await clerk.get(`${url}?state=in_cabinet`)).body;
    assert.ok(list.length >= 2 && list.every((k: { state: string }) => k.state === 'in_cabinet'));
  });

  test('ORG-2: nobody approves a key for himself, nor a request he made; nothing is written', async () => {
    const pm = await ctx().login('pm');
    pm.lang = 'zh-CN';
    const pmId = await userIdOf(ctx(), 'pm');
    const clerkId = await userIdOf(ctx(), 'clerk');
    const overnight = '2026-11-26T10:00:00+08:00';
    const request = async (by: Client, unit: string, slot: string, body: Record<string, unknown>) => {
      const key = (await register({ unitId: await unitIdOf(ctx(), P, unit), cabinetSlot: slot })).body;
      const r = await by.post(`${url}/${key.keyId}/requests`, {
        kind: 'borrow',
        reason: '夜间检修',
        ...body,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.requestId as string;
    };
    const decide = (c: Client, id: string, step: string) =>
      c.post(`/api/projects/${P}/key-requests/${id}/decide`, { step, decision: 'approved' });
    const stateOf = async (id: string) =>
      (await clerk.get(`/api/projects/${P}/key-requests`)).body.find(
        (r: { requestId: string }) => r.requestId === id,
      );
    const cases = [
      {
        what: 'his own loan, his own request',
        id: await request(pm, '1-1201', 'F-01', { borrowerId: pmId, dueAt: overnight }),
        by: pm,
        step: 'project_manager',
      },
      {
        what: 'his own loan, asked for by the desk',
        id: await request(clerk, '1-1202', 'F-02', { borrowerId: pmId, dueAt: overnight }),
        by: pm,
        step: 'project_manager',
      },
      {
        what: 'the request he made for an engineer',
        id: await request(pm, '1-1203', 'F-03', { borrowerId: engineer, dueAt: overnight }),
        by: pm,
        step: 'project_manager',
      },
      {
        what: 'the keeper lending to himself',
        id: await request(clerk, '1-1204', 'F-04', { borrowerId: clerkId, dueAt: at('17:00') }),
        by: clerk,
        step: 'keeper',
      },
    ];
    const history = await countRows(ctx(), 'history', P);
    for (const c of cases) {
      const r = await decide(c.by, c.id, c.step);
      assert.deepEqual(
        [r.status, r.body.error?.message],
        [403, '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定'],
        c.what,
      );
      const after = await stateOf(c.id);
      assert.deepEqual([after.state, after.pendingStep, after.approvals], ['pending', c.step, []], c.what);
    }
    assert.equal(await countRows(ctx(), 'history', P), history);
  });
});
