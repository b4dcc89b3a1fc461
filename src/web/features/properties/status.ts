/**
 * Colours of unit and parking-space statuses (PRP-2), shared by the tree, the 房态图 tiles,
 * the legend and tags so a colour means the same everywhere.
 */
import { UNIT_STATUSES, type UnitStatus } from '../../../server/modules/properties/rules.ts';

export { UNIT_STATUSES };
export type { UnitStatus };

export interface StatusColour {
  /** Dot, border, legend swatch. */
  solid: string;
  /** Tile background. */
  soft: string;
}

export const UNIT_STATUS_COLOURS: Record<UnitStatus, StatusColour> = {
  not_received: { solid: '#8c8c8c', soft: '#f2f2f2' },
  vacant: { solid: '#1677ff', soft: '#e6f4ff' },
  renovating: { solid: '#fa8c16', soft: '#fff4e3' },
  owner_occupied: { solid: '#52c41a', soft: '#f0fae6' },
  tenant_occupied: { solid: '#13c2c2', soft: '#e2f9f7' },
  office_in_use: { solid: '#722ed1', soft: '#f6effd' },
};

export const SPACE_STATUSES = ['available', 'rented', 'sold', 'reserved', 'disabled'] as const;
export type SpaceStatus = (typeof SPACE_STATUSES)[number];

export const SPACE_STATUS_COLOURS: Record<SpaceStatus, StatusColour> = {
  available: { solid: '#52c41a', soft: '#f0fae6' },
  rented: { solid: '#1677ff', soft: '#e6f4ff' },
  sold: { solid: '#722ed1', soft: '#f6effd' },
  reserved: { solid: '#fa8c16', soft: '#fff4e3' },
  disabled: { solid: '#8c8c8c', soft: '#ececec' },
};

const UNKNOWN: StatusColour = { solid: '#bfbfbf', soft: '#fafafa' };

export function unitStatusColour(status: string): StatusColour {
  return UNIT_STATUS_COLOURS[status as UnitStatus] ?? UNKNOWN;
}

export function spaceStatusColour(status: string): StatusColour {
  return SPACE_STATUS_COLOURS[status as SpaceStatus] ?? UNKNOWN;
}
