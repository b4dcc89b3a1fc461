/**
 * Parking over HTTP (PRK-1..4): the answers of every route, named for /api/docs. Pure (zod
 * and types only): the browser imports it. Request bodies that carry a day or an instant stay
 * with the server (their bounds read the request's clock).
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { Entry, PAY_METHODS } from '../billing/ledger.contract.ts';
import { TemporaryTariffSchema } from '../billing/fee-items.contract.ts';

export const IssueCardBody = z
  .strictObject({ cardNo: singleLineText(30), method: z.enum(PAY_METHODS), receiptNo: singleLineText(40) })
  .openapi('IssueParkingCard');
export const ReturnCardBody = z
  .strictObject({ method: z.enum(PAY_METHODS), receiptNo: singleLineText(40) })
  .openapi('ReturnParkingCard');
export const RentersQuery = z.strictObject({
  q: z.string().max(100).openapi({ description: 'name, company, unit code (1-405) or phone digits' }),
});

export const Rental = z
  .object({
    rentalId: z.string(),
    customerId: z.string(),
    unitId: z.string(),
    spaceId: z.string().nullable(),
    plate: z.string(),
    carModel: z.string(),
    phone: z.string(),
    feeCode: z.string(),
    startDay: z.string(),
    endDay: z.string(),
  })
  .openapi('ParkingRentalResult');
export type RentalDto = z.infer<typeof Rental>;

export const Card = z
  .object({
    cardId: z.string(),
    cardNo: z.string(),
    rentalId: z.string(),
    depositId: z.string(),
    depositFen: z.number(),
    issuedAt: z.string(),
    returnedAt: z.string().nullable(),
    /** The deposit movement; null on return when the deposit had already been used up (deducted). */
    entry: Entry.nullable(),
  })
  .openapi('ParkingCard');
export type CardDto = z.infer<typeof Card>;

export const RegisterRowSchema = z
  .object({
    rentalId: z.string(),
    registeredOn: z.string(),
    customerName: z.string(),
    phone: z.string(),
    carModel: z.string(),
    plate: z.string(),
    startDay: z.string(),
    endDay: z.string(),
    unitCode: z.string(),
    spaceCode: z.string().nullable(),
    cardId: z.string().nullable(),
    cardNo: z.string().nullable(),
    /** What the card's deposit still holds, i.e. what returning the card refunds; null without a card. */
    cardDepositFen: z.number().nullable(),
    /** The expiry reminder has gone out (or is due): the rental ends within EXPIRY_NOTICE_DAYS. */
    endsSoon: z.boolean(),
  })
  .openapi('ParkingRegisterRow');
export type RegisterRow = z.infer<typeof RegisterRowSchema>;
export const RegisterSchema = z
  .object({ day: z.string(), rows: z.array(RegisterRowSchema) })
  .openapi('ParkingRegister');

const DayCharge = z.object({ day: z.string(), fen: z.number(), uncappedFen: z.number() });
export const TemporaryFeeSchema = z
  .object({ minutes: z.number(), totalFen: z.number(), days: z.array(DayCharge) })
  .openapi('TemporaryParkingFeeAmount');
export type TemporaryFee = z.infer<typeof TemporaryFeeSchema>;
export const TemporaryFeeQuote = TemporaryFeeSchema.extend({ tariff: TemporaryTariffSchema }).openapi(
  'TemporaryParkingFeeQuote',
);

export const Terms = z
  .object({
    day: z.string(),
    /** The monthly rent item rentals are billed under; null when the project has not priced it (renting is then refused). */
    monthly: z.object({ code: z.string(), name: z.string(), amountFen: z.number() }).nullable(),
    cardDepositFen: z.number(),
    tariff: TemporaryTariffSchema,
  })
  .openapi('ParkingTerms');
export type ParkingTerms = z.infer<typeof Terms>;
