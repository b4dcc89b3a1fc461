/** Money in and back out: payments against bills, prepayments, refunds of credit, and their receipts. */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import {
  errorResponses,
  idParam,
  jsonContent as json,
  ProjectParam,
} from '../../../platform/http/openapi-schemas.ts';
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { printReceipt } from '../print/receipt.ts';
import { recordPayment, recordPrepayment } from '../record-payment.ts';
import { refundCredit } from '../refund.ts';
import { Entry } from '../ledger.contract.ts';
import {
  PaymentBody,
  PaymentResultSchema,
  PrepaymentBody,
  ReceiptQuery,
  RefundBody,
} from '../payments.contract.ts';
import { answer, base, html, tags } from './common.ts';

export const EntryIdParam = ProjectParam.extend({ entryId: idParam('entryId') });

export function paymentRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/payments`,
      tags,
      summary: 'Take a payment against a bill (cash, transfer, card, with the receipt number)',
      request: { params: ProjectParam, body: { ...json(PaymentBody), required: true } },
      responses: { 201: answer(PaymentResultSchema, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await recordPayment(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/prepayments`,
      tags,
      summary: 'Take money in advance on a unit (e.g. six months at handover)',
      request: { params: ProjectParam, body: { ...json(PrepaymentBody), required: true } },
      responses: { 201: answer(Entry, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await recordPrepayment(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/refunds`,
      tags,
      summary: 'Pay back unused credit on a unit',
      request: { params: ProjectParam, body: { ...json(RefundBody), required: true } },
      responses: { 201: answer(Entry, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await refundCredit(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/entries/{entryId}/receipt`,
      tags,
      summary:
        'The receipt of a payment, prepayment or deposit (or the voucher of a refund), two copies on A4',
      request: { params: EntryIdParam, query: ReceiptQuery },
      responses: { 200: html, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.html(
        await printReceipt(deps, requireActor(c), p.projectId, p.entryId, c.get('locale')),
        200,
        PRINT_HEADERS,
      );
    },
  );
  return app;
}
