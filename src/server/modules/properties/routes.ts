import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import {
  BuildingSchema,
  CreateBuildingBody,
  CreateParkingAreaBody,
  BuildingFloorsSchema,
  ParkingAreaSchema,
  ParkingSpaceSchema,
  SpacesBulk,
  UnitDetailSchema,
  UpdateBuildingBody,
  UpdateSpaceBody,
  UpdateUnitBody,
} from './contract.ts';
import * as svc from './service.ts';
import { HistoryEntrySchema } from '../../platform/history/history-contract.ts';

const id = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const BuildingParam = ProjectParam.extend({ buildingId: id('buildingId') });
const UnitParam = ProjectParam.extend({ unitId: id('unitId') });
const AreaParam = ProjectParam.extend({ areaId: id('areaId') });
const SpaceParam = ProjectParam.extend({ spaceId: id('spaceId') });
const tags = ['properties'];

export function propertyRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/buildings',
      tags,
      request: { params: ProjectParam },
      responses: {
        200: { description: 'Buildings with unit counts by status', ...json(z.array(BuildingSchema)) },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await svc.getBuildings(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/buildings',
      tags,
      summary: 'Create a building with all its units from floor segments (PRP-1)',
      request: { params: ProjectParam, body: { ...json(CreateBuildingBody), required: true } },
      responses: { 201: { description: 'Created', ...json(BuildingSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await svc.createBuilding(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{projectId}/buildings/{buildingId}',
      tags,
      request: { params: BuildingParam, body: { ...json(UpdateBuildingBody), required: true } },
      responses: { 200: { description: 'Updated', ...json(BuildingSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await svc.updateBuilding(deps, requireActor(c), p.projectId, p.buildingId, c.req.valid('json')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/buildings/{buildingId}/floors',
      tags,
      request: { params: BuildingParam },
      responses: {
        200: { description: 'Floors (top first) with their units', ...json(BuildingFloorsSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.getFloors(deps, requireActor(c), p.projectId, p.buildingId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/units/{unitId}',
      tags,
      request: { params: UnitParam },
      responses: {
        200: { description: 'A unit with its status history', ...json(UnitDetailSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.getUnit(deps, requireActor(c), p.projectId, p.unitId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{projectId}/units/{unitId}',
      tags,
      summary:
        'Edit a unit (area, use, number); status is refused: it changes only through workflows (PRP-2)',
      request: { params: UnitParam, body: { ...json(UpdateUnitBody), required: true } },
      responses: { 200: { description: 'Updated', ...json(UnitDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await svc.updateUnit(deps, requireActor(c), p.projectId, p.unitId, c.req.valid('json')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/units/{unitId}/history',
      tags,
      request: { params: UnitParam },
      responses: {
        200: { description: 'Every change of the unit', ...json(z.array(HistoryEntrySchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.unitHistory(deps, requireActor(c), p.projectId, p.unitId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/parking-areas',
      tags,
      request: { params: ProjectParam },
      responses: {
        200: { description: 'Parking areas with space counts', ...json(z.array(ParkingAreaSchema)) },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await svc.getParkingAreas(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/parking-areas',
      tags,
      request: { params: ProjectParam, body: { ...json(CreateParkingAreaBody), required: true } },
      responses: { 201: { description: 'Created', ...json(ParkingAreaSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await svc.createParkingArea(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('json'),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/parking-areas/{areaId}/spaces',
      tags,
      request: { params: AreaParam },
      responses: { 200: { description: 'Spaces', ...json(z.array(ParkingSpaceSchema)) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.getSpaces(deps, requireActor(c), p.projectId, p.areaId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/parking-areas/{areaId}/spaces',
      tags,
      request: { params: AreaParam, body: { ...json(SpacesBulk), required: true } },
      responses: {
        201: { description: 'Spaces added', ...json(z.array(ParkingSpaceSchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await svc.addSpaces(deps, requireActor(c), p.projectId, p.areaId, c.req.valid('json')),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{projectId}/parking-spaces/{spaceId}',
      tags,
      request: { params: SpaceParam, body: { ...json(UpdateSpaceBody), required: true } },
      responses: { 200: { description: 'Updated', ...json(ParkingSpaceSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await svc.updateSpace(deps, requireActor(c), p.projectId, p.spaceId, c.req.valid('json')),
        200,
      );
    },
  );

  return app;
}
