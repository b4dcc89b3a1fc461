/**
 * CUS-3 / CUS-1: recording a caller never makes them one of a unit's people. A walk-in from
 * another company complaining about 1-405 was filed as its 同住人 and then offered as an
 * authorised carrier on release passes; links to units come only from the archive
 * workflows (roster, handover, move-in, transfer).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';

createTestApp('customers — a caller is no occupant', (ctx) => {
  let clerk: Client;
  let P = '';
  let unit405 = '';
  const links = async (customerId?: string) => {
    let q = ctx()
      .deps.db.k.selectFrom('customer_units')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('project_id', '=', P);
    if (customerId) q = q.where('customer_id', '=', customerId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const customers = async () =>
    Number(
      (
        await ctx()
          .deps.db.k.selectFrom('customers')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    P = ctx().projects.CAMPUS;
    clerk = await ctx().login('clerk');
    unit405 = (
      await ctx()
        .deps.db.k.selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', P)
        .where('code', '=', '1-405')
        .executeTakeFirstOrThrow()
    ).unit_id;
  });

  test("CUS-3: the desk's customer record takes no unit — a request naming one is refused and writes nothing", async () => {
    const [c0, l0] = [await customers(), await links()];
    const r = await clerk.post(`/api/projects/${P}/customers`, {
      kind: 'person',
      name: '外单位投诉人',
      phones: [{ phone: '13977778888' }],
      units: [{ unitId: unit405, relation: 'occupant' }],
    });
    assert.equal(r.status, 400);
    assert.deepEqual([await customers(), await links()], [c0, l0]);
  });

  test('CUS-3: a walk-in complainant recorded at the desk is linked to no unit and never offered as a pass carrier', async () => {
    const l0 = await links();
    // The desk's new-caller path: the caller's record, then the complaint about 1-405.
    const caller = await clerk.post(`/api/projects/${P}/customers`, {
      kind: 'person',
      name: '外单位投诉人',
      company: '邻楼某公司',
      phones: [{ phone: '13977778888' }],
    });
    assert.equal(caller.status, 201, JSON.stringify(caller.body));
    assert.deepEqual(caller.body.units, []);
    const t = await clerk.post(`/api/projects/${P}/tickets`, {
      kind: 'complaint',
      channel: 'walk_in',
      customerId: caller.body.customerId,
      customerName: '外单位投诉人',
      company: '邻楼某公司',
      contactPhone: '13977778888',
      unitId: unit405,
      description: '1-405 装修噪音影响我司办公',
      eventAt: ctx().clock.now().toISOString(),
    });
    assert.equal(t.status, 201, JSON.stringify(t.body));
    assert.equal(await links(caller.body.customerId), 0, 'no customer_units row for the caller');
    assert.equal(await links(), l0);

    const context = await clerk.get(`/api/projects/${P}/units/${unit405}/pass-context`);
    assert.equal(context.status, 200);
    assert.ok(
      !context.body.parties.some((p: { customerId: string }) => p.customerId === caller.body.customerId),
      "not among the unit's people",
    );
    const pass = await clerk.post(`/api/projects/${P}/passes`, {
      unitId: unit405,
      carrierType: 'company_staff',
      customerId: caller.body.customerId,
      carrierName: '外单位投诉人',
      purpose: 'temporary',
      items: [{ category: 'computer', name: '电脑', quantity: 1 }],
    });
    assert.equal(pass.status, 422);
    assert.equal(pass.body.error.fields[0].path, 'customerId');
  });

  test("CUS-3: a new caller's record keeps a whole number, not the last digits typed for the lookup", async () => {
    const before = await customers();
    const r = await clerk.post(`/api/projects/${P}/customers`, {
      kind: 'person',
      name: '新来电',
      phones: [{ phone: '8888' }],
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.error.fields[0].path, 'phones.0.phone');
    assert.equal(await customers(), before);
  });
});
