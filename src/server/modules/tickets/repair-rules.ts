/**
 * What a repair must have decided before the department may report it done: urgent or
 * scheduled (REP-2) and the charge — warranty, paid at an agreed price, or not a repair
 * (REP-3) — for the work order, the callback and the month's bill (REP-7) depend on it.
 * Pure and import-free: the server refuses with it and the completion dialog asks with it.
 */
export type RepairDecision = 'urgency' | 'charge';

/**
 * @example undecidedBeforeCompletion({ urgency: 'urgent', charge: null, priceFen: null }) // ['charge']
 */
export function undecidedBeforeCompletion(t: {
  urgency: string | null;
  charge: string | null;
  priceFen: number | null;
}): RepairDecision[] {
  const out: RepairDecision[] = [];
  if (!t.urgency) out.push('urgency');
  // A paid repair counts as decided only with its price (classification refuses paid without one).
  if (!t.charge || (t.charge === 'paid' && t.priceFen === null)) out.push('charge');
  return out;
}
