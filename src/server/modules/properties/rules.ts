/**
 * Pure rules of the property structure (PRP-1, PRP-2): unit numbering, bulk plans of a
 * building, areas in hundredths of a square metre, the unit statuses.
 */

/** Unit statuses (PRP-2): 未接房 空置 装修中 自住 出租 办公. */
export const UNIT_STATUSES = [
  'not_received',
  'vacant',
  'renovating',
  'owner_occupied',
  'tenant_occupied',
  'office_in_use',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Unit uses (PRP-2) plus the non-lettable kinds a building also has. */
export const UNIT_USES = [
  'office',
  'residential',
  'commercial',
  'apartment',
  'storage',
  'lobby',
  'hotel',
  'theatre',
  'other',
] as const;
export type UnitUse = (typeof UNIT_USES)[number];

export const BUILDING_KINDS = [
  'office',
  'residential',
  'hotel',
  'theatre',
  'commercial',
  'apartment',
  'mixed',
] as const;

/** Workflows allowed to change a unit's status (PRP-2); the properties module has none of its own. */
export const STATUS_WORKFLOWS = [
  'handover',
  'renovation',
  'move_in',
  'move_out',
  'transfer',
  'initial_survey',
] as const;
export type StatusWorkflow = (typeof STATUS_WORKFLOWS)[number];

export const MAX_UNITS_PER_BULK = 5000;

/** Floor label as staff say it: 8 → '8', -1 → 'B1'. */
export function floorLabel(floor: number): string {
  return floor < 0 ? `B${-floor}` : String(floor);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The pattern must place both the floor and the unit, else numbers would collide. */
export function isValidPattern(pattern: string): boolean {
  return /\{FF?\}/.test(pattern) && /\{UU?\}/.test(pattern) && pattern.length <= 40;
}

/**
 * Expands a numbering pattern. Tokens: {B} building code, {F} floor, {FF} floor in two
 * digits, {U} unit on the floor, {UU} unit in two digits.
 * @example unitCode('{B}-{F}{UU}', { building: '1', floor: 8, unit: 3 }) // '1-803'
 */
export function unitCode(pattern: string, p: { building: string; floor: number; unit: number }): string {
  const f = p.floor < 0 ? `B${-p.floor}` : String(p.floor);
  const ff = p.floor < 0 ? `B${-p.floor}` : pad2(p.floor);
  return pattern
    .replaceAll('{B}', p.building)
    .replaceAll('{FF}', ff)
    .replaceAll('{F}', f)
    .replaceAll('{UU}', pad2(p.unit))
    .replaceAll('{U}', String(p.unit));
}

/** Square metres (at most two decimals) → integer hundredths; null if not representable. */
export function areaToCenti(m2: number): number | null {
  if (!Number.isFinite(m2) || m2 < 0) return null;
  const centi = Math.round(m2 * 100);
  return Math.abs(m2 * 100 - centi) < 1e-6 ? centi : null;
}

export function centiToArea(centi: number): number {
  return centi / 100;
}

export interface FloorSegment {
  fromFloor: number;
  toFloor: number;
  unitsPerFloor: number;
  use: UnitUse;
  /** Per unit, m². */
  buildingAreaM2?: number;
  innerAreaM2?: number;
}

export interface BuildingPlanInput {
  code: string;
  floorsAbove: number;
  floorsBelow: number;
  numberingPattern: string;
  segments: FloorSegment[];
  initialStatus: UnitStatus;
}

export interface PlannedUnit {
  floor: number;
  code: string;
  use: UnitUse;
  buildingAreaCenti: number;
  innerAreaCenti: number;
  status: UnitStatus;
}

export type PlanProblem =
  | { path: string; key: 'property.pattern_invalid' }
  | { path: string; key: 'property.floor_range'; params: { max: number } }
  | { path: string; key: 'property.codes_collide'; params: { code: string } }
  | { path: string; key: 'property.too_many_units'; params: { max: number } }
  | { path: string; key: 'field.format' };

/**
 * Lays out every unit of a new building from floor segments, e.g. floors 1–3 one lobby
 * each, floors 4–20 eight offices each (PRP-1). Returns the units or every problem found.
 */
export function planBuilding(input: BuildingPlanInput): { units: PlannedUnit[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  if (!isValidPattern(input.numberingPattern))
    problems.push({ path: 'numberingPattern', key: 'property.pattern_invalid' });
  const total = input.segments.reduce(
    (n, s) => n + Math.max(0, s.toFloor - s.fromFloor + 1) * s.unitsPerFloor,
    0,
  );
  if (total > MAX_UNITS_PER_BULK)
    problems.push({ path: 'segments', key: 'property.too_many_units', params: { max: MAX_UNITS_PER_BULK } });
  const seenFloors = new Set<number>();
  input.segments.forEach((s, i) => {
    const inRange = (f: number) => f !== 0 && f <= input.floorsAbove && f >= -input.floorsBelow;
    if (!inRange(s.fromFloor) || !inRange(s.toFloor) || s.fromFloor > s.toFloor) {
      problems.push({
        path: `segments.${i}.fromFloor`,
        key: 'property.floor_range',
        params: { max: input.floorsAbove },
      });
    }
    for (const [field, v] of [
      ['buildingAreaM2', s.buildingAreaM2],
      ['innerAreaM2', s.innerAreaM2],
    ] as const) {
      if (v !== undefined && areaToCenti(v) === null)
        problems.push({ path: `segments.${i}.${field}`, key: 'field.format' });
    }
  });
  if (problems.length) return { units: [], problems };

  const units: PlannedUnit[] = [];
  const codes = new Set<string>();
  input.segments.forEach((s, i) => {
    for (let floor = s.fromFloor; floor <= s.toFloor; floor++) {
      if (floor === 0) continue;
      if (seenFloors.has(floor)) {
        problems.push({
          path: `segments.${i}.fromFloor`,
          key: 'property.codes_collide',
          params: { code: floorLabel(floor) },
        });
        return;
      }
      seenFloors.add(floor);
      for (let u = 1; u <= s.unitsPerFloor; u++) {
        const code = unitCode(input.numberingPattern, { building: input.code, floor, unit: u });
        if (codes.has(code)) {
          problems.push({ path: 'numberingPattern', key: 'property.codes_collide', params: { code } });
          return;
        }
        codes.add(code);
        units.push({
          floor,
          code,
          use: s.use,
          buildingAreaCenti: areaToCenti(s.buildingAreaM2 ?? 0) ?? 0,
          innerAreaCenti: areaToCenti(s.innerAreaM2 ?? 0) ?? 0,
          status: input.initialStatus,
        });
      }
    }
  });
  return problems.length ? { units: [], problems } : { units, problems };
}

/**
 * Space codes for a parking area: prefix + zero-padded number.
 * @example spaceCodes('B', 1, 3, 3) // ['B001', 'B002', 'B003']
 */
export function spaceCodes(prefix: string, start: number, count: number, width: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(width, '0')}`);
}
