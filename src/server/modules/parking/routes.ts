/**
 * HTTP for parking (PRK-1..4): rentals, IC cards, the Monday register (data, Excel, print
 * page), the visitor fee, and what the cashier's screen looks up (renters, prices).
 * `?lang=en` switches the export and the print page to English.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { issueCard, returnCard } from './cards.ts';
import { PRINT_CSP } from '../../platform/print/html.ts';
import { CustomerSchema } from '../customers/index.ts';
import { parkingRegister, parkingRegisterXlsx } from './register.ts';
import { parkingRegisterPrint } from './register-print.ts';
import { RentalBody, rentSpace } from './rentals.ts';
import { eligibleRenters } from './renters.ts';
import { temporaryFee } from './temporary-fee.ts';
import { parkingTerms } from './terms.ts';
import { dayField, instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import {
  Card,
  IssueCardBody,
  RegisterSchema,
  Rental,
  RentersQuery,
  ReturnCardBody,
  TemporaryFeeQuote,
  Terms,
} from './contract.ts';

const tags = ['parking'];
const base = '/projects/{projectId}/parking' as const;
const RentalParam = ProjectParam.extend({
  rentalId: z.uuid().openapi({ param: { name: 'rentalId', in: 'path' } }),
});
const CardParam = ProjectParam.extend({
  cardId: z.uuid().openapi({ param: { name: 'cardId', in: 'path' } }),
});
const RegisterQuery = z.strictObject({
  day: dayField(DATE_WINDOWS.filter).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
const FeeBody = z
  .strictObject({ entryAt: instantField(DATE_WINDOWS.plan), exitAt: instantField(DATE_WINDOWS.plan) })
  .openapi('TemporaryParkingFee');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TermsQuery = z.strictObject({ day: dayField(DATE_WINDOWS.filter).optional() });

export function parkingRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/rentals`,
      tags,
      summary: 'PRK-1: rent a monthly space to an owner or tenant of the project',
      request: { params: ProjectParam, body: { ...json(RentalBody), required: true } },
      responses: { 201: { description: 'Rented', ...json(Rental) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await rentSpace(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/rentals/{rentalId}/card`,
      tags,
      summary: 'PRK-3: issue the IC card against its deposit',
      request: { params: RentalParam, body: { ...json(IssueCardBody), required: true } },
      responses: { 201: { description: 'Issued', ...json(Card) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await issueCard(deps, requireActor(c), p.projectId, p.rentalId, c.req.valid('json')),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/cards/{cardId}/return`,
      tags,
      summary: 'PRK-3: the card comes back; its deposit is refunded',
      request: { params: CardParam, body: { ...json(ReturnCardBody), required: true } },
      responses: { 200: { description: 'Returned', ...json(Card) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await returnCard(deps, requireActor(c), p.projectId, p.cardId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/register`,
      tags,
      summary: 'PRK-4: the monthly rental register on a day (today by default)',
      request: { params: ProjectParam, query: RegisterQuery },
      responses: { 200: { description: 'Register', ...json(RegisterSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await parkingRegister(
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
      path: `${base}/register.xlsx`,
      tags,
      summary: 'PRK-4: the register as an Excel sheet for the garage cashier',
      request: { params: ProjectParam, query: RegisterQuery },
      responses: {
        200: {
          description: 'Workbook',
          content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await parkingRegisterXlsx(
        deps,
        requireActor(c),
        c.req.valid('param').projectId,
        c.req.valid('query').day,
        c.get('locale'),
      );
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/temporary-fee`,
      tags,
      summary: "PRK-2: what a visitor's stay costs under the project's tariff",
      request: { params: ProjectParam, body: { ...json(FeeBody), required: true } },
      responses: { 200: { description: 'Fee', ...json(TemporaryFeeQuote) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await temporaryFee(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/register/print`,
      tags,
      summary: 'PRK-4: the register as an A4 page for the garage cashier',
      request: { params: ProjectParam, query: RegisterQuery },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const page = await parkingRegisterPrint(
        deps,
        requireActor(c),
        c.req.valid('param').projectId,
        c.req.valid('query').day,
        c.get('locale'),
      );
      return c.html(page, 200, {
        'Content-Security-Policy': PRINT_CSP,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/renters`,
      tags,
      summary:
        'PRK-1: owners and tenants of the project who may rent a monthly space, with the units they qualify through',
      request: { params: ProjectParam, query: RentersQuery },
      responses: {
        200: { description: 'Up to 20 customers', ...json(z.array(CustomerSchema)) },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await eligibleRenters(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').q),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/terms`,
      tags,
      summary:
        'PRK-2/PRK-3: the monthly rent, IC-card deposit and visitor tariff in effect (today by default)',
      request: { params: ProjectParam, query: TermsQuery },
      responses: { 200: { description: 'Prices in fen', ...json(Terms) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await parkingTerms(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').day),
        200,
      ),
  );
  return app;
}
