/**
 * Live preview of the bulk building form, computed with the server's own planBuilding
 * (PRP-1) so what the preview promises is exactly what will be created.
 */
import {
  planBuilding,
  type FloorSegment,
  type PlanProblem,
  type UnitStatus,
  type UnitUse,
} from '../../../server/modules/properties/rules.ts';

export interface SegmentValues {
  fromFloor?: number | null;
  toFloor?: number | null;
  unitsPerFloor?: number | null;
  use?: UnitUse;
  buildingAreaM2?: number | null;
  innerAreaM2?: number | null;
}

export interface BuildingValues {
  code?: string;
  name?: string;
  kind?: string;
  floorsAbove?: number | null;
  floorsBelow?: number | null;
  ownerParty?: string;
  managingParty?: string;
  numberingPattern?: string;
  initialStatus?: UnitStatus;
  segments?: (SegmentValues | undefined)[];
}

export interface PlanPreview {
  total: number;
  floorCount: number;
  first: string | null;
  last: string | null;
  problems: PlanProblem[];
  /** True while required numbers are still missing; the preview then shows nothing yet. */
  incomplete: boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Segments with every required number filled in, in the shape planBuilding takes. */
export function completeSegments(values: BuildingValues): FloorSegment[] | null {
  const out: FloorSegment[] = [];
  for (const s of values.segments ?? []) {
    if (!s || !isNum(s.fromFloor) || !isNum(s.toFloor) || !isNum(s.unitsPerFloor) || !s.use) return null;
    out.push({
      fromFloor: s.fromFloor,
      toFloor: s.toFloor,
      unitsPerFloor: s.unitsPerFloor,
      use: s.use,
      ...(isNum(s.buildingAreaM2) ? { buildingAreaM2: s.buildingAreaM2 } : {}),
      ...(isNum(s.innerAreaM2) ? { innerAreaM2: s.innerAreaM2 } : {}),
    });
  }
  return out;
}

/**
 * @example previewPlan({ code: '5', floorsAbove: 6, floorsBelow: 0, numberingPattern: '{B}-{F}{UU}', segments: [{ fromFloor: 1, toFloor: 6, unitsPerFloor: 4, use: 'office' }] })
 *   // { total: 24, floorCount: 6, first: '5-101', last: '5-604', problems: [], incomplete: false }
 */
export function previewPlan(values: BuildingValues): PlanPreview {
  const segments = completeSegments(values);
  const empty = { total: 0, floorCount: 0, first: null, last: null, problems: [] };
  if (!segments || !values.code?.trim() || !isNum(values.floorsAbove) || !values.numberingPattern)
    return { ...empty, incomplete: true };
  const { units, problems } = planBuilding({
    code: values.code.trim(),
    floorsAbove: values.floorsAbove,
    floorsBelow: isNum(values.floorsBelow) ? values.floorsBelow : 0,
    numberingPattern: values.numberingPattern.trim(),
    initialStatus: values.initialStatus ?? 'not_received',
    segments,
  });
  if (problems.length) return { ...empty, problems, incomplete: false };
  // Listed as the 房态图 shows them: lowest floor's first unit first.
  const sorted = [...units].sort((a, b) => a.floor - b.floor);
  return {
    total: units.length,
    floorCount: new Set(units.map((u) => u.floor)).size,
    first: sorted[0]?.code ?? null,
    last: sorted.at(-1)?.code ?? null,
    problems: [],
    incomplete: false,
  };
}
