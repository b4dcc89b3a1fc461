/** Countdown arithmetic for deadlines (TKT-5), pure so it is tested without a browser. */

/**
 * A duration as a clock reading: 'MM:SS' under an hour, 'H:MM:SS' under a day, then
 * '<days> H:MM:SS'. The sign is dropped; the caller says whether it is remaining or over.
 * @example formatDuration(-(2 * 3600 + 5 * 60 + 9) * 1000, (d) => `${d}天`) // '2:05:09'
 */
export function formatDuration(ms: number, dayLabel: (days: number) => string): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `${dayLabel(days)} ${hours}:${pad(minutes)}:${pad(seconds)}`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(seconds)}`;
  return `${pad(minutes)}:${pad(seconds)}`;
}

/** Past its due time: the server's queue counts a deadline overdue once now is after it. */
export function isOverdue(dueAt: string | null | undefined, nowMs: number): boolean {
  return !!dueAt && Date.parse(dueAt) < nowMs;
}

/**
 * Ids of the tickets whose next deadline has passed, for marking their rows. A paused ticket
 * is not counting down, so it is never newly overdue while paused.
 */
export function overdueIds(
  items: readonly { ticketId: string; nextDueAt: string | null; pausedSince: string | null }[],
  nowMs: number,
): string[] {
  return items.filter((i) => !i.pausedSince && isOverdue(i.nextDueAt, nowMs)).map((i) => i.ticketId);
}
