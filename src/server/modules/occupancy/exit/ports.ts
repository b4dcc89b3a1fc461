/**
 * What move-out reads from two neighbours that do not export it yet, kept to these two
 * small reads so each becomes a call into its module when that module offers one:
 * - the move-in inventory (the move-in joint inspection, migration 0010: move_ins +
 *   move_in_fixtures), which MVO-3 compares the fixtures against;
 * - the tenant's parking IC cards not yet returned (MVO-5: cards come back through the
 *   parking module's returnCard, which also refunds their deposit).
 */
import type { Kysely } from 'kysely';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { parkingDb } from '../../parking/index.ts';
import type { Fixture, FixtureCondition } from './rules.ts';

type MoveInTables = {
  move_ins: {
    project_id: string;
    move_in_id: string;
    unit_id: string;
    customer_id: string | null;
    state: string;
    completed_at: string | null;
  };
  move_in_fixtures: {
    project_id: string;
    move_in_id: string;
    seq: number;
    name: string;
    quantity: number;
    condition: string;
  };
};

/** The fixtures counted when this tenant moved into this unit (the latest completed move-in), or null when none is on record. */
export async function moveInInventory(
  db: DbOrTrx,
  projectId: string,
  unitId: string,
  customerId: string,
): Promise<Fixture[] | null> {
  const k = db as unknown as Kysely<MoveInTables>;
  const m = await k
    .selectFrom('move_ins')
    .select('move_in_id')
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('customer_id', '=', customerId)
    .where('state', '=', 'completed')
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!m) return null;
  const rows = await k
    .selectFrom('move_in_fixtures')
    .select(['name', 'quantity', 'condition'])
    .where('project_id', '=', projectId)
    .where('move_in_id', '=', m.move_in_id)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    quantity: Number(r.quantity),
    condition: r.condition as FixtureCondition,
  }));
}

/** Card numbers of the customer's parking IC cards still out (issued, not returned). */
export async function cardsNotReturned(
  db: DbOrTrx,
  projectId: string,
  customerId: string,
): Promise<string[]> {
  const rows = await parkingDb(db)
    .selectFrom('parking_cards as c')
    .innerJoin('parking_rentals as r', (j) =>
      j.onRef('r.project_id', '=', 'c.project_id').onRef('r.rental_id', '=', 'c.rental_id'),
    )
    .select('c.card_no')
    .where('c.project_id', '=', projectId)
    .where('r.customer_id', '=', customerId)
    .where('c.returned_at', 'is', null)
    .orderBy('c.card_no')
    .execute();
  return rows.map((r) => r.card_no);
}
