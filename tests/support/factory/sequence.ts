/** Unique suffixes for the defaults (codes, phones, receipt numbers) so two calls never clash. */
let n = 0;
export const nextSeq = (): number => ++n;
