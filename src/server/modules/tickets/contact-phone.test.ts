/**
 * CUS-3 / TKT-1: the ticket keeps the customer's real contact number — typed in full, or the
 * archived number the digits typed at the desk end with — and shows it in full only to those
 * who call the customer: the CS desk and the worker assigned. The printed work order follows
 * the same rule (README).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  detail,
  createTestTicket,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';

createTestApp('tickets — the contact phone', (ctx) => {
  let clerk: Client;
  let supervisor: Client;
  let engineer: Client;
  let engineer2: Client;
  let qianHong = '';
  let unit808 = '';

  before(async () => {
    clerk = await ctx().login('clerk');
    supervisor = await ctx().login('supervisor');
    engineer = await ctx().login('engineer');
    engineer2 = await ctx().login('engineer2');
    unit808 = await campusUnitId(ctx(), '1-808');
    qianHong = (
      await ctx()
        .deps.db.k.selectFrom('customers')
        .select('customer_id')
        .where('project_id', '=', ctx().projects.CAMPUS)
        .where('name', '=', '钱宏')
        .executeTakeFirstOrThrow()
    ).customer_id;
  });

  const stored = async (ticketId: string) =>
    ctx()
      .deps.db.k.selectFrom('tickets')
      .select(['contact_phone', 'phone_norm'])
      .where('project_id', '=', ctx().projects.CAMPUS)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirstOrThrow();
  const ticketCount = async () =>
    Number(
      (
        await ctx()
          .deps.db.k.selectFrom('tickets')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test("CUS-3: a caller taken by the last 4 digits keeps the archive's whole number as the ticket's contact", async () => {
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerId: qianHong,
      customerName: '钱宏',
      contactPhone: '0004',
      unitId: unit808,
      description: '空调不制冷',
      urgency: 'urgent',
    });
    assert.deepEqual(await stored(t.ticketId), { contact_phone: '13601030004', phone_norm: '13601030004' });
    assert.equal(t.contactPhone, '13601030004', 'the desk sees it in full');
    // Nothing typed: the archive's number; a whole number typed (another phone): that one.
    const none = await createTestTicket(clerk, ctx(), {
      kind: 'inquiry',
      customerId: qianHong,
      customerName: '钱宏',
      description: '停车费怎么交',
    });
    assert.equal((await stored(none.ticketId)).contact_phone, '13601030004');
    const other = await createTestTicket(clerk, ctx(), {
      kind: 'inquiry',
      customerId: qianHong,
      customerName: '钱宏',
      contactPhone: '139 1111 2222',
      description: '发票抬头',
    });
    assert.equal((await stored(other.ticketId)).contact_phone, '139 1111 2222');
  });

  test('CUS-3: digits that are no whole number and end no archived number are refused; nothing is written', async () => {
    const before = await ticketCount();
    const anonymous = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerName: '路人',
      contactPhone: '0004',
      unitId: unit808,
      description: '门禁坏了',
      urgency: 'urgent',
    });
    assert.equal(anonymous.status, 422);
    assert.equal(anonymous.body.error.fields[0].path, 'contactPhone');
    clerk.lang = 'zh-CN';
    const wrongTail = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerId: qianHong,
      customerName: '钱宏',
      contactPhone: '9999',
      unitId: unit808,
      description: '门禁坏了',
      urgency: 'urgent',
    });
    clerk.lang = 'en';
    assert.equal(wrongTail.status, 422);
    assert.equal(
      wrongTail.body.error.message,
      '请输入完整的电话号码（至少 7 位数字），或客户档案中某个号码的尾号',
    );
    assert.equal(await ticketCount(), before);
  });

  test('CUS-3: the desk and the assigned worker see the contact in full; the rest of the department sees it masked', async () => {
    const engineerId = (
      await ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', 'engineer')
        .executeTakeFirstOrThrow()
    ).user_id;
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerId: qianHong,
      customerName: '钱宏',
      contactPhone: '0004',
      unitId: unit808,
      description: '插座冒烟',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering', assigneeId: engineerId });
    const shown = async (c: Client) => {
      const queued = (await c.get(`${ticketsUrl(ctx())}?includeClosed=1&limit=200`)).body.items.find(
        (i: { ticketId: string }) => i.ticketId === t.ticketId,
      );
      return [queued?.contactPhone, (await detail(c, ctx(), t.ticketId)).ticket.contactPhone];
    };
    assert.deepEqual(await shown(clerk), ['13601030004', '13601030004']);
    assert.deepEqual(await shown(supervisor), ['13601030004', '13601030004']);
    assert.deepEqual(await shown(engineer), ['13601030004', '13601030004'], 'assigned: calls ahead');
    assert.deepEqual(await shown(engineer2), ['136****0004', '136****0004'], 'same department, not assigned');
    // A step answers with the ticket as the actor may see it.
    const picked = await step(engineer, ctx(), t, 'pick-up');
    assert.equal(picked.contactPhone, '13601030004');
    // The work order printed by the assigned worker carries the number; by a colleague, masked.
    const print = async (c: Client) =>
      (await c.get(`${ticketsUrl(ctx())}/${t.ticketId}/print`)).body as string;
    assert.ok((await print(engineer)).includes('13601030004'));
    const colleague = await print(engineer2);
    assert.ok(colleague.includes('136****0004') && !colleague.includes('13601030004'));
  });
});
