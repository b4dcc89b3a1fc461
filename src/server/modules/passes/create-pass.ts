/**
 * REL-1/REL-2: the clerk writes the pass — the unit, who carries (owner, tenant, family,
 * domestic helper, company staff), the large items and their quantities, and why they go
 * out (moving out or for a while). Frequent or bulk temporary removals are flagged at once
 * and the CS supervisor is told. The pass then waits for its first check (rules.ts initialState).
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { maskIdNumber } from '../customers/index.ts';
import { maskPhone } from '../../platform/print/format.ts';
import { unitParties } from '../customers/index.ts';
import { resolveContactPhone } from '../customers/index.ts';
import { unitBrief } from '../properties/index.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { FREQUENT_WINDOW_DAYS, initialState, removalFlags } from './rules.ts';
import { passDto, temporaryPassesSince } from './repo.ts';
import type { CreatePassBody, PassDto } from './contract.ts';
import { passesDb } from './tables.ts';

type Input = z.infer<typeof CreatePassBody>;

export async function createPass(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: Input,
): Promise<PassDto> {
  requireAccess({ actor, permission: 'pass.issue', projectId });
  const now = deps.clock.now();
  const passId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (t) => {
    const trx = passesDb(t);
    const unit = await unitBrief(t, projectId, input.unitId);
    if (!unit)
      throw new AppError('UNPROCESSABLE', {
        key: 'error.NOT_FOUND',
        params: { what: 'what.unit' },
        fields: [{ path: 'unitId', key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
      });
    const parties = await unitParties(t, projectId, unit.unitId);
    if (input.customerId && !parties.some((p) => p.customerId === input.customerId))
      throw unprocessable('pass.customer_not_of_unit', { unit: unit.code }, 'customerId');
    // The owner carrying skips the confirmation call (REL-4), so it must be a recorded owner.
    if (
      input.carrierType === 'owner' &&
      !parties.some((p) => p.customerId === input.customerId && p.relation === 'owner')
    )
      throw unprocessable('pass.carrier_not_owner', { unit: unit.code }, 'customerId');

    const carrierPhone = await resolveContactPhone(
      t,
      projectId,
      input.customerId,
      input.carrierPhone,
      'carrierPhone',
    );
    const since = new Date(now.getTime() - FREQUENT_WINDOW_DAYS * 86_400_000);
    const flags = removalFlags({
      purpose: input.purpose,
      quantities: input.items.map((i) => i.quantity),
      earlierTemporary: await temporaryPassesSince(trx, projectId, unit.unitId, since),
    });
    const state = initialState(input.purpose, input.carrierType);
    await trx
      .insertInto('passes')
      .values({
        project_id: projectId,
        pass_id: passId,
        number: null,
        unit_id: unit.unitId,
        customer_id: input.customerId ?? null,
        carrier_type: input.carrierType,
        carrier_name: input.carrierName,
        carrier_phone: carrierPhone,
        carrier_id_masked: maskIdNumber(input.carrierIdNumber),
        purpose: input.purpose,
        purpose_note: input.purposeNote,
        flags: JSON.stringify(flags),
        state,
        refusal: null,
        owed_fen: null,
        arrears_checked_at: null,
        call_party: null,
        call_name: null,
        call_phone: null,
        called_at: null,
        call_answer: null,
        call_note: null,
        call_by: null,
        issued_at: null,
        issued_by: null,
        valid_on: null,
        checked_at: null,
        checked_by: null,
        gate_note: null,
        cancelled_at: null,
        cancel_reason: null,
        created_at: now.toISOString(),
        created_by: actor.userId || null,
        updated_at: now.toISOString(),
        version: 1,
      })
      .execute();
    await trx
      .insertInto('pass_items')
      .values(
        input.items.map((i, n) => ({
          project_id: projectId,
          pass_id: passId,
          line_no: n + 1,
          category: i.category,
          name: i.name,
          quantity: i.quantity,
        })),
      )
      .execute();
    await recordHistory(t, {
      projectId,
      entityType: 'pass',
      entityId: passId,
      action: 'created',
      actor,
      at: now,
      after: {
        ...input,
        carrierPhone: maskPhone(carrierPhone),
        carrierIdNumber: maskIdNumber(input.carrierIdNumber),
        state,
        flags,
      },
    });
    if (flags.length)
      await notifyRoles(t, {
        projectId,
        roles: ['cs_supervisor'],
        kind: 'pass.flagged',
        ticketId: null,
        params: { unit: unit.code, flags: flags.join(',') },
        at: now,
      });
  });
  return passDto(passesDb(deps.db.k), projectId, passId);
}
