/**
 * CBK-2 weekly callback statistics by ticket kind:
 * - needed: tickets that entered the 'callback' state in the week (completed and confirmed,
 *   or settled on the spot — CBK-1);
 * - calledBack: of those, the ones a callback has reached since (up to now, so a Sunday
 *   completion called back on Monday still counts for its week); callbackRate = calledBack / needed;
 * - attempts, reached and the satisfaction answers: the callbacks made in the week;
 *   satisfactionRate = (satisfied + basically) / reached.
 */
import { TICKET_KINDS, type TicketKind } from '../states.ts';
import { rate } from './stats-rules.ts';
import { num, type WeekWindow } from './week-window.ts';
import type { CallbackRow, CallbackSection } from './stats.contract.ts';
import { ticketsDb } from '../tables.ts';

export type { CallbackRow, CallbackSection } from './stats.contract.ts';

/** Timeline entries moving a ticket into 'callback' in the week (a repeat callback stays there). */
function enteredCallback(w: WeekWindow) {
  return w.db
    .selectFrom('ticket_events as e')
    .where('e.project_id', '=', w.projectId)
    .where('e.at', '>=', w.start)
    .where('e.at', '<', w.end)
    .where('e.to_state', '=', 'callback')
    .where((eb) => eb.or([eb('e.from_state', 'is', null), eb('e.from_state', '<>', 'callback')]));
}

export async function callbackSection(w: WeekWindow): Promise<CallbackSection> {
  const needed = await enteredCallback(w)
    .innerJoin('tickets as t', (j) =>
      j.onRef('t.project_id', '=', 'e.project_id').onRef('t.ticket_id', '=', 'e.ticket_id'),
    )
    .select(['e.ticket_id', 't.kind', (eb) => eb.fn.min('e.at').as('entered_at')])
    .groupBy(['e.ticket_id', 't.kind'])
    .execute();
  const reachedSince = await ticketsDb(w.db)
    .selectFrom('ticket_callbacks')
    .select(['ticket_id', 'at'])
    .where('project_id', '=', w.projectId)
    .where('reached', '=', 1)
    .where('at', '>=', w.start)
    .where('ticket_id', 'in', enteredCallback(w).select('e.ticket_id'))
    .execute();
  const made = await ticketsDb(w.db)
    .selectFrom('ticket_callbacks as c')
    .innerJoin('tickets as t', (j) =>
      j.onRef('t.project_id', '=', 'c.project_id').onRef('t.ticket_id', '=', 'c.ticket_id'),
    )
    .select(['t.kind', 'c.satisfaction', (eb) => eb.fn.countAll().as('n')])
    .where('c.project_id', '=', w.projectId)
    .where('c.at', '>=', w.start)
    .where('c.at', '<', w.end)
    .groupBy(['t.kind', 'c.satisfaction'])
    .execute();

  // A ticket was called back when a reached callback came after it entered the state.
  const lastReached = new Map<string, number>();
  for (const c of reachedSince)
    lastReached.set(c.ticket_id, Math.max(lastReached.get(c.ticket_id) ?? 0, Date.parse(c.at)));
  const rows = TICKET_KINDS.map((kind): CallbackRow => {
    const mine = needed.filter((n) => n.kind === kind);
    const calledBack = mine.filter(
      (n) => (lastReached.get(n.ticket_id) ?? -1) >= Date.parse(String(n.entered_at)),
    ).length;
    const answers = (s: string) =>
      made.filter((m) => m.kind === kind && m.satisfaction === s).reduce((sum, m) => sum + num(m.n), 0);
    return tally(
      kind,
      mine.length,
      calledBack,
      answers('satisfied'),
      answers('basically'),
      answers('unsatisfied'),
      answers('unreached'),
    );
  });
  const sum = (k: 'needed' | 'calledBack' | 'satisfied' | 'basically' | 'unsatisfied' | 'unreached') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    rows,
    total: tally(
      'total',
      sum('needed'),
      sum('calledBack'),
      sum('satisfied'),
      sum('basically'),
      sum('unsatisfied'),
      sum('unreached'),
    ),
  };
}

function tally(
  kind: CallbackRow['kind'],
  needed: number,
  calledBack: number,
  satisfied: number,
  basically: number,
  unsatisfied: number,
  unreached: number,
): CallbackRow {
  const reached = satisfied + basically + unsatisfied;
  return {
    kind,
    needed,
    calledBack,
    callbackRate: rate(calledBack, needed),
    attempts: reached + unreached,
    reached,
    satisfied,
    basically,
    unsatisfied,
    unreached,
    satisfactionRate: rate(satisfied + basically, reached),
  };
}
