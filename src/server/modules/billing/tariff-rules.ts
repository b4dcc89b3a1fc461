/**
 * The price of a temporary (visitor) parking fee item (PRK-2), kept in the fee item's
 * parameters: billing owns fee items and checks the tariff when one is defined; parking
 * prices a stay with it (parking/tariff-rules.ts). Pure: the browser shares it.
 */
export interface TemporaryTariff {
  /** Stays up to this many minutes are free (0 = none; a 0-minute stay is always free). */
  freeMinutes: number;
  firstMinutes: number;
  firstFen: number;
  /** Charged for every started hour after the first period. */
  hourFen: number;
  /** Most charged per local calendar day; 0 = no cap. */
  dailyCapFen: number;
}

/** PRK-2's example project. */
export const DEFAULT_TEMPORARY_TARIFF: TemporaryTariff = {
  freeMinutes: 0,
  firstMinutes: 120,
  firstFen: 200,
  hourFen: 100,
  dailyCapFen: 600,
};

export function assertTariff(t: TemporaryTariff): void {
  const ints = [t.freeMinutes, t.firstMinutes, t.firstFen, t.hourFen, t.dailyCapFen];
  if (ints.some((n) => !Number.isSafeInteger(n) || n < 0))
    throw new RangeError('tariff values must be non-negative integers');
  if (t.firstMinutes === 0) throw new RangeError('the first period must be at least one minute');
}
