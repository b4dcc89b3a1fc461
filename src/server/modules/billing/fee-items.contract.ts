/** Fee items (FEE-1) over HTTP: every version of every item, with its price. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';

/** hourly: a charge per started hour of a use (BKG-2 overtime air-conditioning, overtime-ac.ts); amountFen is the price of one hour. */
export const FEE_KINDS = [
  'area',
  'fixed',
  'metered',
  'parking_monthly',
  'parking_temporary',
  'service',
  'deposit',
  'hourly',
] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export const TemporaryTariffSchema = z
  .object({
    freeMinutes: z.number(),
    firstMinutes: z.number(),
    firstFen: z.number(),
    hourFen: z.number(),
    dailyCapFen: z.number(),
  })
  .openapi('TemporaryTariff');

export const FeeItem = z
  .object({
    feeItemId: z.string(),
    code: z.string(),
    version: z.number(),
    name: z.string(),
    kind: z.enum(FEE_KINDS),
    areaBasis: z.enum(['building', 'inner']).nullable(),
    rateMillifen: z.number().nullable(),
    amountFen: z.number().nullable(),
    meterKind: z.string().nullable(),
    buildingId: z.string().nullable(),
    tariff: TemporaryTariffSchema.nullable(),
    depositKind: z.string().nullable(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('FeeItem');
export type FeeItemDto = z.infer<typeof FeeItem>;
export const FeeItemList = z.array(FeeItem).openapi('FeeItemList');

const TariffBody = z.strictObject({
  freeMinutes: z.number().int().min(0).max(1440).default(0),
  firstMinutes: z.number().int().min(1).max(1440),
  firstFen: z.number().int().min(0),
  hourFen: z.number().int().min(0),
  dailyCapFen: z.number().int().min(0),
});

/** A fee item or a new price version of one, without its effective days (the server adds them with their bounds). */
export const DefineFeeItemFields = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z0-9_]{1,20}$/)
    .openapi({ example: 'MGMT' }),
  name: singleLineText(60),
  kind: z.enum(FEE_KINDS),
  areaBasis: z.enum(['building', 'inner']).optional().openapi({
    description:
      'area fees and shared-meter (公摊) apportionment: building area 建筑面积 or inner area 套内面积',
  }),
  rateMillifen: z.number().int().positive().optional().openapi({
    description: 'per m² per month (area) or per metered unit (metered), in 1/1000 fen: 5.80 元 = 580000',
  }),
  amountFen: z.number().int().positive().optional().openapi({
    description:
      'fen: the monthly amount (fixed, parking_monthly), the price (service, deposit) or the price per started hour (hourly)',
  }),
  meterKind: z.enum(['electricity', 'water', 'gas']).optional(),
  buildingId: z.uuid().optional(),
  tariff: TariffBody.optional(),
  depositKind: z.enum(['management', 'renovation', 'ic_card']).optional(),
});
/** What defining an item sends; the server bounds the two days (routes read the request's clock). */
export type DefineFeeItem = z.infer<typeof DefineFeeItemFields> & {
  effectiveFrom: string;
  effectiveTo?: string;
};
