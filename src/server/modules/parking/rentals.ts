/**
 * Monthly parking rental (PRK-1): only an owner or tenant of a unit of the project may
 * rent; the vehicle licence is checked and car model and plate recorded. The rent itself
 * reaches the payer's monthly bill through the bill run (fee item of kind parking_monthly).
 * An expiry reminder is scheduled with the rental (PRK-4).
 */
import { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { scheduleExpiryReminder } from './parking-timers.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { dayField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { resolveContactPhone } from '../customers/index.ts';
import { maskPhone } from '../../platform/print/format.ts';
import {
  requireBilling,
  itemsInEffect,
  relationsTo,
  requireCustomer,
  requireUnit,
} from '../billing/index.ts';
import { parkingDb } from './tables.ts';
import type { RentalDto } from './contract.ts';

export type { RentalDto };

/** The fee item a monthly rental is billed under unless the request names another. */
export const MONTHLY_FEE_CODE = 'PARKING';

export const RentalBody = z
  .strictObject({
    customerId: z.uuid(),
    unitId: z
      .uuid()
      .openapi({ description: 'the unit through which the customer is an owner or tenant of the project' }),
    spaceId: z.uuid().optional(),
    plate: singleLineText(12, { min: 5 }).transform((s) => s.toUpperCase()),
    carModel: singleLineText(40),
    phone: singleLineText(20, { min: 0 }).optional().openapi({
      description:
        "the number the garage calls; left out, or the last digits of an archived number, the renter's archived number is kept",
    }),
    licenceChecked: z.boolean(),
    feeCode: z
      .string()
      .regex(/^[A-Z0-9_]{1,20}$/)
      .default(MONTHLY_FEE_CODE),
    startDay: dayField(DATE_WINDOWS.term),
    endDay: dayField(DATE_WINDOWS.term),
  })
  .openapi('ParkingRental');

export async function rentSpace(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof RentalBody>,
): Promise<RentalDto> {
  requireBilling(actor, 'billing.collect', projectId);
  if (!input.licenceChecked)
    throw new AppError('UNPROCESSABLE', {
      key: 'parking.licence_unchecked',
      fields: [{ path: 'licenceChecked', key: 'parking.licence_unchecked' }],
    });
  if (input.endDay < input.startDay)
    throw new AppError('VALIDATION', { fields: [{ path: 'endDay', key: 'parking.end_before_start' }] });
  const now = deps.clock.now();
  return parkingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requireCustomer(trx, projectId, input.customerId);
      await requireUnit(trx, projectId, input.unitId);
      const phone = await resolveContactPhone(trx, projectId, input.customerId, input.phone, 'phone');
      const rel = await relationsTo(trx, projectId, input.customerId, input.unitId);
      if (!rel.includes('owner') && !rel.includes('tenant'))
        throw new AppError('UNPROCESSABLE', {
          key: 'parking.not_owner_or_tenant',
          fields: [{ path: 'customerId', key: 'parking.not_owner_or_tenant' }],
        });
      const price = (await itemsInEffect(trx, projectId, input.startDay)).find(
        (i) => i.code === input.feeCode && i.kind === 'parking_monthly',
      );
      if (!price)
        throw new AppError('UNPROCESSABLE', {
          key: 'bill.no_price',
          params: { code: input.feeCode, day: input.startDay },
          fields: [
            { path: 'feeCode', key: 'bill.no_price', params: { code: input.feeCode, day: input.startDay } },
          ],
        });
      if (input.spaceId) {
        let sq = trx
          .selectFrom('parking_spaces')
          .select('space_id')
          .where('project_id', '=', projectId)
          .where('space_id', '=', input.spaceId);
        if (deps.db.dialect === 'postgres') sq = sq.forUpdate();
        if (!(await sq.executeTakeFirst()))
          throw new AppError('UNPROCESSABLE', {
            key: 'error.NOT_FOUND',
            params: { what: 'what.parking_space' },
            fields: [{ path: 'spaceId', key: 'error.NOT_FOUND', params: { what: 'what.parking_space' } }],
          });
        const taken = await trx
          .selectFrom('parking_rentals')
          .select('rental_id')
          .where('project_id', '=', projectId)
          .where('space_id', '=', input.spaceId)
          .where('start_day', '<=', input.endDay)
          .where('end_day', '>=', input.startDay)
          .executeTakeFirst();
        if (taken)
          throw new AppError('CONFLICT', {
            key: 'parking.space_taken',
            fields: [{ path: 'spaceId', key: 'parking.space_taken' }],
          });
      }
      const rentalId = newId(now.getTime());
      await trx
        .insertInto('parking_rentals')
        .values({
          project_id: projectId,
          rental_id: rentalId,
          customer_id: input.customerId,
          unit_id: input.unitId,
          space_id: input.spaceId ?? null,
          plate: input.plate,
          car_model: input.carModel,
          phone,
          licence_checked: 1,
          fee_code: input.feeCode,
          start_day: input.startDay,
          end_day: input.endDay,
          created_at: now.toISOString(),
          created_by: actor.userId || null,
        })
        .execute();
      await recordHistory(trx, {
        projectId,
        entityType: 'parking_rental',
        entityId: rentalId,
        action: 'created',
        actor,
        at: now,
        after: { ...input, phone: maskPhone(phone) },
      });
      await scheduleExpiryReminder(trx, projectId, rentalId, input.endDay, now);
      return {
        rentalId,
        customerId: input.customerId,
        unitId: input.unitId,
        spaceId: input.spaceId ?? null,
        plate: input.plate,
        carModel: input.carModel,
        phone: maskPhone(phone),
        feeCode: input.feeCode,
        startDay: input.startDay,
        endDay: input.endDay,
      };
    });
}
