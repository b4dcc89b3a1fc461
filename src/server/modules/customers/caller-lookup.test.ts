/**
 * CUS-3 on the customer search and the caller lookup (TKT-1): who may search at all, who may
 * look people up by their number and how, what the answer shows, and that user text in LIKE
 * is text.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';
import { SYSTEM_ACTOR } from '../../platform/access/actor.ts';
import { createCustomer } from './service.ts';
import { MAX_MATCHES } from './phone-search.ts';

type Found = { name: string; phones: { phone: string }[] }[];

createTestApp('customers — search and caller lookup', (ctx) => {
  let P = '';
  let url = '';
  const as: Record<string, Client> = {};

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/customers`;
    for (const who of ['clerk', 'supervisor', 'engineer', 'cashier', 'archivist', 'guard', 'cleaner'])
      as[who] = await ctx().login(who);
  });

  test('CUS-3: the cleaning and security roles get no customer search at all — by name or by number', async () => {
    for (const who of ['cleaner', 'guard']) {
      for (const q of ['?q=%25', `?q=${encodeURIComponent('周')}`, '?phone=0001', '?phone=13801010001']) {
        const r = await as[who]!.get(`${url}${q}`);
        assert.equal(r.status, 403, `${who} ${q}: ${JSON.stringify(r.body)}`);
      }
    }
  });

  test('CUS-3: a name search shows every role the phones masked, the desk included', async () => {
    for (const who of ['clerk', 'engineer', 'cashier', 'archivist']) {
      const r = await as[who]!.get(`${url}?q=${encodeURIComponent('周建国')}`);
      assert.equal(r.status, 200);
      assert.deepEqual(
        (r.body as Found).map((c) => [c.name, c.phones.map((p) => p.phone)]),
        [['周建国', ['138****0001']]],
        who,
      );
    }
  });

  test('CUS-3: % and _ typed into the search are characters, not wildcards — they list nobody', async () => {
    for (const q of ['%', '_', '%%', '\\']) {
      const r = await as.engineer!.get(`${url}?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, [], `q=${q}`);
    }
    await createCustomer(ctx().deps, SYSTEM_ACTOR, P, {
      kind: 'company',
      name: '百分百_科技',
      company: '',
      phones: [{ phone: '01065550000', label: 'office' }],
    });
    const names = async (q: string) =>
      ((await as.engineer!.get(`${url}?q=${encodeURIComponent(q)}`)).body as Found).map((c) => c.name);
    assert.deepEqual(await names('分_'), [], '_ matches no single character (分百 is not 分_)');
    assert.deepEqual(await names('百_科'), ['百分百_科技'], 'a _ in the text finds a _');
  });

  test('CUS-3: the desk looks a caller up by the whole number or its last 4+ digits; the answer is masked', async () => {
    const found = async (phone: string) =>
      ((await as.clerk!.get(`${url}?phone=${encodeURIComponent(phone)}`)).body as Found).map((c) => [
        c.name,
        c.phones.map((p) => p.phone),
      ]);
    assert.deepEqual(await found('13801010001'), [['周建国', ['138****0001']]]);
    assert.deepEqual(await found('+86 138-0101-0001'), [['周建国', ['138****0001']]]);
    assert.deepEqual(await found('0101 0001'), [['周建国', ['138****0001']]], 'the last 8 digits');
    assert.deepEqual(
      (await found('0001')).map((c) => c[0]).sort(),
      ['华信证券北京分公司', '周建国'].sort(),
      'the last 4 digits',
    );
    assert.deepEqual(await found('001'), [], 'three digits find nobody');
    assert.deepEqual(await found('1380101'), [], 'the first digits of a number are no tail of it');
    assert.deepEqual(await found('138010100019'), [], 'a whole number matches only itself');
    assert.equal(
      (await as.supervisor!.get(`${url}?phone=0001`)).status,
      200,
      'the supervisor takes calls too',
    );
  });

  test('CUS-3: roles that take no calls cannot look people up by their number', async () => {
    for (const who of ['engineer', 'cashier', 'archivist']) {
      for (const phone of ['0001', '13801010001'])
        assert.equal((await as[who]!.get(`${url}?phone=${phone}`)).status, 403, `${who} ${phone}`);
    }
    // The queue's search by number is a caller lookup as well.
    assert.equal((await as.engineer!.get(`/api/projects/${P}/tickets?phone=0001`)).status, 403);
    assert.equal((await as.clerk!.get(`/api/projects/${P}/tickets?phone=0001`)).status, 200);
  });

  test(`CUS-3: a search answers at most ${MAX_MATCHES} customers`, async () => {
    for (let i = 0; i < MAX_MATCHES + 5; i++) {
      await createCustomer(ctx().deps, SYSTEM_ACTOR, P, {
        kind: 'person',
        name: `同名测试${String(i).padStart(2, '0')}`,
        company: '',
        phones: [{ phone: `139${String(1000 + i)}8888`, label: 'mobile' }],
      });
    }
    assert.equal(
      ((await as.cashier!.get(`${url}?q=${encodeURIComponent('同名测试')}`)).body as Found).length,
      MAX_MATCHES,
    );
    assert.equal(((await as.clerk!.get(`${url}?phone=8888`)).body as Found).length, MAX_MATCHES);
  });
});
