/**
 * The demo's last eight weeks, so a newcomer meets a desk that has been working: seedDemo
 * with `{ month: true }` loads the small demo as it was eight weeks ago, then plays the
 * weeks since through the real use cases with a clock moved step by step (timeline.ts),
 * ending at the real now. A seeded generator keyed by today's date makes the demo the
 * same every time it is loaded on a given day.
 */
import type { FixedClock } from '../platform/clock.ts';
import type { Deps } from '../platform/http/context.ts';
import { addDays, instantAt, localDay } from '../platform/calendar/index.ts';
import { monthBounds, monthOf } from '../modules/billing/rules.ts';
import { loadActors } from './demo-actors.ts';
import { seededRandom } from './random.ts';
import { People } from './month-people.ts';
import { seedCampusResidents, seedEstateResidents } from './month-residents.ts';
import { scheduleDesk } from './month-tickets.ts';
import { rentParking, scheduleBillRuns, scheduleReadings } from './month-money.ts';
import { scheduleViewings } from './month-custody.ts';
import { priceEstate, scheduleHandover } from './month-handover.ts';
import { scheduleMoveOut } from './month-move-out.ts';
import { Timeline } from './timeline.ts';

/** How far back the demo's history starts. */
export const MONTH_DAYS = 56;

export interface MonthOptions {
  /** Calls on an average weekday (fewer at weekends); the test uses fewer to stay quick. */
  callsPerDay?: number;
  /** Progress lines (the command line prints them). */
  log?: (line: string) => void;
}

export interface MonthSummary {
  residents: number;
  rentals: number;
  steps: number;
  failures: string[];
}

/**
 * Plays the month on a database that holds the small demo seeded at `clock`'s current
 * time (MONTH_DAYS ago); `end` is the real now, where the clock is left.
 */
export async function seedMonth(
  deps: Deps,
  clock: FixedClock,
  end: Date,
  o: MonthOptions = {},
): Promise<MonthSummary> {
  const log = o.log ?? (() => {});
  const started = performance.now();
  const tl = new Timeline(deps, clock, end);
  const projects = await deps.db.k
    .selectFrom('projects')
    .select(['project_id', 'code', 'time_zone'])
    .execute();
  const campus = projects.find((p) => p.code === 'CAMPUS')!;
  const estate = projects.find((p) => p.code === 'ESTATE')!;
  const timeZone = campus.time_zone;
  const firstDay = localDay(clock.now(), timeZone);
  const lastDay = localDay(end, timeZone);
  const r = seededRandom(`propdesk-demo-${lastDay}`);
  const people = new People(r);
  const as = await loadActors(tl.deps);

  // Payers from the first day of the month before the history starts, as seed-billing's tenants.
  const firstBilled = monthOf(addDays(`${firstDay.slice(0, 7)}-01`, -1));
  const campusResidents = await seedCampusResidents(
    tl.deps,
    campus.project_id,
    people,
    r,
    monthBounds(monthOf(addDays(`${firstBilled}-01`, -1))).first,
  );
  const estateResidents = await seedEstateResidents(tl.deps, estate.project_id, people, r);
  log(
    `demo month: ${campusResidents.length + estateResidents.length} customers in the units (${Math.round(performance.now() - started)} ms)`,
  );

  const money = { tl, r, as, projectId: campus.project_id, timeZone };
  const rentals = await rentParking(
    money,
    campusResidents.filter((x) => x.relation === 'tenant'),
    people,
    monthBounds(firstBilled).first,
  );
  const lastMonth = monthOf(addDays(`${lastDay.slice(0, 7)}-01`, -1));
  scheduleReadings(money, monthOf(firstDay), lastMonth);
  scheduleBillRuns(money, firstBilled, lastMonth);

  const prices = await deps.db.k
    .selectFrom('service_prices')
    .select(['price_id', 'name'])
    .where('project_id', '=', campus.project_id)
    .execute();
  const allCampus = await deps.db.k
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .select(['c.customer_id', 'c.name', 'c.company', 'cu.unit_id', 'u.code', 'cu.relation'])
    .where('cu.project_id', '=', campus.project_id)
    .where('c.kind', '=', 'person')
    .execute();
  const callers = await withPhones(deps, campus.project_id, allCampus);
  scheduleDesk(
    {
      tl,
      r,
      as,
      projectId: campus.project_id,
      timeZone,
      residents: callers,
      prices: new Map(prices.map((p) => [p.name, p.price_id])),
    },
    firstDay,
    lastDay,
    o.callsPerDay ?? 7,
  );
  await priceEstate(tl.deps, as, estate.project_id, `${firstDay.slice(0, 4)}-01-01`);
  scheduleHandover(tl, as, estate.project_id, instantAt(addDays(firstDay, 10), '10:00', timeZone));
  if (!(await scheduleMoveOut(tl, as, campus.project_id, '1-808', timeZone, lastDay)))
    log('demo month: no lease ends in the weeks played, so no move-out');
  await scheduleViewings(
    tl,
    as,
    r,
    people,
    campus.project_id,
    timeZone,
    Array.from({ length: 8 }, (_, i) => addDays(firstDay, 3 + i * 7)),
  );

  const total = tl.pending;
  let lastLog = performance.now();
  await tl.run((done) => {
    if (performance.now() - lastLog > 2000) {
      lastLog = performance.now();
      log(
        `demo month: ${done} steps played, ${tl.pending} still planned, at ${localDay(clock.now(), timeZone)}`,
      );
    }
  });
  for (const f of tl.failures) log(`demo month: a step was refused: ${f}`);
  log(
    `demo month: ${firstDay}..${lastDay} played (${total}+ steps, ${rentals} parking rentals) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    residents: campusResidents.length + estateResidents.length,
    rentals,
    steps: total,
    failures: tl.failures,
  };
}

async function withPhones(
  deps: Deps,
  projectId: string,
  rows: {
    customer_id: string;
    name: string;
    company: string;
    unit_id: string;
    code: string;
    relation: string;
  }[],
) {
  const phones = await deps.db.k
    .selectFrom('customer_phones')
    .select(['customer_id', 'phone'])
    .where('project_id', '=', projectId)
    .execute();
  const phoneOf = new Map(phones.map((p) => [p.customer_id, p.phone]));
  return rows.map((c) => ({
    customerId: c.customer_id,
    name: c.name,
    company: c.company,
    phone: phoneOf.get(c.customer_id) ?? '',
    unitId: c.unit_id,
    unitCode: c.code,
    relation: c.relation as 'staff',
  }));
}
