/** What is owed: a statement as of a day, the FEE-3 unpaid list, and the FEE-6 books check on demand. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accountStatement } from '../balance.ts';
import { endOfProjectDay } from '../bills-read.ts';
import { runBooksCheck } from '../books-check.ts';
import { unpaidList } from '../reminders.ts';
import { BooksReportSchema, StatementSchema, UnpaidList } from '../statement.contract.ts';
import { answer, base, tags } from './common.ts';

// Server-side: day fields are bounded by the request's clock (platform/request-clock.ts).
const StatementQuery = z.strictObject({
  customerId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  asOf: dayField(DATE_WINDOWS.filter).optional(),
});
const UnpaidQuery = z.strictObject({ dueDate: dayField(DATE_WINDOWS.filter) });

/** The statement as of the end of a local day (today when no day is given). */
async function statement(deps: Deps, actor: Actor, projectId: string, q: z.infer<typeof StatementQuery>) {
  const asOf = q.asOf ? await endOfProjectDay(deps, projectId, q.asOf) : undefined;
  return accountStatement(deps, actor, projectId, { customerId: q.customerId, unitId: q.unitId, asOf });
}

export function statementRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/statement`,
      tags,
      summary:
        "A customer's or unit's balance, open bills, arrears and entries as of a day (today by default)",
      request: { params: ProjectParam, query: StatementQuery },
      responses: { 200: answer(StatementSchema), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await statement(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/unpaid`,
      tags,
      summary: 'FEE-3: the unpaid list of a due date (the CS board)',
      request: { params: ProjectParam, query: UnpaidQuery },
      responses: { 200: answer(UnpaidList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await unpaidList(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').dueDate),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/books-check`,
      tags,
      summary: 'FEE-6: check now that the books balance',
      request: { params: ProjectParam },
      responses: { 200: answer(BooksReportSchema), ...errorResponses },
    }),
    async (c) => c.json(await runBooksCheck(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  return app;
}
