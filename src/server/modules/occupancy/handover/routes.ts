/**
 * HTTP for the handover of new units (交接房屋, HND-1..5): start, the five steps in order
 * (each refused unless it is the one the handover waits for), refusal by the owner, the
 * rectification record, the daily report and the printed forms.
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
import { dailyHandoverReport } from './daily-report.ts';
import { feesQuote, takeFees, TakeFeesBody } from './fees.ts';
import { handKeys } from './hand-keys.ts';
import { handoverRoster, listHandovers, unitsAwaitingHandover } from './list-handovers.ts';
import { fillOwnerArchive, OwnerArchiveBody } from './owner-archive.ts';
import { printDailyReport, printHandoverForm } from './print-handover.ts';
import { closeRectificationItem, listRectification, returnKeptKey } from './rectification.ts';
import { handoverView } from './repo.ts';
import { HANDOVER_STATES } from './rules.ts';
import {
  CloseItemBody,
  DailyHandoverReportSchema,
  DeclineBody,
  HandKeysBody,
  HandoverRowSchema,
  HandoverSchema,
  HandoverUnitSchema,
  PrepaymentQuoteSchema,
  RectificationItemSchema,
  ReturnKeyBody,
  RosterRowSchema,
  SignReceiptBody,
  StartHandoverBody,
} from './contract.ts';
import { signReceipt } from './sign-receipt.ts';
import { declineHandover, startHandover } from './start-handover.ts';
import { verifyOwner, VerifyOwnerBody } from './verify-owner.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

const tags = ['handover'];
const Html = { content: { 'text/html': { schema: z.string() } } };
const base = '/projects/{projectId}/handovers' as const;
const IdParam = ProjectParam.extend({
  handoverId: z.uuid().openapi({ param: { name: 'handoverId', in: 'path' } }),
});
const ItemParam = ProjectParam.extend({
  itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }),
});
const Lang = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const DayQuery = Lang.extend({ day: dayField(DATE_WINDOWS.filter).optional() });

export function handoverRoutes(deps: Deps) {
  const app = newRouter();
  // ID copies and signatures filed to a handover: read by those who run or pay it (CUS-3 keeps the archive itself to the archivist).
  documentReaders.register('handover', async (_deps, actor, projectId) =>
    (['occupancy.manage', 'occupancy.approve'] as const).some((p) => canAccess(actor, p, projectId)),
  );

  const step = stepRoutes(app, {
    base,
    tags,
    schema: HandoverSchema,
    view: (projectId, id) => handoverView(deps.db.k, projectId, id),
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Handovers, newest first (filter by state, unit code or owner)',
      request: {
        params: ProjectParam,
        query: z.strictObject({
          state: z.enum(HANDOVER_STATES).optional(),
          q: z.string().max(60).optional(),
        }),
      },
      responses: { 200: { description: 'OK', ...json(z.array(HandoverRowSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listHandovers(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Open a handover for a unit not yet received (未接房)',
      request: { params: ProjectParam, body: { ...json(StartHandoverBody), required: true } },
      responses: { 201: { description: 'Started', ...json(HandoverSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const { handoverId } = await startHandover(deps, requireActor(c), p.projectId, c.req.valid('json'));
      return c.json(await handoverView(deps.db.k, p.projectId, handoverId), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/units`,
      tags,
      summary: 'Units still not received, with the owners the roster names and any open handover',
      request: { params: ProjectParam, query: z.strictObject({ buildingId: z.uuid().optional() }) },
      responses: { 200: { description: 'OK', ...json(z.array(HandoverUnitSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await unitsAwaitingHandover(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').buildingId,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/daily`,
      tags,
      summary: 'HND-5: the daily handover report — units handed over and units not accepted with the reason',
      request: { params: ProjectParam, query: DayQuery },
      responses: { 200: { description: 'OK', ...json(DailyHandoverReportSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await dailyHandoverReport(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').day,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/daily/print`,
      tags,
      summary: 'HND-5: the daily handover report to print (交房日报表)',
      request: { params: ProjectParam, query: DayQuery },
      responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses },
    }),
    async (c) =>
      c.html(
        await printDailyReport(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').day,
          c.get('locale'),
        ),
        200,
        PRINT_HEADERS,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/rectification-items',
      tags,
      summary: 'HND-4: the rectification record (交接遗留问题整改记录表) — open items until closed',
      request: {
        params: ProjectParam,
        query: z.strictObject({
          state: z.enum(['open', 'closed']).optional(),
          handoverId: z.uuid().optional(),
        }),
      },
      responses: { 200: { description: 'OK', ...json(z.array(RectificationItemSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listRectification(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/rectification-items/{itemId}/close',
      tags,
      summary: 'HND-4: engineering closes a rectification item with what was done',
      request: { params: ItemParam, body: { ...json(CloseItemBody), required: true } },
      responses: { 204: { description: 'Closed' }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await closeRectificationItem(deps, requireActor(c), p.projectId, p.itemId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{handoverId}`,
      tags,
      summary: 'One handover: each step with its status and facts',
      request: { params: IdParam },
      responses: { 200: { description: 'OK', ...json(HandoverSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      requireOccupancyRead(requireActor(c), p.projectId);
      return c.json(await handoverView(deps.db.k, p.projectId, p.handoverId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{handoverId}/roster`,
      tags,
      summary: "HND-1: the developer's roster rows of the unit (ID numbers masked)",
      request: { params: IdParam },
      responses: { 200: { description: 'OK', ...json(z.array(RosterRowSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await handoverRoster(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').handoverId,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{handoverId}/fees-quote`,
      tags,
      summary: 'HND-3: the fees from today, six months ahead, and the period they cover',
      request: { params: IdParam },
      responses: { 200: { description: 'OK', ...json(PrepaymentQuoteSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await feesQuote(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').handoverId,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{handoverId}/print`,
      tags,
      summary: 'HND-3: the handover form to print (房屋交接表) with the start and end dates of the fees',
      request: { params: IdParam, query: Lang },
      responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses },
    }),
    async (c) =>
      c.html(
        await printHandoverForm(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').handoverId,
          c.get('locale'),
        ),
        200,
        PRINT_HEADERS,
      ),
  );

  step(
    'roster',
    "HND-1: check the owner's ID document and sale contract against the roster; file the ID copy",
    VerifyOwnerBody,
    (a, p, id, b) => verifyOwner(deps, a, p, id, b),
  );
  step(
    'archive',
    'HND-2: the owner archive (emergency mobile, birthday) and the signed safety responsibility letter',
    OwnerArchiveBody,
    (a, p, id, b) => fillOwnerArchive(deps, a, p, id, b),
  );
  step(
    'fees',
    'HND-3 (cashier): billing from the handover day and six months paid in advance',
    TakeFeesBody,
    (a, p, id, b) => takeFees(deps, a, p, id, b),
  );
  step(
    'keys',
    'HND-4: keys and handbooks handed over; rectification items, a key kept with the owner’s consent',
    HandKeysBody,
    (a, p, id, b) => handKeys(deps, a, p, id, b),
  );
  step(
    'receipt',
    'HND-5: the owner signs the document receipt — the handover is complete, the unit vacant',
    SignReceiptBody,
    (a, p, id, b) => signReceipt(deps, a, p, id, b),
  );
  step(
    'decline',
    'HND-5: the owner does not accept the unit; the reason goes on the daily report',
    DeclineBody,
    (a, p, id, b) => declineHandover(deps, a, p, id, b),
  );
  step(
    'kept-key/return',
    'HND-4: the key kept for repairs goes back to the owner once every item is closed',
    ReturnKeyBody,
    (a, p, id, b) => returnKeptKey(deps, a, p, id, b),
  );
  return app;
}
