/** Projects and units: new ones made by the real module functions, or the demo's by code. */
import { SYSTEM_ACTOR } from '../../../src/server/platform/access/actor.ts';
import { createProject } from '../../../src/server/modules/projects/service.ts';
import { createBuilding } from '../../../src/server/modules/properties/index.ts';
import type { TestContext } from '../harness.ts';
import { nextSeq } from './sequence.ts';

type ProjectInput = Parameters<typeof createProject>[2];
type BuildingInput = Parameters<typeof createBuilding>[3];

/** A new, empty project (with the standard departments), created as the company admin would. */
export async function createTestProject(ctx: TestContext, overrides: Partial<ProjectInput> = {}) {
  const seq = nextSeq();
  return createProject(ctx.deps, SYSTEM_ACTOR, {
    code: `T${seq}`,
    name: `测试项目${seq}`,
    kind: 'residential',
    timeZone: 'Asia/Shanghai',
    ...overrides,
  });
}

/** A new unit: a one-floor building holding it, planned and created as the property manager does. */
export async function createTestUnit(
  ctx: TestContext,
  projectId: string,
  overrides: Partial<BuildingInput> = {},
) {
  const code = `B${nextSeq()}`;
  const building = await createBuilding(ctx.deps, SYSTEM_ACTOR, projectId, {
    code,
    name: code,
    kind: 'residential',
    floorsAbove: 1,
    floorsBelow: 0,
    ownerParty: '',
    managingParty: '',
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'vacant',
    segments: [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'residential', buildingAreaM2: 100 }],
    ...overrides,
  });
  return ctx.deps.db.k
    .selectFrom('units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('building_id', '=', building.buildingId)
    .executeTakeFirstOrThrow();
}

/** A demo unit by its code (the seed's units: 1-405 on the campus, 1-1-101 on the estate …). */
export async function unitByCode(ctx: TestContext, projectId: string, code: string) {
  return ctx.deps.db.k
    .selectFrom('units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

export async function unitIdOf(ctx: TestContext, projectId: string, code: string): Promise<string> {
  return (await unitByCode(ctx, projectId, code)).unit_id;
}

/** A demo unit of the campus, the demo's service-desk project, by its code. */
export function campusUnitId(ctx: TestContext, code: string): Promise<string> {
  return unitIdOf(ctx, ctx.projects.CAMPUS, code);
}
