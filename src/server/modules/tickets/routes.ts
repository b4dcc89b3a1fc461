import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { IdempotencyKeyHeader, idempotentRequest } from '../../platform/http/idempotency.ts';
import type { Actor } from '../../platform/access/actor.ts';
import {
  ActionBodies,
  IntakeBody,
  LinkEventBody,
  QueuePageSchema,
  QueueQuery,
  TicketDetailSchema,
  TicketSchema,
  type TicketDto,
} from './contract.ts';
import { intakeTicket } from './intake.ts';
import { listQueue } from './queue.ts';
import { getTicketDetail } from './ticket-detail.ts';
import { classify } from './classify.ts';
import { linkEvent } from './link-event.ts';
import * as a from './actions.ts';

const TicketParam = ProjectParam.extend({
  ticketId: z.uuid().openapi({ param: { name: 'ticketId', in: 'path' } }),
});
const tags = ['tickets'];

type Handler = (
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  body: never,
) => Promise<TicketDto>;
const HANDLERS: Record<keyof typeof ActionBodies, Handler> = {
  forward: a.forward,
  settle: a.settle,
  classify,
  assign: a.assign,
  pick_up: a.pickUp,
  chase: a.chase,
  complete: a.complete,
  confirm: a.confirm,
  rework: a.rework,
  callback: a.callback,
  close_invalid: a.closeInvalid,
  cancel: a.cancel,
  pause: a.pause,
  resume: a.resume,
  hand_over: a.handOver,
  extend: a.extend,
  comment: a.comment,
  written_reply: a.writtenReply,
  corrective_action: a.correctiveAction,
};

export function ticketRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/tickets',
      tags,
      summary: 'Intake (TKT-1): send an Idempotency-Key header so a double submit makes one ticket',
      request: {
        params: ProjectParam,
        body: { ...json(IntakeBody), required: true },
        headers: IdempotencyKeyHeader,
      },
      responses: {
        201: { description: 'Created', ...json(TicketSchema) },
        200: {
          description: 'Already created by this user with this Idempotency-Key and this same body',
          ...json(TicketSchema),
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { projectId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { ticket, replayed } = await intakeTicket(deps, actor, projectId, input, {
        request: idempotentRequest(c, actor, projectId, input),
      });
      return c.json(ticket, replayed ? 200 : 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/tickets',
      tags,
      summary: 'The work queue: open tickets, overdue first, with filters',
      request: { params: ProjectParam, query: QueueQuery },
      responses: { 200: { description: 'A page of the queue', ...json(QueuePageSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listQueue(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/tickets/{ticketId}',
      tags,
      request: { params: TicketParam },
      responses: {
        200: { description: 'The ticket with its timeline', ...json(TicketDetailSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getTicketDetail(deps, requireActor(c), p.projectId, p.ticketId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/tickets/{ticketId}/link-event',
      tags,
      summary: 'Link two complaints as one event (CMP-4: the fifth distinct customer makes it major)',
      request: { params: TicketParam, body: { ...json(LinkEventBody), required: true } },
      responses: { 200: { description: 'Linked', ...json(TicketSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const b = c.req.valid('json');
      return c.json(
        await linkEvent(deps, requireActor(c), p.projectId, p.ticketId, b.version, b.otherTicketId),
        200,
      );
    },
  );

  for (const [action, schema] of Object.entries(ActionBodies) as [keyof typeof ActionBodies, z.ZodType][]) {
    const handler = HANDLERS[action];
    app.openapi(
      createRoute({
        method: 'post',
        path: `/projects/{projectId}/tickets/{ticketId}/${action.replaceAll('_', '-')}`,
        tags,
        request: { params: TicketParam, body: { ...json(schema), required: true } },
        responses: {
          200: { description: 'The ticket after the action', ...json(TicketSchema) },
          ...errorResponses,
        },
      }),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(
          await handler(deps, requireActor(c), p.projectId, p.ticketId, c.req.valid('json') as never),
          200,
        );
      },
    );
  }

  return app;
}
