/** Injectable time: tests drive deadlines by moving a FixedClock instead of waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class FixedClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }
  advanceMinutes(m: number): void {
    this.t += m * 60_000;
  }
}

export function iso(d: Date): string {
  return d.toISOString();
}

/**
 * A clock that starts at a chosen instant and then runs at real speed: a server under a
 * browser test lives on a date the test chose (so nothing depends on the day the suite runs),
 * while its sweeper, sessions and countdowns still see time pass. `set` jumps, like a FixedClock.
 */
export class RunningClock implements Clock {
  private offset: number;
  constructor(start: Date | string) {
    this.offset = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  set(at: Date | string): void {
    this.offset = new Date(at).getTime() - Date.now();
  }
  advanceMinutes(m: number): void {
    this.offset += m * 60_000;
  }
}
