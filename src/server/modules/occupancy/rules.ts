/**
 * Pure rules shared by the occupancy workflows (handover HND, move-in MVI, move-out MVO,
 * transfer TRF): month arithmetic on local days and the six months of fees paid ahead
 * (HND-3 at a handover, TRF-1 by a new owner). No I/O.
 */

/**
 * The same day `n` months later, clamped to the month's last day.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const PREPAY_MONTHS = 6;

export interface MonthlyItem {
  kind: string;
  areaBasis: 'building' | 'inner' | null;
  rateMillifen: number | null;
  amountFen: number | null;
  buildingId: string | null;
}

/**
 * TRF-1: the property-management fees of six months (物管费用 — the monthly area-rated and
 * fixed items in effect on the handover day), which the new owner pays at least in advance.
 * `areaFee` is billing's rounding rule (areaFeeFen), passed in so the amount matches the bills.
 */
export function prepayRequiredFen(
  items: readonly MonthlyItem[],
  unit: { buildingId: string; buildingAreaCentiM2: number; innerAreaCentiM2: number },
  areaFee: (areaCentiM2: number, rateMillifen: number) => number,
): number {
  let monthly = 0;
  for (const i of items) {
    if (i.buildingId && i.buildingId !== unit.buildingId) continue;
    if (i.kind === 'area' && i.rateMillifen !== null)
      monthly += areaFee(
        i.areaBasis === 'inner' ? unit.innerAreaCentiM2 : unit.buildingAreaCentiM2,
        i.rateMillifen,
      );
    if (i.kind === 'fixed' && i.amountFen !== null) monthly += i.amountFen;
  }
  return monthly * PREPAY_MONTHS;
}
