/** Tickets through the real API, as the desk makes and moves them (on the campus, the demo's ticket project). */
import assert from 'node:assert/strict';
import type { Client, TestContext } from '../harness.ts';
import { nextSeq } from './sequence.ts';

export function ticketsUrl(ctx: TestContext): string {
  return `/api/projects/${ctx.projects.CAMPUS}/tickets`;
}

/**
 * Takes a ticket in (POST /tickets, optionally with an idempotency key); defaults make an
 * inquiry, the kind that needs nothing else. Asserts the desk accepted it.
 */
export async function createTestTicket(
  c: Client,
  ctx: TestContext,
  overrides: Record<string, unknown> = {},
  idemKey?: string,
) {
  const body = { kind: 'inquiry', customerName: `访客${nextSeq()}`, description: '咨询', ...overrides };
  const r = await c.request('POST', ticketsUrl(ctx), body, idemKey ? { 'idempotency-key': idemKey } : {});
  assert.ok(r.status === 201 || r.status === 200, `intake: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Performs an action with the ticket's current version; asserts it succeeded. */
export async function step(
  c: Client,
  ctx: TestContext,
  ticket: { ticketId: string; version: number },
  action: string,
  body: Record<string, unknown> = {},
) {
  const r = await c.post(`${ticketsUrl(ctx)}/${ticket.ticketId}/${action}`, {
    version: ticket.version,
    ...body,
  });
  assert.equal(r.status, 200, `${action}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function detail(c: Client, ctx: TestContext, ticketId: string) {
  const r = await c.get(`${ticketsUrl(ctx)}/${ticketId}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

export async function customerByPhone(c: Client, ctx: TestContext, phone: string) {
  const r = await c.get(`/api/projects/${ctx.projects.CAMPUS}/customers?phone=${phone}`);
  assert.equal(r.status, 200);
  return r.body[0];
}

/**
 * The person's notifications about a ticket, besides the alert every classifier gets when a
 * complaint comes in (CMP-2, proven in people-notices.test.ts): what the later steps told them.
 */
export async function notificationsOf(ctx: TestContext, username: string, ticketId: string) {
  const u = await ctx.deps.db.k
    .selectFrom('users')
    .select('user_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return ctx.deps.db.k
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', u.user_id)
    .where('ticket_id', '=', ticketId)
    .where('kind', '!=', 'complaint.to_classify')
    .execute();
}
