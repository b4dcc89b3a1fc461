/**
 * The front desk's helpers around tickets: phrases and the greeting (PHR-1, TKT-7), checking a
 * reply for taboo phrases, photos and the signature image, the person's notifications.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import {
  errorResponses,
  idParam,
  jsonContent as json,
  ProjectParam,
} from '../../platform/http/openapi-schemas.ts';
import { pathParams } from '../../platform/http/path-params.ts';
import type { Deps } from '../../platform/http/context.ts';
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { getProject } from '../projects/index.ts';
import { flagTaboo, STANDARD_PHRASES, TABOO_PHRASES } from './phrases.ts';
import { addPhoto, getAttachment, MAX_PHOTO_BYTES } from './attachments.ts';
import { listNotifications, markRead } from './notifications.ts';
import { createPrice, listPrices, withdrawPrice } from './prices.ts';
import { departmentMembers } from './dispatch.ts';
import { DEPARTMENT_CODES } from './contract.ts';
import {
  CheckReplyBody,
  CreatePriceBody,
  DepartmentMemberSchema,
  MarkReadBody,
  NotificationSchema,
  NotificationsQuery,
  PhrasesSchema,
  PriceSchema,
  PricesQuery,
  TabooHitSchema,
} from './desk.contract.ts';

const TicketParam = ProjectParam.extend({ ticketId: idParam('ticketId') });
const AttachmentParam = TicketParam.extend({ attachmentId: z.uuid() });
const tags = ['front desk'];

export function deskRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/desk/phrases',
      tags,
      request: { params: ProjectParam },
      responses: {
        200: { description: 'Greeting, standard phrases and taboo phrases (PHR-1)', ...json(PhrasesSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const project = await getProject(deps.db.k, actor, c.req.valid('param').projectId);
      return c.json(
        {
          greetingZh: project.greetingZh,
          greetingEn: project.greetingEn,
          groups: Object.entries(STANDARD_PHRASES).map(([group, phrases]) => ({
            group,
            phrases: phrases.map((p) => ({
              ...p,
              zh: p.zh.replace('{project}', project.name),
              en: p.en.replace('{project}', project.code),
            })),
          })),
          taboo: TABOO_PHRASES.map((t) => ({
            phrase: t.phrase,
            alternativeZh: t.alternativeZh,
            alternativeEn: t.alternativeEn,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/desk/check-reply',
      tags,
      summary: 'Flags taboo phrases in a reply with the polite alternative (PHR-1)',
      request: { params: ProjectParam, body: { ...json(CheckReplyBody), required: true } },
      responses: {
        200: { description: 'Taboo phrases found', ...json(z.array(TabooHitSchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      requireAccess({
        actor: requireActor(c),
        permission: 'project.read',
        projectId: c.req.valid('param').projectId,
      });
      return c.json(flagTaboo(c.req.valid('json').text), 200);
    },
  );

  app.post(
    '/projects/:projectId/tickets/:ticketId/photos',
    bodyLimit({
      maxSize: MAX_PHOTO_BYTES,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE');
      },
    }),
    async (c) => {
      const { projectId, ticketId } = pathParams(c, TicketParam, 'what.ticket');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await addPhoto(deps, requireActor(c), projectId, ticketId, bytes), 201);
    },
  );

  app.get('/projects/:projectId/tickets/:ticketId/attachments/:attachmentId', async (c) => {
    const p = pathParams(c, AttachmentParam);
    const a = await getAttachment(deps, requireActor(c), p.projectId, p.ticketId, p.attachmentId);
    return c.body(a.data as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': a.mime,
      'Cache-Control': 'private, max-age=86400',
    });
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/notifications',
      tags,
      request: { params: ProjectParam, query: NotificationsQuery },
      responses: {
        200: { description: 'My notifications, newest first', ...json(z.array(NotificationSchema)) },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await listNotifications(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').unread === '1',
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/notifications/read',
      tags,
      request: { params: ProjectParam, body: { ...json(MarkReadBody), required: true } },
      responses: { 204: { description: 'Marked read' }, ...errorResponses },
    }),
    async (c) => {
      await markRead(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json').ids);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/service-prices',
      tags,
      summary: 'The paid-service price list (REP-3)',
      request: { params: ProjectParam, query: PricesQuery },
      responses: { 200: { description: 'Prices in fen', ...json(z.array(PriceSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listPrices(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').all === '1',
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/service-prices',
      tags,
      request: { params: ProjectParam, body: { ...json(CreatePriceBody), required: true } },
      responses: { 201: { description: 'Created', ...json(PriceSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createPrice(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/service-prices/{priceId}/withdraw',
      tags,
      request: {
        params: ProjectParam.extend({
          priceId: z.uuid().openapi({ param: { name: 'priceId', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await withdrawPrice(deps, requireActor(c), p.projectId, p.priceId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/departments/{department}/members',
      tags,
      summary: 'Active members of a department with their open work, for assigning',
      request: {
        params: ProjectParam.extend({
          department: z.enum(DEPARTMENT_CODES).openapi({ param: { name: 'department', in: 'path' } }),
        }),
      },
      responses: {
        200: { description: 'Members', ...json(z.array(DepartmentMemberSchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId, department } = c.req.valid('param');
      const actor = requireActor(c);
      requireAccess({ actor, permission: 'ticket.create', projectId });
      const dept = await deps.db.k
        .selectFrom('departments')
        .select('department_id')
        .where('project_id', '=', projectId)
        .where('code', '=', department)
        .executeTakeFirst();
      if (!dept) throw new AppError('NOT_FOUND', { params: { what: 'what.department' } });
      const members = await departmentMembers(deps.db.k, projectId, dept.department_id);
      const counts = members.length
        ? await deps.db.k
            .selectFrom('tickets')
            .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
            .where('project_id', '=', projectId)
            .where('is_open', '=', 1)
            .where(
              'assignee_id',
              'in',
              members.map((m) => m.userId),
            )
            .groupBy('assignee_id')
            .execute()
        : [];
      const open = new Map(counts.map((x) => [x.assignee_id, Number(x.n)]));
      return c.json(
        members.map((m) => ({ ...m, openTickets: open.get(m.userId) ?? 0 })),
        200,
      );
    },
  );

  return app;
}
