/**
 * The queue's filters live in the URL (?kind=repair&overdue=1&page=2), so a link, a reload or
 * the back button shows the same queue. Pure: URL ↔ filters ↔ the API's query string.
 */
export const PAGE_SIZE = 50;

export interface QueueFilters {
  kind?: string;
  level?: string;
  state?: string;
  department?: string;
  building?: string;
  mine: boolean;
  overdue: boolean;
  /** Search text: a number, name or words; digits only (4+) search by phone. */
  text?: string;
  page: number;
}

const TEXT_KEYS = ['kind', 'level', 'state', 'department', 'building', 'text'] as const;

/** @example readFilters(new URLSearchParams('kind=repair&mine=1')) // { kind: 'repair', mine: true, overdue: false, page: 1 } */
export function readFilters(params: URLSearchParams): QueueFilters {
  const f: QueueFilters = {
    mine: params.get('mine') === '1',
    overdue: params.get('overdue') === '1',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  for (const k of TEXT_KEYS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

/** Filters → URL; defaults are left out so a plain queue has a plain URL. */
export function writeFilters(f: QueueFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of TEXT_KEYS) if (f[k]) p.set(k, f[k]!);
  if (f.mine) p.set('mine', '1');
  if (f.overdue) p.set('overdue', '1');
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

/** A caller's number (or its last 4+ digits) searches by phone; anything else by text. */
export function isPhoneSearch(text: string): boolean {
  const compact = text.replace(/[\s-]/g, '');
  return /^\+?\d{4,}$/.test(compact);
}

/**
 * The GET /tickets query for these filters. A number is searched as a phone only by the roles
 * that take calls (`byPhone`, CUS-3); for others it is text (a ticket number's digits).
 * @example apiQuery({ text: '13601030004', mine: false, overdue: true, page: 2 }, true) // 'overdue=1&phone=13601030004&limit=50&offset=50'
 */
export function apiQuery(f: QueueFilters, byPhone: boolean): string {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.level) p.set('level', f.level);
  if (f.state) p.set('state', f.state);
  if (f.department) p.set('department', f.department);
  if (f.building) p.set('buildingId', f.building);
  if (f.mine) p.set('mine', '1');
  if (f.overdue) p.set('overdue', '1');
  if (f.text) p.set(byPhone && isPhoneSearch(f.text) ? 'phone' : 'q', f.text);
  p.set('limit', String(PAGE_SIZE));
  p.set('offset', String((f.page - 1) * PAGE_SIZE));
  return p.toString();
}
