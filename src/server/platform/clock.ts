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
