/**
 * Shapes of the API's JSON, taken from the server's own zod schemas (type-only imports, so
 * nothing of the server reaches the bundle) — a changed response breaks the UI's type-check.
 */
import type { z } from '@hono/zod-openapi';
import type { Me as MeDto } from '../../server/platform/auth/me.ts';
import type { ProjectDto } from '../../server/modules/projects/schema.ts';
import type { StaffDto } from '../../server/modules/staff/schema.ts';
import type { BuildingDto, UnitDto, ParkingAreaDto, ParkingSpaceDto, UnitDetailSchema, FloorSchema } from '../../server/modules/properties/schema.ts';
import type { CalendarDay as CalendarDayDto } from '../../server/modules/projects/calendar-rules.ts';

export type Me = MeDto;
export type MeProject = Me['projects'][number];
export type Project = ProjectDto;
export type ProjectSummary = { projectId: string; code: string; name: string; kind: string };
export type Staff = StaffDto;
export type Building = BuildingDto;
export type Unit = UnitDto;
export type UnitDetail = z.infer<typeof UnitDetailSchema>;
export type Floor = z.infer<typeof FloorSchema>;
export type FloorsOfBuilding = { building: Building; floors: Floor[] };
export type ParkingArea = ParkingAreaDto;
export type ParkingSpace = ParkingSpaceDto;
export type CalendarDay = CalendarDayDto;
