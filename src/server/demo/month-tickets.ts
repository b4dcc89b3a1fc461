/**
 * The demo month's service desk: each day of the last eight weeks, the calls of the day
 * (fewer at weekends), each played out step by step at its own instants through the same
 * use cases the desk and the departments call — forwarded (a few late), chased, picked up,
 * completed, signed, reworked, called back; complaints classified, some invalid, some
 * written with their reply and corrective action; a few left undone so that their
 * deadlines pass and escalate, and the most recent still open as a live queue would be.
 */
import type { TicketDto } from '../modules/tickets/contract.ts';
import { intakeTicket } from '../modules/tickets/intake.ts';
import {
  callback,
  cancel,
  chase,
  closeInvalid,
  complete,
  confirm,
  correctiveAction,
  forward,
  pickUp,
  rework,
  writtenReply,
} from '../modules/tickets/actions.ts';
import { classify } from '../modules/tickets/classify.ts';
import { addDays, instantAt } from '../platform/calendar/index.ts';
import type { Actors } from './demo-actors.ts';
import type { Random } from './random.ts';
import type { Resident } from './month-residents.ts';
import type { Timeline } from './timeline.ts';
import { COMPLAINTS, INQUIRIES, MESSAGES, PUBLIC_AREAS, REPAIRS, REQUESTS } from './month-ticket-texts.ts';

interface Desk {
  tl: Timeline;
  r: Random;
  as: Actors;
  projectId: string;
  timeZone: string;
  residents: Resident[];
  prices: Map<string, string>;
}

const MIN = 60_000;
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MIN);

/** A ticket moving through its story: each step runs at its instant and passes on the fresh ticket. */
type Next = (t: TicketDto, at: Date) => void;

function then(d: Desk, t: TicketDto, at: Date, run: (t: TicketDto) => Promise<TicketDto>, next?: Next): void {
  d.tl.at(at, async () => {
    // Another step may have moved the ticket since this one was planned: act on its version now.
    const fresh = await run({ ...t, version: await currentVersion(d, t) });
    next?.(fresh, d.tl.clock.now());
  });
}

function workerOf(d: Desk, t: TicketDto): string {
  if (t.assigneeId) {
    for (const name of ['engineer', 'engineer2', 'guard', 'cleaner', 'supervisor'])
      if (d.as(name).userId === t.assigneeId) return name;
  }
  return t.department === 'security'
    ? 'guard'
    : t.department === 'cleaning'
      ? 'cleaner'
      : t.department === 'admin'
        ? 'supervisor'
        : 'engineer';
}

/** Callback until satisfied (CBK-1, CMP-9): sometimes nobody answers, sometimes not yet satisfied. */
function callBack(d: Desk, t: TicketDto, at: Date): void {
  const outcome = d.r.weighted({ satisfied: 80, basically: 10, unreached: 6, unsatisfied: 4 });
  then(
    d,
    t,
    at,
    (x) =>
      outcome === 'unreached'
        ? callback(d.tl.deps, d.as('clerk'), d.projectId, x.ticketId, {
            version: x.version,
            reached: false,
            resolved: true,
            opinion: '无人接听',
          })
        : callback(d.tl.deps, d.as('clerk'), d.projectId, x.ticketId, {
            version: x.version,
            reached: true,
            resolved: outcome !== 'unsatisfied',
            satisfaction: outcome === 'unsatisfied' ? 'unsatisfied' : outcome,
            opinion: outcome === 'unsatisfied' ? '问题仍未彻底解决' : '',
          }),
    outcome === 'unreached' || outcome === 'unsatisfied'
      ? (x, now) => callBack(d, x, later(now, d.r.int(18, 26) * 60))
      : undefined,
  );
}

/** Mostly the same day (CBK-1); now and then the desk only gets to it a day or two later. */
function callbackDelay(d: Desk): number {
  return d.r.chance(0.12) ? d.r.int(20, 50) * 60 : d.r.int(60, 300);
}

function answerAndCallBack(d: Desk, t: TicketDto, at: Date, answer: string): void {
  then(
    d,
    t,
    at,
    (x) => confirm(d.tl.deps, d.as('clerk'), d.projectId, x.ticketId, { version: x.version, answer }),
    (x, now) => callBack(d, x, later(now, callbackDelay(d))),
  );
}

/** Forwarded (a few late, TKT-3), perhaps chased, picked up; then `work` unless it is left undone. */
function toDepartment(
  d: Desk,
  t: TicketDto,
  at: Date,
  department: 'engineering' | 'security' | 'cleaning' | 'admin',
  work: Next,
): void {
  const late = d.r.chance(0.06);
  // Engineering names its engineer; other departments dispatch round-robin (requests to the CS supervisor's desk).
  const assigneeId =
    department === 'engineering' ? d.as(d.r.pick(['engineer', 'engineer2'])).userId : undefined;
  then(
    d,
    t,
    later(at, late ? d.r.int(12, 45) : d.r.int(2, 8)),
    (x) =>
      forward(d.tl.deps, d.as('clerk'), d.projectId, x.ticketId, {
        version: x.version,
        department,
        note: '',
        assigneeId,
      }),
    (x, now) => {
      const chased = d.r.chance(0.15);
      const pickAt = later(now, chased ? d.r.int(40, 120) : d.r.int(5, 35));
      if (chased)
        then(d, x, later(now, 30), (y) =>
          chase(d.tl.deps, d.as('clerk'), d.projectId, y.ticketId, {
            version: y.version,
            note: '客户来电催促',
          }),
        );
      if (d.r.chance(0.04)) return; // never picked up: the pick-up deadline passes and escalates
      const undone = d.r.chance(0.06); // picked up, never finished: its deadlines pass and escalate
      then(
        d,
        x,
        pickAt,
        (y) =>
          pickUp(d.tl.deps, d.as(workerOf(d, y)), d.projectId, y.ticketId, { version: y.version, note: '' }),
        undone ? undefined : work,
      );
    },
  );
}

async function currentVersion(d: Desk, t: TicketDto): Promise<number> {
  const row = await d.tl.deps.db.k
    .selectFrom('tickets')
    .select('version')
    .where('project_id', '=', d.projectId)
    .where('ticket_id', '=', t.ticketId)
    .executeTakeFirstOrThrow();
  return row.version;
}

function repairStory(d: Desk, t: TicketDto, at: Date, text: (typeof REPAIRS)[number]): void {
  if (d.r.chance(0.04)) {
    then(d, t, later(at, d.r.int(5, 60)), (x) =>
      cancel(d.tl.deps, d.as('supervisor'), d.projectId, x.ticketId, {
        version: x.version,
        reason: '客户已自行处理',
      }),
    );
    return;
  }
  const priceId = text.price ? d.prices.get(text.price) : undefined;
  then(
    d,
    t,
    later(at, 1),
    (x) =>
      classify(
        d.tl.deps,
        d.as('clerk'),
        d.projectId,
        x.ticketId,
        priceId
          ? { version: x.version, charge: 'paid', priceId, customerAgreed: true, note: '' }
          : { version: x.version, charge: 'warranty', note: '' },
      ),
    (x, now) =>
      toDepartment(d, x, now, 'engineering', (y, picked) => {
        const finish = (z: TicketDto, from: Date, reworked: boolean) =>
          then(
            d,
            z,
            later(from, d.r.int(30, 240)),
            (w) =>
              complete(d.tl.deps, d.as(workerOf(d, w)), d.projectId, w.ticketId, {
                version: w.version,
                workDone: reworked ? `返修：${text.done}` : text.done,
                materials: '',
              }),
            (w, done) =>
              then(
                d,
                w,
                later(done, d.r.int(10, 60)),
                (v) =>
                  confirm(d.tl.deps, d.as('clerk'), d.projectId, v.ticketId, {
                    version: v.version,
                    signedOnPaper: true,
                    signerName: v.customerName,
                  }),
                (v, signed) => {
                  if (!reworked && d.r.chance(0.1))
                    then(
                      d,
                      v,
                      later(signed, d.r.int(60, 240)),
                      (u) =>
                        rework(d.tl.deps, d.as('clerk'), d.projectId, u.ticketId, {
                          version: u.version,
                          reason: '客户反映问题复现',
                        }),
                      (u, back) => finish(u, back, true),
                    );
                  else callBack(d, v, later(signed, callbackDelay(d)));
                },
              ),
          );
        finish(y, picked, false);
      }),
  );
}

function complaintStory(d: Desk, t: TicketDto, at: Date, c: (typeof COMPLAINTS)[number]): void {
  const classifyAt = later(at, d.r.int(2, 6));
  if (d.r.chance(0.04)) return; // still waiting for the supervisor's classification (待定级)
  if (d.r.chance(0.1)) {
    // CMP-2: found invalid, closed with the explanation given to the customer.
    then(d, t, classifyAt, (x) =>
      closeInvalid(d.tl.deps, d.as('supervisor'), d.projectId, x.ticketId, {
        version: x.version,
        explanation: '经核实不属于物业服务范围，已向客户解释',
      }),
    );
    return;
  }
  const level = d.r.weighted({ minor: 65, important: 28, major: 7 });
  then(
    d,
    t,
    classifyAt,
    (x) =>
      classify(d.tl.deps, d.as('supervisor'), d.projectId, x.ticketId, {
        version: x.version,
        validity: 'valid',
        level,
        complaintType: c.type,
        directImpact: false,
        note: '',
      }),
    (x, now) =>
      toDepartment(d, x, now, c.dept, (y, picked) =>
        then(
          d,
          y,
          later(picked, d.r.int(60, level === 'minor' ? 600 : 1800)),
          (z) =>
            complete(d.tl.deps, d.as(workerOf(d, z)), d.projectId, z.ticketId, {
              version: z.version,
              workDone: c.done,
              materials: '',
            }),
          (z, done) => {
            if (!z.written) return answerAndCallBack(d, z, later(done, d.r.int(20, 90)), `已处理：${c.done}`);
            then(
              d,
              z,
              later(done, 30),
              (w) =>
                writtenReply(d.tl.deps, d.as('supervisor'), d.projectId, w.ticketId, {
                  version: w.version,
                  handling: c.done,
                  result: '问题已解决，已书面回复客户',
                }),
              (w, replied) =>
                then(
                  d,
                  w,
                  later(replied, 20),
                  (v) =>
                    correctiveAction(d.tl.deps, d.as('supervisor'), d.projectId, v.ticketId, {
                      version: v.version,
                      cause: '日常巡查不到位',
                      corrective: c.done,
                      preventive: '纳入每日巡检清单并培训',
                    }),
                  (v, fixed) => answerAndCallBack(d, v, later(fixed, 30), '已书面回复'),
                ),
            );
          },
        ),
      ),
  );
}

function requestStory(d: Desk, t: TicketDto, at: Date): void {
  if (d.r.chance(0.06)) {
    then(d, t, later(at, d.r.int(30, 300)), (x) =>
      cancel(d.tl.deps, d.as('supervisor'), d.projectId, x.ticketId, {
        version: x.version,
        reason: '客户撤回',
      }),
    );
    return;
  }
  toDepartment(d, t, at, 'admin', (x, picked) =>
    then(
      d,
      x,
      later(picked, d.r.int(120, 1500)),
      (y) =>
        complete(d.tl.deps, d.as('supervisor'), d.projectId, y.ticketId, {
          version: y.version,
          workDone: '已研究并安排',
          materials: '',
        }),
      (y, done) => answerAndCallBack(d, y, later(done, d.r.int(20, 120)), '已答复客户处理安排'),
    ),
  );
}

/** One call at `at`: who calls, about what, and the story that follows. */
function oneCall(d: Desk, at: Date): void {
  const kind = d.r.weighted({ repair: 42, complaint: 16, request: 12, inquiry: 20, message: 10 });
  const who = d.r.pick(d.residents);
  const inPublic = kind === 'complaint' && d.r.chance(0.4);
  const base = {
    channel: d.r.weighted({ phone: 70, walk_in: 20, web: 6, email: 4 }),
    customerId: who.customerId,
    customerName: who.name,
    company: who.company,
    contactPhone: who.phone,
    written: false,
    ...(inPublic ? { publicArea: d.r.pick(PUBLIC_AREAS) } : { unitId: who.unitId }),
  } as const;
  d.tl.at(at, async () => {
    const now = d.tl.clock.now();
    const deps = d.tl.deps;
    const clerk = d.as('clerk');
    if (kind === 'repair') {
      const text = d.r.pick(REPAIRS);
      const urgent = d.r.chance(0.45);
      const { ticket } = await intakeTicket(deps, clerk, d.projectId, {
        ...base,
        kind,
        description: text.text,
        urgency: urgent ? 'urgent' : 'scheduled',
        ...(urgent ? {} : { appointmentAt: later(now, d.r.int(60, 240)).toISOString() }),
      });
      repairStory(d, ticket, now, text);
    } else if (kind === 'complaint') {
      const c = d.r.pick(COMPLAINTS);
      const { ticket } = await intakeTicket(deps, clerk, d.projectId, {
        ...base,
        kind,
        description: c.text,
        eventAt: later(now, -d.r.int(20, 600)).toISOString(),
        written: d.r.chance(0.12),
      });
      complaintStory(d, ticket, now, c);
    } else if (kind === 'request') {
      const { ticket } = await intakeTicket(deps, clerk, d.projectId, {
        ...base,
        kind,
        description: d.r.pick(REQUESTS),
      });
      requestStory(d, ticket, now);
    } else if (kind === 'inquiry') {
      const q = d.r.pick(INQUIRIES);
      await intakeTicket(deps, clerk, d.projectId, {
        ...base,
        kind,
        description: q.text,
        settleNote: q.answer,
      });
    } else {
      await intakeTicket(deps, clerk, d.projectId, {
        ...base,
        kind,
        description: d.r.pick(MESSAGES),
        settleNote: '已转告',
      });
    }
  });
}

/** Schedules the calls of every day from `firstDay` to `lastDay` (local days), `perDay` on a weekday on average. */
export function scheduleDesk(d: Desk, firstDay: string, lastDay: string, perDay: number): void {
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    const weekend = [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
    const calls = Math.max(0, Math.round((weekend ? perDay / 3 : perDay) * (0.7 + d.r.next() * 0.6)));
    for (let i = 0; i < calls; i++) {
      const minute = d.r.int(8 * 60 + 30, 17 * 60 + 45);
      oneCall(
        d,
        instantAt(
          day,
          `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
          d.timeZone,
        ),
      );
    }
  }
}

export type { Desk };
