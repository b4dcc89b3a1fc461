/** One-click floor layouts for the bulk building form, from the manuals' campus and estate. */
import type { UnitUse } from '../../../server/modules/properties/rules.ts';
import type { SegmentValues } from './building-plan.ts';

export const PRESETS = ['podiumOffice', 'residential4', 'wholeBuilding'] as const;
export type Preset = (typeof PRESETS)[number];

/** The use of a single whole-building unit, from the building kind. */
function wholeBuildingUse(kind: string | undefined): UnitUse {
  if (
    kind === 'hotel' ||
    kind === 'theatre' ||
    kind === 'office' ||
    kind === 'residential' ||
    kind === 'commercial' ||
    kind === 'apartment'
  )
    return kind;
  return 'other';
}

/**
 * @example presetSegments('podiumOffice', 20, 'office')
 *   // [{ 1–3, 1 per floor, commercial }, { 4–20, 8 per floor, office }]
 */
export function presetSegments(
  preset: Preset,
  floorsAbove: number,
  kind: string | undefined,
): SegmentValues[] {
  const top = Math.max(1, floorsAbove);
  switch (preset) {
    case 'podiumOffice':
      return [
        { fromFloor: 1, toFloor: Math.min(3, top), unitsPerFloor: 1, use: 'commercial' },
        ...(top >= 4 ? [{ fromFloor: 4, toFloor: top, unitsPerFloor: 8, use: 'office' as const }] : []),
      ];
    case 'residential4':
      return [{ fromFloor: 1, toFloor: top, unitsPerFloor: 4, use: 'residential' }];
    case 'wholeBuilding':
      return [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: wholeBuildingUse(kind) }];
  }
}
