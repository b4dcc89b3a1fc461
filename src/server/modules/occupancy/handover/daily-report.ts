/**
 * HND-5: the daily handover report (交房日报表) — the units handed over on a day and every
 * unit not accepted with its reason — and the running totals of the handover summary
 * (房屋交接汇总报表): handed over up to that day, still waiting.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { rosterOwnerNames } from '../../customers/index.ts';
import type { DailyHandoverReport } from './contract.ts';
import { handoverDb } from './tables.ts';

export async function dailyHandoverReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day?: string,
): Promise<DailyHandoverReport> {
  requireOccupancyRead(actor, projectId);
  const db = handoverDb(deps.db.k);
  const project = await projectClock(deps.db.k, projectId);
  const { timeZone } = project;
  const theDay = day ?? project.dayOf(deps.clock.now());
  const base = () =>
    db
      .selectFrom('handovers as h')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'h.project_id').onRef('u.unit_id', '=', 'h.unit_id'),
      )
      .innerJoin('buildings as b', (j) =>
        j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
      )
      .leftJoin('customers as c', (j) =>
        j.onRef('c.project_id', '=', 'h.project_id').onRef('c.customer_id', '=', 'h.customer_id'),
      )
      .where('h.project_id', '=', projectId);
  const done = await base()
    .select([
      'h.handover_id',
      'h.unit_id',
      'u.code',
      'b.name as building_name',
      'c.name as owner_name',
      'h.completed_at',
      'h.fees_from',
      'h.fees_to',
      'h.prepaid_fen',
      'h.keys_kept',
    ])
    .select((eb) =>
      eb
        .selectFrom('rectification_items as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.project_id', '=', 'h.project_id')
        .whereRef('r.handover_id', '=', 'h.handover_id')
        .where('r.state', '=', 'open')
        .as('open_items'),
    )
    .where('h.state', '=', 'completed')
    .where('h.completed_day', '=', theDay)
    .orderBy('h.completed_at')
    .execute();
  const refused = await base()
    .select([
      'h.handover_id',
      'h.unit_id',
      'u.code',
      'b.name as building_name',
      'c.name as owner_name',
      'h.decline_reason',
      'h.decline_note',
      'h.declined_at',
    ])
    .where('h.state', '=', 'not_accepted')
    .where('h.declined_day', '=', theDay)
    .orderBy('h.declined_at')
    .execute();
  const names = await rosterOwnerNames(
    deps.db.k,
    projectId,
    refused.filter((r) => !r.owner_name).map((r) => r.unit_id),
  );
  const toDate = await db
    .selectFrom('handovers')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('state', '=', 'completed')
    .where('completed_day', '<=', theDay)
    .executeTakeFirstOrThrow();
  const waiting = await db
    .selectFrom('units')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('status', '=', 'not_received')
    .executeTakeFirstOrThrow();
  return {
    day: theDay,
    projectName: project.name,
    timeZone,
    handedOver: done.map((r) => ({
      handoverId: r.handover_id,
      unitCode: r.code,
      buildingName: r.building_name,
      ownerName: r.owner_name ?? '',
      completedAt: r.completed_at!,
      feesFrom: String(r.fees_from),
      feesTo: String(r.fees_to),
      prepaidFen: Number(r.prepaid_fen),
      keysKept: r.keys_kept,
      openItems: Number(r.open_items ?? 0),
    })),
    notAccepted: refused.map((r) => ({
      handoverId: r.handover_id,
      unitCode: r.code,
      buildingName: r.building_name,
      ownerName: r.owner_name ?? names.get(r.unit_id) ?? '',
      reason: r.decline_reason ?? '',
      note: r.decline_note,
      declinedAt: r.declined_at!,
    })),
    totals: {
      handedOver: done.length,
      notAccepted: refused.length,
      handedOverToDate: Number(toDate.n),
      stillNotReceived: Number(waiting.n),
    },
  };
}
