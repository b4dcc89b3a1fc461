/**
 * One generated ticket as the app would have left it: the ticket row, its 'received'
 * timeline entry and, while it is open, its next deadline with the timer for it.
 *
 * The shape follows a real desk: kinds mixed (repair 50 %, complaint 15 %, request 15 %,
 * inquiry 15 %, message 5 %), received evenly over the last two years, numbered per local day
 * like intake does. Old tickets are closed; the chance that one is still open falls with its
 * age (half of today's, almost none from last year), tuned so about 2 % are open overall. An
 * open ticket waits for forwarding, pick-up, an answer or its callback; its deadline lies
 * between two days ago and six days ahead. One that passed is already breached and its timer
 * done, as the sweeper would have left it — so a server started on the data set has no
 * backlog of due timers to fire while it is being measured.
 */
import type { Selectable } from 'kysely';
import type {
  TicketDeadlinesTable,
  TicketEventsTable,
  TicketsTable,
  TimersTable,
} from '../../src/server/platform/db/schema.ts';
import type { TicketKind } from '../../src/server/modules/tickets/states.ts';
import { DEADLINE_TIMER } from '../../src/server/modules/tickets/deadline-store.ts';
import { localDay } from '../../src/server/platform/calendar/index.ts';
import { newId } from '../../src/server/platform/ids.ts';
import type { Random } from './seeded-random.ts';
import {
  COMPANIES,
  DESCRIPTIONS,
  GIVEN_NAMES,
  PRICES_FEN,
  PUBLIC_AREAS,
  SURNAMES,
} from './ticket-vocabulary.ts';

export type TicketRow = Selectable<TicketsTable>;
export type EventRow = TicketEventsTable;
export type DeadlineRow = TicketDeadlinesTable;
export type TimerRow = TimersTable;

export interface GeneratedTicket {
  ticket: TicketRow;
  event: EventRow;
  deadline?: DeadlineRow;
  timer?: TimerRow;
}

export type StaffName = 'clerk' | 'supervisor' | 'nightmgr' | 'engineer' | 'engineer2' | 'guard' | 'cleaner';
export type DepartmentCode = 'cs' | 'engineering' | 'security' | 'cleaning' | 'leasing' | 'admin';

/** Ids of the demo project the tickets belong to. */
export interface ProjectRefs {
  projectId: string;
  timeZone: string;
  units: { unitId: string; buildingId: string }[];
  users: Record<StaffName, string>;
  departments: Record<DepartmentCode, string>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const SPAN_MS = 730 * DAY;
/** Open tickets age like this: the chance of still being open halves about every three weeks. */
const OPEN_DECAY_MS = 30 * DAY;
const OPEN_SHARE = 0.02;
/** p(open | age) = OPEN_AT_ZERO · e^(−age/τ); its mean over two years is OPEN_SHARE. */
const OPEN_AT_ZERO = (OPEN_SHARE * SPAN_MS) / (OPEN_DECAY_MS * (1 - Math.exp(-SPAN_MS / OPEN_DECAY_MS)));

const KINDS = [
  ['repair', 50],
  ['complaint', 15],
  ['request', 15],
  ['inquiry', 15],
  ['message', 5],
] as const satisfies readonly (readonly [TicketKind, number])[];
const CHANNELS = [
  ['phone', 60],
  ['walk_in', 15],
  ['web', 10],
  ['patrol', 5],
  ['staff', 5],
  ['email', 3],
  ['letter', 2],
] as const;
const RECEIVERS = [
  ['clerk', 70],
  ['supervisor', 20],
  ['nightmgr', 10],
] as const satisfies readonly (readonly [StaffName, number])[];
const DEPARTMENT_OF: Record<TicketKind, readonly (readonly [DepartmentCode, number])[]> = {
  repair: [
    ['engineering', 85],
    ['cleaning', 10],
    ['security', 5],
  ],
  complaint: [
    ['engineering', 40],
    ['cleaning', 25],
    ['security', 20],
    ['cs', 15],
  ],
  request: [
    ['engineering', 40],
    ['admin', 20],
    ['leasing', 20],
    ['cleaning', 20],
  ],
  inquiry: [['cs', 1]],
  message: [['cs', 1]],
};
const WORKERS: Partial<Record<DepartmentCode, readonly StaffName[]>> = {
  engineering: ['engineer', 'engineer2'],
  security: ['guard'],
  cleaning: ['cleaner'],
};
const OPEN_STATES = [
  ['forwarded', 20],
  ['in_progress', 55],
  ['callback', 25],
] as const;
const PREFIX: Record<TicketKind, string> = {
  repair: 'BX',
  complaint: 'TS',
  request: 'XQ',
  inquiry: 'ZX',
  message: 'LY',
};

const iso = (ms: number) => new Date(ms).toISOString();

/** Offsets of successive steps after `start`, squeezed so the last one is not after `limit`. */
function steps(start: number, limit: number, offsets: number[]): number[] {
  const total = offsets.reduce((a, b) => a + b, 0);
  const scale = start + total > limit ? Math.max(0, limit - start) / total : 1;
  let at = start;
  return offsets.map((o) => (at += o * scale));
}

export interface TicketFactory {
  next(): GeneratedTicket;
  /** Tickets per local day so far ('YYYYMMDD' → count): intake's numbering continues from these. */
  counters(): Map<string, number>;
}

/** Generates `count` tickets in the order they were received, from two years before `now` to `now`. */
export function ticketFactory(refs: ProjectRefs, rnd: Random, count: number, now: Date): TicketFactory {
  const end = now.getTime() - MINUTE;
  const start = end - SPAN_MS;
  const perDay = new Map<string, number>();
  // Local days change only on the hour in the project's zones; compute each once.
  const dayOfHour = new Map<number, string>();
  const localDayOf = (ms: number) => {
    const h = Math.floor(ms / HOUR);
    let d = dayOfHour.get(h);
    if (!d) dayOfHour.set(h, (d = localDay(new Date(h * HOUR), refs.timeZone).replaceAll('-', '')));
    return d;
  };
  let i = 0;

  function next(): GeneratedTicket {
    const received = Math.floor(start + ((i++ + rnd.next()) * SPAN_MS) / count);
    const age = end - received;
    const kind = rnd.weighted(KINDS);
    const channel = rnd.weighted(CHANNELS);
    const day = localDayOf(received);
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    const receiver = refs.users[rnd.weighted(RECEIVERS)];
    const ticketId = newId(received);
    const company = rnd.pick(COMPANIES);
    const phone = `1${rnd.pick([3, 5, 7, 8, 9])}${String(Math.floor(rnd.between(0, 1e9))).padStart(9, '0')}`;
    const needsPlace = kind === 'repair' || kind === 'complaint' || kind === 'request';
    const unit = rnd.chance(needsPlace ? 0.85 : 0.5) ? rnd.pick(refs.units) : undefined;
    const open = rnd.chance(OPEN_AT_ZERO * Math.exp(-age / OPEN_DECAY_MS));
    // Settled on the spot (inquiries, messages): closed by the receiver, never forwarded.
    const settled = !open && (kind === 'inquiry' || kind === 'message');
    const cancelled = !open && !settled && rnd.chance(0.02);
    const deptCode = settled ? undefined : rnd.weighted(DEPARTMENT_OF[kind]);
    const workers = deptCode ? WORKERS[deptCode] : undefined;

    const t: TicketRow = {
      project_id: refs.projectId,
      ticket_id: ticketId,
      number: `${PREFIX[kind]}${day}-${String(n).padStart(4, '0')}`,
      kind,
      channel,
      state: 'closed',
      is_open: open ? 1 : 0,
      customer_id: null,
      customer_name: `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_NAMES)}`,
      company,
      contact_phone: phone,
      phone_norm: phone,
      unit_id: unit?.unitId ?? null,
      building_id: unit?.buildingId ?? null,
      public_area: unit || !needsPlace ? '' : rnd.pick(PUBLIC_AREAS),
      description: rnd.pick(DESCRIPTIONS[kind]),
      event_at: kind === 'complaint' ? iso(received - Math.floor(rnd.between(0, 2 * HOUR))) : null,
      urgency: null,
      appointment_at: null,
      charge: null,
      price_fen: null,
      price_agreed_at: null,
      materials_check: null,
      validity: null,
      level: null,
      complaint_type: null,
      direct_impact: 0,
      written: 0,
      event_key: null,
      promised_at: null,
      receiver_id: receiver,
      owner_id: receiver,
      department_id: deptCode ? refs.departments[deptCode] : null,
      assignee_id: workers ? refs.users[rnd.pick(workers)] : null,
      received_at: iso(received),
      forwarded_at: null,
      picked_up_at: null,
      completed_at: null,
      answered_at: null,
      closed_at: null,
      paused_since: null,
      paused_minutes: 0,
      next_due_at: null,
      next_due_kind: null,
      escalation: 0,
      forward_late: 0,
      chase_count: 0,
      rework_count: 0,
      satisfaction: null,
      idem_key: null,
      created_at: iso(received),
      updated_at: iso(received),
      version: 1,
    };
    if (kind === 'repair') {
      const urgent = rnd.chance(0.6);
      t.urgency = urgent ? 'urgent' : 'scheduled';
      if (!urgent) t.appointment_at = iso(received + DAY);
    } else if (kind === 'complaint') {
      t.validity = rnd.chance(0.85) ? 'valid' : 'invalid';
      if (t.validity === 'valid')
        t.level = rnd.weighted([
          ['minor', 70],
          ['important', 25],
          ['major', 5],
        ] as const);
      t.complaint_type = rnd.pick([
        'equipment',
        'attitude',
        'quality',
        'emergency',
        'energy',
        'other',
      ] as const);
      t.direct_impact = rnd.chance(0.1) ? 1 : 0;
      t.written = rnd.chance(0.1) ? 1 : 0;
    } else if (kind === 'request') {
      t.written = rnd.chance(0.2) ? 1 : 0;
      if (rnd.chance(0.3)) t.promised_at = iso(received + Math.floor(rnd.between(3, 10)) * DAY);
    }
    const answers = kind === 'complaint' || kind === 'request';

    const event: EventRow = {
      project_id: refs.projectId,
      event_id: newId(received),
      ticket_id: ticketId,
      type: 'received',
      actor_id: receiver,
      at: t.received_at,
      from_state: null,
      to_state: 'new',
      data_json: JSON.stringify({ channel, kind }),
    };

    if (!open) {
      if (settled) {
        const [done] = steps(received, end, [rnd.between(1, 5) * MINUTE]);
        t.completed_at = t.answered_at = t.closed_at = t.updated_at = iso(done!);
      } else if (cancelled) {
        const [forwarded, closed] = steps(received, end, [
          rnd.between(1, 9) * MINUTE,
          rnd.between(10 * MINUTE, DAY),
        ]);
        t.state = 'cancelled';
        t.forwarded_at = iso(forwarded!);
        t.closed_at = t.updated_at = iso(closed!);
      } else {
        const [forwarded, picked, completed, closed] = steps(received, end, [
          rnd.between(1, 9) * MINUTE,
          rnd.between(2, 30) * MINUTE,
          rnd.between(20 * MINUTE, 2 * DAY),
          rnd.between(HOUR, DAY),
        ]);
        t.forwarded_at = iso(forwarded!);
        t.picked_up_at = iso(picked!);
        t.completed_at = iso(completed!);
        if (answers) t.answered_at = t.completed_at;
        t.closed_at = t.updated_at = iso(closed!);
        t.satisfaction = rnd.weighted([
          ['satisfied', 85],
          ['basically', 12],
          ['unsatisfied', 3],
        ] as const);
        if (kind === 'repair') {
          t.charge = rnd.weighted([
            ['warranty', 75],
            ['paid', 20],
            ['not_repair', 5],
          ] as const);
          if (t.charge === 'paid') {
            t.price_fen = rnd.pick(PRICES_FEN);
            t.price_agreed_at = t.picked_up_at;
          }
        }
      }
      return { ticket: t, event };
    }

    // Open: waiting for forwarding (the first ten minutes), pick-up, an answer or the callback.
    let dueKind: string;
    let dueAt: number;
    let since = received;
    if (age < 10 * MINUTE) {
      t.state = 'new';
      t.department_id = t.assignee_id = null;
      dueKind = 'forward';
      dueAt = received + 10 * MINUTE;
    } else {
      t.state = rnd.weighted(OPEN_STATES);
      const [forwarded, picked, completed] = steps(received, end, [
        rnd.between(1, 9) * MINUTE,
        rnd.between(2, 30) * MINUTE,
        rnd.between(20 * MINUTE, 2 * DAY),
      ]);
      t.forwarded_at = iso((since = forwarded!));
      if (t.state !== 'forwarded') t.picked_up_at = iso((since = picked!));
      if (t.state === 'callback') {
        t.completed_at = iso((since = completed!));
        if (answers) t.answered_at = t.completed_at;
      }
      dueKind =
        t.state === 'forwarded'
          ? 'pickup'
          : t.state === 'callback'
            ? 'callback'
            : kind === 'repair'
              ? 'resolve'
              : 'answer';
      dueAt = Math.max(since + 10 * MINUTE, Math.floor(end + rnd.between(-2 * DAY, 6 * DAY)));
    }
    const overdue = dueAt <= end;
    t.updated_at = iso(since);
    t.next_due_at = iso(dueAt);
    t.next_due_kind = dueKind;
    if (overdue && kind === 'complaint' && dueKind === 'answer') t.escalation = 1;
    const deadlineId = newId(since);
    const deadline: DeadlineRow = {
      project_id: refs.projectId,
      deadline_id: deadlineId,
      ticket_id: ticketId,
      kind: dueKind,
      due_at: t.next_due_at,
      original_due_at: t.next_due_at,
      status: overdue ? 'breached' : 'open',
      met_at: null,
      breached_at: overdue ? t.next_due_at : null,
      created_at: iso(since),
    };
    const timer: TimerRow = {
      project_id: refs.projectId,
      timer_id: newId(since),
      kind: DEADLINE_TIMER,
      entity_type: 'ticket',
      entity_id: ticketId,
      dedupe_key: deadlineId,
      due_at: t.next_due_at,
      payload_json: JSON.stringify({ deadlineId }),
      status: overdue ? 'done' : 'pending',
      attempts: overdue ? 1 : 0,
      claimed_by: overdue ? 'bench-dataset' : null,
      claimed_until: null,
      fired_at: overdue ? t.next_due_at : null,
      last_error: null,
      created_at: iso(since),
    };
    return { ticket: t, event, deadline, timer };
  }

  return { next, counters: () => perDay };
}
