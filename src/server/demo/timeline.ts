/**
 * Seeding history with the real use cases: every step is scheduled at an instant in the past,
 * and the steps run in time order with the seed's FixedClock set to each instant — so what
 * the use cases stamp (received, forwarded, paid …) is that instant. Timers that fall due
 * between two steps are fired at their own due time, as the server's sweeper would have
 * fired them then: a deadline missed three weeks ago escalated three weeks ago, and nothing
 * piles up for the first sweep of the real server.
 */
import type { FixedClock } from '../platform/clock.ts';
import type { Deps } from '../platform/http/context.ts';
import { sweepOnce } from '../platform/timers/sweeper.ts';
import { timerHandlers } from '../timer-handlers.ts';

interface Step {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

export class Timeline {
  private steps: Step[] = [];
  private seq = 0;
  readonly deps: Deps;
  readonly clock: FixedClock;
  readonly end: Date;
  /** Steps that a use case refused (the seed is wrong, not the product): logged and counted. */
  failures: string[] = [];

  constructor(deps: Deps, clock: FixedClock, end: Date) {
    this.deps = { ...deps, clock };
    this.clock = clock;
    this.end = end;
  }

  /** Schedules `run` at `at`; a step after the end of the demo never happens (it is still to come). */
  at(at: Date, run: () => Promise<void>): boolean {
    const t = Math.max(at.getTime(), this.clock.now().getTime());
    if (t > this.end.getTime()) return false;
    const step = { at: t, seq: this.seq++, run };
    let i = this.steps.length;
    while (
      i > 0 &&
      (this.steps[i - 1]!.at > t || (this.steps[i - 1]!.at === t && this.steps[i - 1]!.seq > step.seq))
    )
      i--;
    this.steps.splice(i, 0, step);
    return true;
  }

  get pending(): number {
    return this.steps.length;
  }

  /** Runs every step in time order (steps may schedule more), then brings the clock to the end. */
  async run(onStep?: (done: number) => void): Promise<void> {
    let done = 0;
    for (let step = this.steps.shift(); step; step = this.steps.shift()) {
      await this.moveTo(step.at);
      try {
        await step.run();
      } catch (err) {
        this.failures.push(
          `${new Date(step.at).toISOString()}: ${(err as Error)?.message ?? String(err)} ${JSON.stringify((err as { fields?: unknown }).fields ?? '')}`,
        );
      }
      onStep?.(++done);
    }
    await this.moveTo(this.end.getTime());
  }

  /** Fires the timers due up to `t`, each at its own due time, then sets the clock to `t`. */
  private async moveTo(t: number): Promise<void> {
    const handlers = timerHandlers(this.deps);
    for (;;) {
      const due = await this.deps.db.k
        .selectFrom('timers')
        .select('due_at')
        .where('status', '=', 'pending')
        .where('due_at', '<=', new Date(t).toISOString())
        .orderBy('due_at')
        .limit(1)
        .executeTakeFirst();
      if (!due) break;
      const dueAt = Math.max(new Date(due.due_at).getTime(), this.clock.now().getTime());
      this.clock.set(new Date(dueAt));
      const fired = await sweepOnce({
        db: this.deps.db,
        clock: this.clock,
        logger: this.deps.logger,
        handlers,
        workerId: 'demo-seed',
        batch: 1000,
      });
      if (fired === 0) break; // a failing handler backs off to a later due time; never spin
    }
    if (t > this.clock.now().getTime()) this.clock.set(new Date(t));
  }
}
