/**
 * Mainland-China public holidays and make-up working days (调休) for 2026, in the import
 * format of the calendar page. Check against the State Council's notice each year.
 */
export const CALENDAR_2026 = `
2026-01-01..2026-01-03 holiday 元旦
2026-01-04 workday 元旦调休
2026-02-14 workday 春节调休
2026-02-15..2026-02-23 holiday 春节
2026-02-28 workday 春节调休
2026-04-04..2026-04-06 holiday 清明节
2026-05-01..2026-05-05 holiday 劳动节
2026-05-09 workday 劳动节调休
2026-06-19..2026-06-21 holiday 端午节
2026-09-20 workday 国庆调休
2026-09-25..2026-09-27 holiday 中秋节
2026-10-01..2026-10-07 holiday 国庆节
2026-10-10 workday 国庆调休
`;
