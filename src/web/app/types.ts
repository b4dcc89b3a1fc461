/**
 * Shapes of the API's JSON, taken from the server's own zod schemas (type-only imports, so
 * nothing of the server reaches the bundle) — a changed response breaks the UI's type-check.
 */
import type { z } from '@hono/zod-openapi';
import type { Me as MeDto } from '../../server/platform/auth/me.contract.ts';
import type { StaffDto } from '../../server/modules/staff/contract.ts';
import type {
  BuildingDto,
  UnitDto,
  ParkingAreaDto,
  ParkingSpaceDto,
  UnitDetailSchema,
  FloorSchema,
  BuildingFloorsSchema,
} from '../../server/modules/properties/contract.ts';
import type {
  CalendarDayDto,
  ProjectDto,
  ProjectSummaryDto,
} from '../../server/modules/projects/contract.ts';

export type Me = MeDto;
export type MeProject = Me['projects'][number];
export type Project = ProjectDto;
export type ProjectSummary = ProjectSummaryDto;
export type Staff = StaffDto;
export type Building = BuildingDto;
export type Unit = UnitDto;
export type UnitDetail = z.infer<typeof UnitDetailSchema>;
export type Floor = z.infer<typeof FloorSchema>;
export type FloorsOfBuilding = z.infer<typeof BuildingFloorsSchema>;
export type ParkingArea = ParkingAreaDto;
export type ParkingSpace = ParkingSpaceDto;
export type CalendarDay = CalendarDayDto;
