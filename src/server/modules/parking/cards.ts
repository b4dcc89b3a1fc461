/**
 * Parking IC cards (PRK-3): for monthly renters only, issued against a deposit (50 元 on
 * the example project — the project's deposit fee item of kind ic_card when it has one)
 * taken through the ledger, and the deposit paid back in full when the card comes back.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling, releaseDeposit, takeDeposit, itemsInEffect, depositHeld } from '../billing/index.ts';
import { parkingDb, type PDbOrTrx } from './tables.ts';
import type { CardDto, IssueCardBody, ReturnCardBody } from './contract.ts';

export type { CardDto };

/** PRK-3's example: 50 元, used when the project has not priced the card deposit itself. */
export const DEFAULT_CARD_DEPOSIT_FEN = 5000;

/** The deposit a card is issued against on `day`: the project's ic_card deposit item, else PRK-3's 50 元. */
export async function cardDepositOn(db: PDbOrTrx, projectId: string, day: string): Promise<number> {
  const priced = (await itemsInEffect(db, projectId, day)).find(
    (i) => i.kind === 'deposit' && i.depositKind === 'ic_card',
  );
  return priced?.amountFen ?? DEFAULT_CARD_DEPOSIT_FEN;
}

export async function issueCard(
  deps: Deps,
  actor: Actor,
  projectId: string,
  rentalId: string,
  input: z.infer<typeof IssueCardBody>,
): Promise<CardDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const now = deps.clock.now();
  return parkingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      let rq = trx
        .selectFrom('parking_rentals')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('rental_id', '=', rentalId);
      if (deps.db.dialect === 'postgres') rq = rq.forUpdate();
      const rental = await rq.executeTakeFirst();
      if (!rental) throw new AppError('NOT_FOUND', { params: { what: 'what.rental' } });
      const open = await trx
        .selectFrom('parking_cards')
        .select(['card_no', 'rental_id'])
        .where('project_id', '=', projectId)
        .where('returned_at', 'is', null)
        .where((eb) => eb.or([eb('rental_id', '=', rentalId), eb('card_no', '=', input.cardNo)]))
        .execute();
      const mine = open.find((c) => c.rental_id === rentalId);
      if (mine)
        throw new AppError('CONFLICT', { key: 'parking.card_exists', params: { card: mine.card_no } });
      if (open.length)
        throw new AppError('CONFLICT', {
          key: 'parking.card_in_use',
          params: { card: input.cardNo },
          fields: [{ path: 'cardNo', key: 'parking.card_in_use', params: { card: input.cardNo } }],
        });
      const today = (await projectClock(trx, projectId)).dayOf(now);
      const amountFen = await cardDepositOn(trx, projectId, today);
      const { depositId, entry } = await takeDeposit(trx, {
        projectId,
        customerId: rental.customer_id,
        unitId: rental.unit_id,
        kind: 'ic_card',
        amountFen,
        method: input.method,
        receiptNo: input.receiptNo,
        at: now,
        actor,
      });
      const cardId = newId(now.getTime());
      await trx
        .insertInto('parking_cards')
        .values({
          project_id: projectId,
          card_id: cardId,
          card_no: input.cardNo,
          rental_id: rentalId,
          deposit_id: depositId,
          issued_at: now.toISOString(),
          issued_by: actor.userId || null,
          returned_at: null,
          returned_by: null,
        })
        .execute();
      await recordHistory(trx, {
        projectId,
        entityType: 'parking_card',
        entityId: cardId,
        action: 'issued',
        actor,
        at: now,
        after: { cardNo: input.cardNo, rentalId, depositFen: amountFen },
      });
      return {
        cardId,
        cardNo: input.cardNo,
        rentalId,
        depositId,
        depositFen: amountFen,
        issuedAt: now.toISOString(),
        returnedAt: null,
        entry,
      };
    });
}

export async function returnCard(
  deps: Deps,
  actor: Actor,
  projectId: string,
  cardId: string,
  input: z.infer<typeof ReturnCardBody>,
): Promise<CardDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const now = deps.clock.now();
  return parkingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      let cq = trx
        .selectFrom('parking_cards')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('card_id', '=', cardId);
      if (deps.db.dialect === 'postgres') cq = cq.forUpdate();
      const card = await cq.executeTakeFirst();
      if (!card) throw new AppError('NOT_FOUND', { params: { what: 'what.parking_card' } });
      if (card.returned_at) throw new AppError('CONFLICT', { key: 'parking.card_returned' });
      const held = await depositHeld(trx, projectId, card.deposit_id);
      const entry =
        held <= 0
          ? null
          : await releaseDeposit(trx, {
              projectId,
              depositId: card.deposit_id,
              amountFen: held,
              method: input.method,
              receiptNo: input.receiptNo,
              note: `IC card ${card.card_no} returned`,
              at: now,
              actor,
              dialect: deps.db.dialect,
            });
      // The card row records its return once (returned_at was null); the history keeps the change.
      await trx
        .updateTable('parking_cards')
        .set({ returned_at: now.toISOString(), returned_by: actor.userId || null })
        .where('project_id', '=', projectId)
        .where('card_id', '=', cardId)
        .execute();
      await recordHistory(trx, {
        projectId,
        entityType: 'parking_card',
        entityId: cardId,
        action: 'returned',
        actor,
        at: now,
        before: { returnedAt: null },
        after: { returnedAt: now.toISOString(), refundFen: held },
      });
      return {
        cardId,
        cardNo: card.card_no,
        rentalId: card.rental_id,
        depositId: card.deposit_id,
        depositFen: held,
        issuedAt: card.issued_at,
        returnedAt: now.toISOString(),
        entry,
      };
    });
}
