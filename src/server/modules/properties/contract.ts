/**
 * The HTTP contract of the properties module: every route's request and response schema.
 * Pure zod (the browser imports it); the routes and the web take their types from here.
 */
import { z } from '@hono/zod-openapi';
import { BUILDING_KINDS, UNIT_STATUSES, UNIT_USES } from './rules.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';

const area = z.number().min(0).max(1_000_000);
const code = singleLineText(32);

export const SegmentSchema = z.strictObject({
  fromFloor: z.number().int().min(-10).max(200),
  toFloor: z.number().int().min(-10).max(200),
  unitsPerFloor: z.number().int().min(1).max(100),
  use: z.enum(UNIT_USES),
  buildingAreaM2: area.optional(),
  innerAreaM2: area.optional(),
});

export const CreateBuildingBody = z
  .strictObject({
    code,
    name: singleLineText(64),
    kind: z.enum(BUILDING_KINDS),
    floorsAbove: z.number().int().min(1).max(200),
    floorsBelow: z.number().int().min(0).max(10).default(0),
    ownerParty: singleLineText(100, { min: 0 }).default(''),
    managingParty: singleLineText(100, { min: 0 }).default(''),
    numberingPattern: singleLineText(40).default('{B}-{F}{UU}'),
    /** Status the new units start in; a developer's new building is 未接房. */
    initialStatus: z.enum(UNIT_STATUSES).default('not_received'),
    segments: z.array(SegmentSchema).max(50).default([]),
  })
  .openapi('CreateBuilding');

export const UpdateBuildingBody = z
  .strictObject({
    version: z.number().int(),
    name: singleLineText(64).optional(),
    kind: z.enum(BUILDING_KINDS).optional(),
    ownerParty: singleLineText(100, { min: 0 }).optional(),
    managingParty: singleLineText(100, { min: 0 }).optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('UpdateBuilding');

export const BuildingSchema = z
  .object({
    buildingId: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    floorsAbove: z.number(),
    floorsBelow: z.number(),
    ownerParty: z.string(),
    managingParty: z.string(),
    numberingPattern: z.string(),
    version: z.number(),
    unitCount: z.number(),
    statusCounts: z.record(z.string(), z.number()),
  })
  .openapi('Building');
export type BuildingDto = z.infer<typeof BuildingSchema>;

export const UnitSchema = z
  .object({
    unitId: z.string(),
    buildingId: z.string(),
    floor: z.number(),
    code: z.string(),
    buildingAreaM2: z.number(),
    innerAreaM2: z.number(),
    use: z.string(),
    status: z.string(),
    note: z.string(),
    version: z.number(),
  })
  .openapi('Unit');
export type UnitDto = z.infer<typeof UnitSchema>;

export const FloorSchema = z
  .object({ floor: z.number(), label: z.string(), units: z.array(UnitSchema) })
  .openapi('Floor');

/** A building's floor plan: its floors top first, each with its units. */
export const BuildingFloorsSchema = z
  .object({ building: BuildingSchema, floors: z.array(FloorSchema) })
  .openapi('BuildingFloors');

export const UnitDetailSchema = UnitSchema.extend({
  buildingCode: z.string(),
  buildingName: z.string(),
  statusHistory: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      workflow: z.string(),
      reason: z.string(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
}).openapi('UnitDetail');

export const UpdateUnitBody = z
  .object({
    version: z.number().int(),
    code: code.optional(),
    buildingAreaM2: area.optional(),
    innerAreaM2: area.optional(),
    use: z.enum(UNIT_USES).optional(),
    note: z.string().max(500).optional(),
    /** Accepted only to be refused with a clear reason: status changes go through workflows (PRP-2). */
    status: z.unknown().optional(),
  })
  .strict()
  .openapi('UpdateUnit');

export const ParkingAreaSchema = z
  .object({
    areaId: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    spaceCount: z.number(),
    statusCounts: z.record(z.string(), z.number()),
  })
  .openapi('ParkingArea');
export type ParkingAreaDto = z.infer<typeof ParkingAreaSchema>;

export const SPACE_KINDS = ['standard', 'large', 'accessible', 'charging'] as const;

export const SpacesBulk = z
  .strictObject({
    count: z.number().int().min(1).max(2000),
    prefix: singleLineText(8, { min: 0 }).default(''),
    start: z.number().int().min(0).max(99_999).default(1),
    width: z.number().int().min(1).max(6).default(3),
    kind: z.enum(SPACE_KINDS).default('standard'),
  })
  .openapi('AddParkingSpaces');

export const CreateParkingAreaBody = z
  .strictObject({
    code,
    name: singleLineText(64),
    kind: z.enum(['underground', 'surface']),
    spaces: SpacesBulk.optional(),
  })
  .openapi('CreateParkingArea');

export const ParkingSpaceSchema = z
  .object({ spaceId: z.string(), areaId: z.string(), code: z.string(), kind: z.string(), status: z.string() })
  .openapi('ParkingSpace');
export type ParkingSpaceDto = z.infer<typeof ParkingSpaceSchema>;

/** Rented/sold states belong to the parking and fees workflows; here a space is only put in or out of service. */
export const UpdateSpaceBody = z
  .strictObject({
    kind: z.enum(SPACE_KINDS).optional(),
    status: z.enum(['available', 'disabled']).optional(),
  })
  .openapi('UpdateParkingSpace');
