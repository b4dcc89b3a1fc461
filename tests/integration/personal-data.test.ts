/**
 * CUS-3 across the product: every list, search and lookup that returns phones or ID numbers
 * shows them masked to a role that does not need them — one test per endpoint. Each request
 * is made as that role; the answer must carry the masked form and none of the whole numbers
 * on record (customers' phones and ID numbers, the roster's, and the numbers typed into the
 * records made below).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  createTestCustomer,
  type Client,
  type TestContext,
} from '../support/factory/index.ts';

const RENTER_PHONE = '13912345678';
const CONTACT_PHONE = '13601030004';
const VIEWER_PHONE = '13700001111';
const OWNER_ID = '11010519491231002X';

async function wholeNumbersOnRecord(ctx: TestContext): Promise<string[]> {
  const k = ctx.deps.db.k;
  const phones = await k.selectFrom('customer_phones').select(['phone', 'phone_norm']).execute();
  const ids = await k.selectFrom('customers').select('id_number').where('id_number', '!=', '').execute();
  const roster = await k.selectFrom('roster_entries').select(['phone', 'id_number']).execute();
  const all = [
    ...phones.flatMap((p) => [p.phone, p.phone_norm]),
    ...ids.map((c) => c.id_number),
    ...roster.flatMap((r) => [r.phone, r.id_number]),
    RENTER_PHONE,
    CONTACT_PHONE,
    VIEWER_PHONE,
  ];
  // Short numbers (an extension) could appear by chance in any text; every number on record here is longer.
  return [...new Set(all.filter((s) => s.replace(/\D/g, '').length >= 8))];
}

createTestApp('CUS-3: personal data per endpoint', (ctx) => {
  let P = '';
  let E = '';
  const as: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  let secrets: string[] = [];

  before(async () => {
    P = ctx().projects.CAMPUS;
    E = ctx().projects.ESTATE;
    for (const who of ['clerk', 'engineer', 'engineer2', 'cashier', 'estate.clerk'])
      as[who] = await ctx().login(who);
    const k = ctx().deps.db.k;
    const unit = async (code: string) =>
      (
        await k
          .selectFrom('units')
          .select('unit_id')
          .where('project_id', '=', P)
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).unit_id;
    const customer = async (name: string) =>
      (
        await k
          .selectFrom('customers')
          .select('customer_id')
          .where('project_id', '=', P)
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).customer_id;
    ids.u405 = await unit('1-405');
    ids.u808 = await unit('1-808');
    ids.u1101 = await unit('1-1101');
    ids.zhou = await customer('周建国');
    ids.ruifeng = await customer('瑞丰投资管理有限公司');
    ids.owner1101 = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '钱卫东',
      phone: '13911110001',
      unitId: ids.u1101,
      relation: 'owner',
    });
    await k
      .updateTable('customers')
      .set({ id_type: 'id_card', id_number: OWNER_ID })
      .where('project_id', '=', P)
      .where('customer_id', '=', ids.owner1101)
      .execute();

    const ok = (r: { status: number; body: unknown }, what: string) => {
      assert.ok(r.status === 200 || r.status === 201, `${what}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as Record<string, string>;
    };
    // A repair for 周建国, taken by the last 4 digits, forwarded to engineering and assigned to 'engineer'.
    const engineerId = (
      await k
        .selectFrom('users')
        .select('user_id')
        .where('username', '=', 'engineer')
        .executeTakeFirstOrThrow()
    ).user_id;
    const t = ok(
      await as.clerk!.post(`/api/projects/${P}/tickets`, {
        kind: 'repair',
        customerId: ids.zhou,
        customerName: '周建国',
        contactPhone: '0001',
        unitId: ids.u405,
        description: '灯不亮',
        urgency: 'urgent',
      }),
      'intake',
    );
    ids.ticket = t.ticketId!;
    ok(
      await as.clerk!.post(`/api/projects/${P}/tickets/${ids.ticket}/forward`, {
        version: t.version,
        department: 'engineering',
        assigneeId: engineerId,
      }),
      'forward',
    );
    ok(
      await as.cashier!.post(`/api/projects/${P}/parking/rentals`, {
        customerId: ids.ruifeng,
        unitId: ids.u808,
        plate: '京A12345',
        carModel: '奥迪',
        phone: RENTER_PHONE,
        licenceChecked: true,
        startDay: '2026-11-25',
        endDay: '2026-12-24',
      }),
      'rental',
    );
    ids.moveOut = ok(
      await as.clerk!.post(`/api/projects/${P}/move-outs`, {
        unitId: ids.u808,
        customerId: ids.ruifeng,
        moveDay: '2026-12-20',
        contactName: '钱宏',
        contactPhone: CONTACT_PHONE,
        forwardingAddress: '北京市朝阳区',
        keepIntactReminded: true,
      }),
      'move-out',
    ).moveOutId!;
    ids.pass = ok(
      await as.clerk!.post(`/api/projects/${P}/passes`, {
        unitId: ids.u405,
        carrierType: 'company_staff',
        customerId: ids.zhou,
        carrierName: '周建国',
        carrierIdNumber: '110101199001011234',
        purpose: 'temporary',
        items: [{ category: 'computer', name: '电脑', quantity: 1 }],
      }),
      'pass',
    ).passId!;
    ids.key = ok(
      await as.clerk!.post(`/api/projects/${P}/keys`, {
        unitId: ids.u1101,
        kind: 'developer',
        cabinetSlot: 'Z-01',
      }),
      'key',
    ).keyId!;
    ok(
      await as.clerk!.post(`/api/projects/${P}/keys/${ids.key}/viewing`, {
        escortId: engineerId,
        viewerName: '看房客户',
        viewerPhone: VIEWER_PHONE,
      }),
      'viewing',
    );
    // A handover of a unit the developer's roster names an owner for (ID number and phone on the roster).
    const rostered = await k
      .selectFrom('roster_entries as r')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
      )
      .select('u.unit_id')
      .where('r.project_id', '=', E)
      .where('u.status', '=', 'not_received')
      .orderBy('u.code')
      .executeTakeFirstOrThrow();
    ids.handover = ok(
      await as['estate.clerk']!.post(`/api/projects/${E}/handovers`, { unitId: rostered.unit_id }),
      'handover',
    ).handoverId!;
    secrets = await wholeNumbersOnRecord(ctx());
  });

  /** The answer as text (JSON or HTML): masked forms present, no whole number anywhere. */
  async function shows(who: string, url: () => string, masked: string[]): Promise<void> {
    const r = await as[who]!.get(url());
    assert.equal(r.status, 200, `${who} GET ${url()}: ${JSON.stringify(r.body).slice(0, 300)}`);
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    for (const m of masked) assert.ok(text.includes(m), `${url()} shows ${m}`);
    const leaked = secrets.filter((s) => text.includes(s));
    assert.deepEqual(leaked, [], `${who} sees whole numbers at ${url()}`);
  }

  const endpoints: [string, string, () => string, string[]][] = [
    [
      'customer search by name',
      'engineer',
      () => `/api/projects/${P}/customers?q=${encodeURIComponent('周建国')}`,
      ['138****0001'],
    ],
    [
      'caller lookup by number (the desk)',
      'clerk',
      () => `/api/projects/${P}/customers?phone=0001`,
      ['138****0001', '010****0001'],
    ],
    [
      'archive list',
      'cashier',
      () => `/api/projects/${P}/archives?q=${encodeURIComponent('钱卫东')}`,
      ['139****0001', '110***********002X'],
    ],
    [
      "a customer's archive",
      'clerk',
      () => `/api/projects/${P}/archives/customers/${ids.owner1101}`,
      ['139****0001', '110***********002X'],
    ],
    [
      'ticket queue (the department, not assigned)',
      'engineer2',
      () => `/api/projects/${P}/tickets`,
      ['138****0001'],
    ],
    [
      'ticket detail (the department, not assigned)',
      'engineer2',
      () => `/api/projects/${P}/tickets/${ids.ticket}`,
      ['138****0001'],
    ],
    [
      'work order print (the department, not assigned)',
      'engineer2',
      () => `/api/projects/${P}/tickets/${ids.ticket}/print`,
      ['138****0001'],
    ],
    ['parking renters', 'cashier', () => `/api/projects/${P}/parking/renters?q=1-808`, ['010****0004']],
    [
      'parking register',
      'cashier',
      () => `/api/projects/${P}/parking/register?day=2026-11-30`,
      ['139****5678'],
    ],
    [
      'parking register print',
      'cashier',
      () => `/api/projects/${P}/parking/register/print?day=2026-11-30`,
      ['139****5678'],
    ],
    ['move-out list', 'clerk', () => `/api/projects/${P}/move-outs`, ['136****0004']],
    [
      'move-out detail (the cashier)',
      'cashier',
      () => `/api/projects/${P}/move-outs/${ids.moveOut}`,
      ['136****0004'],
    ],
    [
      'move-out form print',
      'clerk',
      () => `/api/projects/${P}/move-outs/${ids.moveOut}/form`,
      ['136****0004'],
    ],
    [
      'pass context of a unit',
      'clerk',
      () => `/api/projects/${P}/units/${ids.u405}/pass-context`,
      ['138****0001', '010****0001'],
    ],
    ['pass list', 'clerk', () => `/api/projects/${P}/passes`, ['138****0001', '110***********1234']],
    [
      'pass detail',
      'clerk',
      () => `/api/projects/${P}/passes/${ids.pass}`,
      ['138****0001', '110***********1234'],
    ],
    [
      'key parties of a unit',
      'clerk',
      () => `/api/projects/${P}/units/${ids.u1101}/key-parties`,
      ['139****0001'],
    ],
    [
      "key detail (a viewing's visitor)",
      'clerk',
      () => `/api/projects/${P}/keys/${ids.key}`,
      ['137****1111'],
    ],
    [
      'billing accounts of a unit',
      'cashier',
      () => `/api/projects/${P}/billing/accounts?unitId=${ids.u808}`,
      [],
    ],
    [
      'billing statement of a unit',
      'cashier',
      () => `/api/projects/${P}/billing/statement?unitId=${ids.u808}`,
      [],
    ],
    [
      'the roster rows of a unit being handed over',
      'estate.clerk',
      () => `/api/projects/${E}/handovers/${ids.handover}/roster`,
      ['***********', '****'],
    ],
  ];
  for (const [what, who, url, masked] of endpoints) {
    test(`CUS-3: ${what} shows ${who} phones and ID numbers masked`, () => shows(who, url, masked));
  }

  test('CUS-3: in full only where the endpoint names who needs it — the desk on a move-out it runs, the assigned worker on the ticket', async () => {
    assert.equal(
      (await as.clerk!.get(`/api/projects/${P}/move-outs/${ids.moveOut}`)).body.notice.contactPhone,
      CONTACT_PHONE,
    );
    assert.equal(
      (await as.engineer!.get(`/api/projects/${P}/tickets/${ids.ticket}`)).body.ticket.contactPhone,
      '13801010001',
    );
  });
});
