/**
 * HTTP for a tenant's move-in (入住流程, HND-6, MVI-1..2): start on a vacant unit, the seven
 * steps in order (each refused unless it is the one the move-in waits for), cancel before
 * the money, and the printed internal notice (入住知会单).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { canAccess } from '../../../platform/access/require-access.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import { documentReaders } from '../../../platform/signatures/readers.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { stepRoutes } from '../step-routes.ts';
import { decideMoveIn } from './approve-move-in.ts';
import { confirmOwner } from './confirm-owner.ts';
import { recordJointInspection } from './joint-inspection.ts';
import { NoticeBody, sendMoveInNotice } from './internal-notice.ts';
import { listMoveIns, moveInMeters, moveInOwners, unitsForMoveIn } from './list-move-ins.ts';
import { printMoveInNotice } from './print-notice.ts';
import { LeaseBody, recordLease } from './record-lease.ts';
import { moveInView } from './repo.ts';
import { MOVE_IN_STATES } from './rules.ts';
import {
  ApprovalBody,
  CancelMoveInBody,
  InspectionBody,
  MoveInOwnersSchema,
  MoveInRowSchema,
  MoveInSchema,
  MoveInUnitSchema,
  OwnerConfirmationBody,
  StartMoveInBody,
} from './contract.ts';
import { UnitMeterSchema } from '../contract.ts';
import { DocumentsBody, signMoveInDocuments } from './sign-documents.ts';
import { cancelMoveIn, startMoveIn } from './start-move-in.ts';
import { PaymentBody, takeMoveInPayment } from './take-payment.ts';

const tags = ['move-in'];
const base = '/projects/{projectId}/move-ins' as const;
const IdParam = ProjectParam.extend({
  moveInId: z.uuid().openapi({ param: { name: 'moveInId', in: 'path' } }),
});

export function moveInRoutes(deps: Deps) {
  const app = newRouter();
  // The lease copy, notices and signatures filed to a move-in: read by whoever runs or approves it.
  documentReaders.register('move_in', async (_deps, actor, projectId) =>
    (['occupancy.manage', 'occupancy.approve'] as const).some((p) => canAccess(actor, p, projectId)),
  );
  const read = <S extends z.ZodType>(
    path: string,
    summary: string,
    schema: S,
    get: (actor: ReturnType<typeof requireActor>, projectId: string, id: string) => Promise<z.output<S>>,
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path: `${base}/{moveInId}${path}` as `${typeof base}/{moveInId}`,
        tags,
        summary,
        request: { params: IdParam },
        responses: { 200: { description: 'OK', ...json(schema) }, ...errorResponses },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await get(requireActor(c), p.projectId, p.moveInId), 200);
      },
    );

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Move-ins, newest first — the move-in record (客户入住记录, MVI-2)',
      request: {
        params: ProjectParam,
        query: z.strictObject({ state: z.enum(MOVE_IN_STATES).optional(), q: z.string().max(60).optional() }),
      },
      responses: { 200: { description: 'OK', ...json(z.array(MoveInRowSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listMoveIns(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'HND-6: open a move-in for a vacant unit',
      request: { params: ProjectParam, body: { ...json(StartMoveInBody), required: true } },
      responses: { 201: { description: 'Started', ...json(MoveInSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const { moveInId } = await startMoveIn(deps, requireActor(c), p.projectId, c.req.valid('json'));
      return c.json(await moveInView(deps.db.k, p.projectId, moveInId), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/units`,
      tags,
      summary: 'Vacant units a tenant can move into, with any open move-in',
      request: { params: ProjectParam },
      responses: { 200: { description: 'OK', ...json(z.array(MoveInUnitSchema)) }, ...errorResponses },
    }),
    async (c) => c.json(await unitsForMoveIn(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  read('', 'One move-in: each step with its status and facts', MoveInSchema, async (actor, projectId, id) => {
    requireOccupancyRead(actor, projectId);
    return moveInView(deps.db.k, projectId, id);
  });
  read(
    '/owners',
    "MVI-1: who confirms — the unit's owners, or the building's owner party",
    MoveInOwnersSchema,
    (a, p, id) => moveInOwners(deps, a, p, id),
  );
  read(
    '/meters',
    "HND-6: the unit's meters with their last reading, for the joint inspection",
    z.array(UnitMeterSchema),
    (a, p, id) => moveInMeters(deps, a, p, id),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{moveInId}/notice`,
      tags,
      summary: 'MVI-2: the internal move-in notice to print (入住知会单)',
      request: { params: IdParam, query: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }) },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.html(
        await printMoveInNotice(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').moveInId,
          c.get('locale'),
        ),
        200,
        PRINT_HEADERS,
      ),
  );

  const step = stepRoutes(app, {
    base,
    tags,
    schema: MoveInSchema,
    view: (projectId, id) => moveInView(deps.db.k, projectId, id),
  });
  step(
    'lease',
    "HND-6, MVI-1: the lease copy and move-in notice from leasing, the lease dates, the tenant's identity",
    LeaseBody,
    (a, p, id, b) => recordLease(deps, a, p, id, b),
  );
  step(
    'owner-confirmation',
    "MVI-1: the owner's confirmation (业主承诺书) of a tenant moving in",
    OwnerConfirmationBody,
    (a, p, id, b) => confirmOwner(deps, a, p, id, b),
  );
  step(
    'approval',
    "HND-6: the manager's approval — or refusal with the reason",
    ApprovalBody,
    (a, p, id, b) => decideMoveIn(deps, a, p, id, b),
  );
  step(
    'payment',
    'HND-6 (cashier): the management-fee deposit taken; rent, rent deposit and parking receipts recorded',
    PaymentBody,
    (a, p, id, b) => takeMoveInPayment(deps, a, p, id, b),
  );
  step(
    'documents',
    'HND-6, MVI-2: safety & fire letter, handbook pledge, emergency contact, tenant information, vehicle registration signed; archive updated',
    DocumentsBody,
    (a, p, id, b) => signMoveInDocuments(deps, a, p, id, b),
  );
  step(
    'inspection',
    'HND-6: joint inspection with engineering and security — fixtures, first meter readings, keys, parking; the customer signs',
    InspectionBody,
    (a, p, id, b) => recordJointInspection(deps, a, p, id, b),
  );
  step(
    'notice',
    'MVI-2: internal notice to every department, service information given, billing starts, the unit in use',
    NoticeBody,
    (a, p, id, b) => sendMoveInNotice(deps, a, p, id, b),
  );
  step(
    'cancel',
    'HND-6: cancel a move-in before the money is taken, with the reason',
    CancelMoveInBody,
    (a, p, id, b) => cancelMoveIn(deps, a, p, id, b),
  );
  return app;
}
