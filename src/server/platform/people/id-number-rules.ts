/** ID document numbers as shown to people who need not see them whole (CUS-3). Pure, shared with the browser. */

/**
 * CUS-3: ID numbers are masked in lists and printouts — only the first three and last four show.
 * @example maskIdNumber('11010519491231002X') // '110***********002X'
 */
export function maskIdNumber(raw: string | null | undefined): string {
  const id = (raw ?? '').trim();
  if (id.length === 0) return '';
  if (id.length <= 4) return '*'.repeat(id.length);
  if (id.length <= 8) return `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
