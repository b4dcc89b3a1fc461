/**
 * REL-4 under CUS-3: the pass screen lists the unit's people masked; the number on file for the
 * confirmation call is shown to the desk only while the pass waits for its call, only for the
 * party REL-4 names, and each showing is in the archive access log.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  createTestCustomer,
  unitIdOf,
} from '../../../../tests/support/factory/index.ts';

createTestApp('release passes — the number to call', (ctx) => {
  let P = '';
  let clerk: Client;
  let unit = '';
  let owner = '';
  let occupant = '';
  let passId = '';
  const logged = async () =>
    ctx()
      .deps.db.k.selectFrom('archive_access_log')
      .select(['kind', 'customer_id', 'shown_json'])
      .where('project_id', '=', P)
      .where('kind', '=', 'pass_call')
      .execute();

  before(async () => {
    P = ctx().projects.CAMPUS;
    clerk = await ctx().login('clerk');
    unit = await unitIdOf(ctx(), P, '1-1101');
    owner = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '钱卫东',
      phone: '13911110001',
      unitId: unit,
      relation: 'owner',
    });
    occupant = await createTestCustomer(ctx().deps, {
      projectId: P,
      name: '钱小宝',
      phone: '13911110002',
      unitId: unit,
      relation: 'occupant',
    });
    const created = await clerk.post(`/api/projects/${P}/passes`, {
      unitId: unit,
      carrierType: 'family',
      carrierName: '钱小宝',
      customerId: occupant,
      purpose: 'temporary',
      items: [{ category: 'furniture', name: '沙发', quantity: 1 }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(
      created.body.carrierPhone,
      '139****0002',
      'the carrier picked from the unit keeps their archived number, shown masked',
    );
    passId = created.body.passId;
  });

  test("CUS-3: the unit's people beside a pass are listed with masked phones", async () => {
    const context = await clerk.get(`/api/projects/${P}/units/${unit}/pass-context`);
    assert.deepEqual(
      context.body.parties.map((p: { name: string; phones: string[] }) => [p.name, p.phones]).sort(),
      [
        ['钱卫东', ['139****0001']],
        ['钱小宝', ['139****0002']],
      ].sort(),
    );
  });

  test("CUS-3/REL-4: the owner's number on file is shown for the call and logged", async () => {
    const r = await clerk.post(`/api/projects/${P}/passes/${passId}/call-number`, { customerId: owner });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, { customerId: owner, name: '钱卫东', phones: ['13911110001'] });
    const log = await logged();
    assert.equal(log.length, 1);
    assert.equal(log[0]!.customer_id, owner);
    assert.equal(JSON.parse(log[0]!.shown_json).passId, passId);
  });

  test("CUS-3/REL-4: nobody else's number, not to other roles, not once the call is recorded — and nothing logged then", async () => {
    const before = (await logged()).length;
    const notTheOwner = await clerk.post(`/api/projects/${P}/passes/${passId}/call-number`, {
      customerId: occupant,
    });
    assert.equal(notTheOwner.status, 422);
    assert.equal(notTheOwner.body.error.fields[0].path, 'customerId');
    for (const who of ['guard', 'cashier', 'engineer']) {
      assert.equal(
        (
          await (
            await ctx().login(who)
          ).post(`/api/projects/${P}/passes/${passId}/call-number`, { customerId: owner })
        ).status,
        403,
        who,
      );
    }
    const called = await clerk.post(`/api/projects/${P}/passes/${passId}/call`, {
      calledName: '钱卫东',
      calledPhone: '13911110001',
      calledAt: ctx().clock.now().toISOString(),
      answer: 'agreed',
    });
    assert.equal(called.status, 200, JSON.stringify(called.body));
    assert.equal(called.body.call.phone, '139****0001');
    assert.equal(
      (await clerk.post(`/api/projects/${P}/passes/${passId}/call-number`, { customerId: owner })).status,
      409,
    );
    assert.equal((await logged()).length, before);
  });
});
