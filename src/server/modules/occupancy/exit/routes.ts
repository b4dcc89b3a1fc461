/**
 * HTTP for move-out (MVO-1..7) and transfer of ownership (TRF-1..2). Every step is its own
 * POST; the server's state machine decides whether it may be taken, so the guided steps in
 * the UI cannot be skipped through the API. Summaries name the rule each route serves.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import { documentReaders } from '../../../platform/signatures/readers.ts';
import { canAccess } from '../../../platform/access/require-access.ts';
import { unitMeters } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { requireAnyAccess } from './workflow.ts';
import { cancelWorkflow } from './cancel.ts';
import { listLeasesEnding } from './lease-reminders.ts';
import { printMoveOut, printTransfer } from './print-forms.ts';
import { openMoveOut } from '../move-out/open-move-out.ts';
import { recordInspection } from '../move-out/record-inspection.ts';
import { recordOwnerAnswer } from '../move-out/owner-answer.ts';
import { clearMoveOut } from '../move-out/clear-move-out.ts';
import { returnKeys } from '../move-out/return-keys.ts';
import { completeMoveOut } from '../move-out/complete-move-out.ts';
import { refundMoveOutDeposit } from '../move-out/refund-deposit.ts';
import { MOVE_OUT, getMoveOut, listMoveOuts } from '../move-out/repo.ts';
import { moveOutOwed } from '../move-out/owed-now.ts';
import {
  CancelBody,
  ClearBody,
  CompleteBody,
  InspectionBody,
  OpenMoveOutBody,
  OwnerAnswerBody,
  RefundBody,
  ReturnKeysBody,
} from '../move-out/schema.ts';
import { openTransfer } from '../transfer/open-transfer.ts';
import { certifyTransfer } from '../transfer/certify-transfer.ts';
import { settleTransfer } from '../transfer/settle-transfer.ts';
import { recordNewOwner } from '../transfer/record-new-owner.ts';
import { checkPrepayment } from '../transfer/check-prepaid.ts';
import { completeTransfer } from '../transfer/complete-transfer.ts';
import { TRANSFER, getTransfer, listTransfers } from '../transfer/repo.ts';
import {
  CertifyBody,
  CompleteTransferBody,
  OpenTransferBody,
  RecordOwnerBody,
  SettleBody,
} from '../transfer/schema.ts';
import {
  EndingLeaseSchema,
  MoveOutOwedSchema,
  MoveOutSchema,
  TransferSchema,
  type MoveOutDto,
  type TransferDto,
} from './contract.ts';
import { UnitMeterSchema } from '../contract.ts';

const Html = { content: { 'text/html': { schema: z.string() } } };
const LangQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const MoveOutParam = ProjectParam.extend({
  moveOutId: z.uuid().openapi({ param: { name: 'moveOutId', in: 'path' } }),
});
const TransferParam = ProjectParam.extend({
  transferId: z.uuid().openapi({ param: { name: 'transferId', in: 'path' } }),
});
const mo = '/projects/{projectId}/move-outs' as const;
const tr = '/projects/{projectId}/transfers' as const;

type StepFn<B> = (
  deps: Deps,
  actor: Actor,
  projectId: string,
  id: string,
  body: B,
) => Promise<MoveOutDto | TransferDto>;

export function moveOutTransferRoutes(deps: Deps) {
  const app = newRouter();
  // Scans and signatures filed to a move-out or transfer are read by those who run or pay them.
  documentReaders.register(
    'move_out',
    async (_d, actor, projectId) =>
      canAccess(actor, 'occupancy.manage', projectId) || canAccess(actor, 'billing.adjust', projectId),
  );
  documentReaders.register(
    'transfer',
    async (_d, actor, projectId) =>
      canAccess(actor, 'occupancy.manage', projectId) || canAccess(actor, 'billing.collect', projectId),
  );

  /** One POST step of a workflow: `{id}` is the move-out or transfer. */
  function step<S extends z.ZodType>(
    tags: string[],
    path: string,
    param: typeof MoveOutParam | typeof TransferParam,
    summary: string,
    body: S,
    fn: StepFn<z.infer<S>>,
  ) {
    const idKey = param === MoveOutParam ? 'moveOutId' : 'transferId';
    const answer = param === MoveOutParam ? MoveOutSchema : TransferSchema;
    app.openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary,
        request: { params: param, body: { ...json(body), required: true } },
        responses: {
          200: { description: 'The workflow after the step', ...json(answer) },
          ...errorResponses,
        },
      }),
      async (c) => {
        // The route is built per step, so its input types are known only as the schemas passed in.
        const valid = (target: 'param' | 'json') =>
          (c.req.valid as unknown as (t: string) => unknown).call(c.req, target);
        const p = valid('param') as Record<string, string>;
        return c.json(
          await fn(deps, requireActor(c), p.projectId!, p[idKey]!, valid('json') as z.infer<S>),
          200,
        );
      },
    );
  }
  const Empty = z.strictObject({});
  const mTags = ['move-out'];
  const tTags = ['transfer'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/leases-ending',
      tags: mTags,
      summary: 'MVO-1: tenant leases ending within a month, with their reminder and any open move-out',
      request: { params: ProjectParam },
      responses: { 200: { description: 'OK', ...json(z.array(EndingLeaseSchema)) }, ...errorResponses },
    }),
    async (c) => c.json(await listLeasesEnding(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/occupancy-meters',
      tags: mTags,
      summary:
        'MVO-3/TRF-1: the meters of a unit with their last reading, for the readings a move-out or transfer takes',
      request: { params: ProjectParam, query: z.strictObject({ unitId: z.uuid() }) },
      responses: { 200: { description: 'OK', ...json(z.array(UnitMeterSchema)) }, ...errorResponses },
    }),
    async (c) => {
      const pid = c.req.valid('param').projectId;
      requireAnyAccess(requireActor(c), pid, ['occupancy.manage']);
      return c.json(await unitMeters(billingDb(deps.db.k), pid, c.req.valid('query').unitId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: mo,
      tags: mTags,
      summary: 'Move-outs: open ones, completed ones with their deposit refund (MVO-6 tracking), or all',
      request: {
        params: ProjectParam,
        query: z.strictObject({ view: z.enum(['open', 'deposits', 'all']).default('open') }),
      },
      responses: { 200: { description: 'OK', ...json(z.array(MoveOutSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listMoveOuts(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: mo,
      tags: mTags,
      summary:
        'MVO-2: record the move-out notice — moving day, contact, forwarding address, keep-intact reminder',
      request: { params: ProjectParam, body: { ...json(OpenMoveOutBody), required: true } },
      responses: { 201: { description: 'Created', ...json(MoveOutSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await openMoveOut(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${mo}/{moveOutId}`,
      tags: mTags,
      summary: 'A move-out with every step recorded and its signatures',
      request: { params: MoveOutParam },
      responses: { 200: { description: 'OK', ...json(MoveOutSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getMoveOut(deps, requireActor(c), p.projectId, p.moveOutId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${mo}/{moveOutId}/owed`,
      tags: mTags,
      summary: 'MVO-4: what the moving-out customer owes now, bill by bill (period, due date, amount)',
      request: { params: MoveOutParam },
      responses: { 200: { description: 'OK', ...json(MoveOutOwedSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await moveOutOwed(deps, requireActor(c), p.projectId, p.moveOutId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${mo}/{moveOutId}/form`,
      tags: mTags,
      summary: 'The printable move-out form (退租手续单)',
      request: { params: MoveOutParam, query: LangQuery },
      responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.html(
        await printMoveOut(deps, requireActor(c), p.projectId, p.moveOutId, c.get('locale')),
        200,
        PRINT_HEADERS,
      );
    },
  );
  step(
    mTags,
    `${mo}/{moveOutId}/inspection`,
    MoveOutParam,
    'MVO-3: joint inspection — fixtures against the move-in inventory, every meter read and signed, restoration decided',
    InspectionBody,
    recordInspection,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/owner-answer`,
    MoveOutParam,
    "MVO-7: the owner's answer to a residential tenant leaving, and the items that must stay",
    OwnerAnswerBody,
    recordOwnerAnswer,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/clear`,
    MoveOutParam,
    'MVO-4/MVO-5: refused while anything is owed (the open bills are in error.details.owed); books the service elevator and tells the departments',
    ClearBody,
    clearMoveOut,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/keys`,
    MoveOutParam,
    'MVO-5: keys, access cards and IDs returned, signed by the tenant; refused while a parking IC card is out',
    ReturnKeysBody,
    returnKeys,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/complete`,
    MoveOutParam,
    'MVO-6/MVO-7: nothing owed again; billing ends, tenancy ends, unit status changes, archive sealed, deposit refund due in 15 working days',
    CompleteBody,
    completeMoveOut,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/deposit-refund`,
    MoveOutParam,
    'MVO-6: the cashier refunds the deposits held for the unit (after the final bill is settled)',
    RefundBody,
    refundMoveOutDeposit,
  );
  step(
    mTags,
    `${mo}/{moveOutId}/cancel`,
    MoveOutParam,
    'Cancel a move-out that is not completed; it is kept with the reason',
    CancelBody,
    async (d, a, pid, id, b) => {
      await cancelWorkflow(d, a, MOVE_OUT, pid, id, b.reason);
      return getMoveOut(d, a, pid, id);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: tr,
      tags: tTags,
      summary: 'Transfers of ownership: open ones or all',
      request: {
        params: ProjectParam,
        query: z.strictObject({ view: z.enum(['open', 'all']).default('open') }),
      },
      responses: { 200: { description: 'OK', ...json(z.array(TransferSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listTransfers(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: tr,
      tags: tTags,
      summary: 'TRF: start a transfer of a unit from its owner, with the handover date',
      request: { params: ProjectParam, body: { ...json(OpenTransferBody), required: true } },
      responses: { 201: { description: 'Created', ...json(TransferSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await openTransfer(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${tr}/{transferId}`,
      tags: tTags,
      summary: 'A transfer with every step recorded',
      request: { params: TransferParam },
      responses: { 200: { description: 'OK', ...json(TransferSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getTransfer(deps, requireActor(c), p.projectId, p.transferId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${tr}/{transferId}/form`,
      tags: tTags,
      summary: 'The printable transfer form (房屋转让登记表)',
      request: { params: TransferParam, query: LangQuery },
      responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.html(
        await printTransfer(deps, requireActor(c), p.projectId, p.transferId, c.get('locale')),
        200,
        PRINT_HEADERS,
      );
    },
  );
  step(
    tTags,
    `${tr}/{transferId}/certificate`,
    TransferParam,
    'TRF-1: the new title certificate — number and scan; nothing else proceeds without it',
    CertifyBody,
    certifyTransfer,
  );
  step(
    tTags,
    `${tr}/{transferId}/settlement`,
    TransferParam,
    'TRF-1: meters read at the handover and signed; refused while the old owner owes anything on the unit',
    SettleBody,
    settleTransfer,
  );
  step(
    tTags,
    `${tr}/{transferId}/new-owner`,
    TransferParam,
    "TRF-2: the new owner's archive and signed safety letter",
    RecordOwnerBody,
    recordNewOwner,
  );
  step(
    tTags,
    `${tr}/{transferId}/prepayment-check`,
    TransferParam,
    'TRF-1: the new owner has paid at least six months in advance (refused with the amounts otherwise)',
    Empty,
    (d, a, pid, id) => checkPrepayment(d, a, pid, id),
  );
  step(
    tTags,
    `${tr}/{transferId}/complete`,
    TransferParam,
    'TRF-1/TRF-2: billing moves at the handover date, old archive marked transferred, roster updated',
    CompleteTransferBody,
    completeTransfer,
  );
  step(
    tTags,
    `${tr}/{transferId}/cancel`,
    TransferParam,
    'Cancel a transfer that is not completed; it is kept with the reason',
    CancelBody,
    async (d, a, pid, id, b) => {
      await cancelWorkflow(d, a, TRANSFER, pid, id, b.reason);
      return getTransfer(d, a, pid, id);
    },
  );
  return app;
}
