/**
 * Test support: drives tickets through the real API at chosen instants, so the reports are
 * checked against histories made the way staff make them. Sessions expire after 12 idle
 * hours, so each move of the clock logs people in afresh.
 */
import {
  campusUnitId,
  createTestTicket,
  customerByPhone,
  detail,
  step,
  type Client,
  type TestContext,
} from '../../../../../tests/support/factory/index.ts';

type Ticket = { ticketId: string; version: number; number: string; state: string };

export class Scenario {
  private readonly ctx: () => TestContext;
  /** One login per person and clock move, shared by callers that ask at once (a burst of logins would be throttled). */
  private sessions = new Map<string, Promise<Client>>();
  constructor(ctx: () => TestContext) {
    this.ctx = ctx;
  }

  /** Moves the clock; everyone logs in again on next use. */
  at(iso: string): this {
    this.ctx().clock.set(iso);
    this.sessions.clear();
    return this;
  }

  as(username: string): Promise<Client> {
    let c = this.sessions.get(username);
    if (!c) {
      c = this.ctx().login(username);
      this.sessions.set(username, c);
    }
    return c;
  }

  unit(code: string): Promise<string> {
    return campusUnitId(this.ctx(), code);
  }

  async customerId(phone: string): Promise<string> {
    return (await customerByPhone(await this.as('clerk'), this.ctx(), phone)).customerId;
  }

  async userId(username: string): Promise<string> {
    return (
      await this.ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).user_id;
  }

  async intake(body: Record<string, unknown>): Promise<Ticket> {
    return createTestTicket(await this.as('clerk'), this.ctx(), body);
  }

  /** The ticket as it is now (its version moves with every action). */
  async fresh(t: { ticketId: string }): Promise<Ticket> {
    return (await detail(await this.as('supervisor'), this.ctx(), t.ticketId)).ticket;
  }

  async act(
    username: string,
    t: { ticketId: string },
    action: string,
    body: Record<string, unknown> = {},
  ): Promise<Ticket> {
    return step(await this.as(username), this.ctx(), await this.fresh(t), action, body);
  }

  /**
   * Forwarded to a department and picked up by `worker` (engineering by the engineer). A repair
   * whose charge is still open is decided warranty first, as the desk does before the work
   * (REP-3: it cannot be completed otherwise).
   */
  async toWork(t: { ticketId: string }, department = 'engineering', worker = 'engineer'): Promise<Ticket> {
    const now = (await this.fresh(t)) as Ticket & { kind: string; charge: string | null };
    if (now.kind === 'repair' && !now.charge) await this.act('clerk', t, 'classify', { charge: 'warranty' });
    const assigneeId = department === 'engineering' ? await this.userId(worker) : undefined;
    await this.act('clerk', t, 'forward', { department, ...(assigneeId && { assigneeId }) });
    return this.act(worker, t, 'pick-up');
  }
}
