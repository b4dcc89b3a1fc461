/** HTTP of the release pass (REL-1..5): the desk's steps, the print, and the guard's check at the gate. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import { PRINT_HEADERS } from '../../platform/print/html.ts';
import { documentReaders } from '../../platform/signatures/readers.ts';
import { PASS_STATES } from './rules.ts';
import {
  CallNumberBody,
  CallNumberSchema,
  CancelBody,
  CreatePassBody,
  GateQuery,
  GateSchema,
  PassSchema,
  ReleaseBody,
  SignBody,
  UnitContextSchema,
} from './contract.ts';
import { CallBody } from './request-bodies.ts';
import { passDto, passDtos, PASS_ENTITY } from './repo.ts';
import { passesDb } from './tables.ts';
import { createPass } from './create-pass.ts';
import { cancelPass, checkArrears, issuePass, recordCall, signPass } from './steps.ts';
import { passAtGate, releaseAtGate } from './gate.ts';
import { printPass } from './print-pass.ts';
import { passUnitContext } from './unit-context.ts';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { revealCallNumber } from './call-number.ts';

const tags = ['passes'];
const PassParam = ProjectParam.extend({
  passId: z.uuid().openapi({ param: { name: 'passId', in: 'path' } }),
});
const UnitParam = ProjectParam.extend({
  unitId: z.uuid().openapi({ param: { name: 'unitId', in: 'path' } }),
});
const body = <T extends z.ZodType>(schema: T) => ({ body: { ...json(schema), required: true } });
const one = { 200: { description: 'The pass', ...json(PassSchema) }, ...errorResponses };
const ListQuery = z.strictObject({
  state: z.enum(PASS_STATES).optional(),
  unitId: z.uuid().optional(),
  q: z.string().max(40).optional(),
  since: instantField(DATE_WINDOWS.filter).optional(),
});

export function passRoutes(deps: Deps) {
  const app = newRouter();
  // Pass signatures are seen by the desk and by the guard checking the pass.
  documentReaders.register(
    PASS_ENTITY,
    async (_deps, actor, projectId) =>
      canAccess(actor, 'pass.issue', projectId) || canAccess(actor, 'pass.check', projectId),
  );
  const p = (c: { req: { valid(t: 'param'): { projectId: string; passId: string } } }) =>
    c.req.valid('param');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/passes',
      tags,
      summary: 'REL-1..5: release passes, newest first',
      request: { params: ProjectParam, query: ListQuery },
      responses: { 200: { description: 'Passes', ...json(z.array(PassSchema)) }, ...errorResponses },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param');
      requireAccess({ actor: requireActor(c), permission: 'pass.issue', projectId });
      return c.json(await passDtos(passesDb(deps.db.k), projectId, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes',
      tags,
      summary:
        'REL-1/REL-2: write a pass — carrier, large items with quantities, purpose; unusual removals flagged',
      request: { params: ProjectParam, ...body(CreatePassBody) },
      responses: { 201: { description: 'Created', ...json(PassSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createPass(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/units/{unitId}/pass-context',
      tags,
      summary: 'REL-2..4: whom to phone, what the unit owes today, its recent temporary passes',
      request: { params: UnitParam },
      responses: { 200: { description: 'Context', ...json(UnitContextSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await passUnitContext(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').unitId,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/passes/{passId}',
      tags,
      request: { params: PassParam },
      responses: one,
    }),
    async (c) => {
      requireAccess({ actor: requireActor(c), permission: 'pass.issue', projectId: p(c).projectId });
      return c.json(await passDto(passesDb(deps.db.k), p(c).projectId, p(c).passId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/arrears-check',
      tags,
      summary: 'REL-3: moving out — every fee settled up to today, else the pass is refused',
      request: { params: PassParam },
      responses: one,
    }),
    async (c) => c.json(await checkArrears(deps, requireActor(c), p(c).projectId, p(c).passId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/call',
      tags,
      summary:
        "REL-4: the confirmation call to the owner (or the company's head): time and answer; refused or unreachable → no pass",
      request: { params: PassParam, ...body(CallBody) },
      responses: one,
    }),
    async (c) =>
      c.json(await recordCall(deps, requireActor(c), p(c).projectId, p(c).passId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/call-number',
      tags,
      summary:
        'REL-4/CUS-3: the archived number of the owner or tenant company to phone for this pass — shown once, logged in the archive access log',
      request: { params: PassParam, ...body(CallNumberBody) },
      responses: { 200: { description: 'Whom to call', ...json(CallNumberSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await revealCallNumber(
          deps,
          requireActor(c),
          p(c).projectId,
          p(c).passId,
          c.req.valid('json').customerId,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/signatures',
      tags,
      summary: 'REL-5: a signature of the CS clerk, the carrier or the owner',
      request: { params: PassParam, ...body(SignBody) },
      responses: one,
    }),
    async (c) =>
      c.json(await signPass(deps, requireActor(c), p(c).projectId, p(c).passId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/issue',
      tags,
      summary: 'REL-5: issue the signed pass — its number, valid today',
      request: { params: PassParam },
      responses: one,
    }),
    async (c) => c.json(await issuePass(deps, requireActor(c), p(c).projectId, p(c).passId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/passes/{passId}/cancel',
      tags,
      request: { params: PassParam, ...body(CancelBody) },
      responses: one,
    }),
    async (c) =>
      c.json(await cancelPass(deps, requireActor(c), p(c).projectId, p(c).passId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/passes/{passId}/print',
      tags,
      summary: "REL-5: the pass on A4 in two copies — archive copy and guard's copy",
      request: { params: PassParam, query: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }) },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.html(
        await printPass(deps, requireActor(c), p(c).projectId, p(c).passId, c.get('locale')),
        200,
        PRINT_HEADERS,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/gate/passes',
      tags,
      summary: 'REL-5: the guard looks a pass up by its number — valid today, or why not',
      request: { params: ProjectParam, query: GateQuery },
      responses: { 200: { description: 'The pass and its verdict', ...json(GateSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await passAtGate(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').number),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/gate/release',
      tags,
      summary: 'REL-5: the guard lets the items out — a valid pass, once',
      request: { params: ProjectParam, ...body(ReleaseBody) },
      responses: one,
    }),
    async (c) =>
      c.json(
        await releaseAtGate(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        200,
      ),
  );
  return app;
}
