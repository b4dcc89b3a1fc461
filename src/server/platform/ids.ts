import { randomBytes } from 'node:crypto';

/**
 * UUIDv7: time-ordered, so new rows land at the end of the primary-key index on both
 * databases instead of scattering like v4.
 * @example newId() // '019b0a4e-4f1c-7a3e-9c2d-6b1e0f2a3c4d'
 */
let lastMs = 0;
let seq = 0;

export function newId(nowMs: number = Date.now()): string {
  // Monotonic within a process: ids made in the same millisecond (a FixedClock in tests,
  // a bulk insert) still sort in creation order, so timelines ordered by id are exact.
  if (nowMs <= lastMs) {
    seq++;
    if (seq > 0xfff) {
      lastMs++;
      seq = 0;
    }
  } else {
    lastMs = nowMs;
    seq = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isId(s: string): boolean {
  return UUID_RE.test(s);
}
