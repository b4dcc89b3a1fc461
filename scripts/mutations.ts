/**
 * The curated one-line mutations scripts/mutation.ts applies to the rule code, one at a time,
 * each expecting at least one of its tests to fail. Each entry breaks one business rule the
 * way a careless edit would (a flipped comparison, a dropped condition or check, a changed
 * constant); the comment above it says what the break would let happen.
 *
 * `from` must occur exactly once in `file`. `tests` default to the file's own unit test
 * (`x.ts` → `x.test.ts`); tests that need a database run on SQLite only, and `only` (a
 * --test-name-pattern) keeps a slow file to the tests that matter — only where those tests do
 * not build on the ones before them (the move-out tests walk one move-out, so they run whole). `mustKill: false` marks a
 * known survivor: reported, it does not fail the run. Once a test kills it, make it must-kill
 * by removing the flag — the runner says so. An entry whose text is gone fails the run when
 * it is must-kill; a known survivor's is only reported (its fix may have replaced the line).
 */
export interface Mutation {
  /** The DOMAIN.md rule id (or ids) the mutation breaks. */
  rule: string;
  file: string;
  from: string;
  to: string;
  tests?: string[];
  only?: string;
  mustKill?: false;
  /** Why a known survivor survives, and what will kill it. */
  note?: string;
}

const DEADLINES = 'src/server/modules/tickets/deadline-rules.ts';
const DEADLINE_TESTS = ['src/server/modules/tickets/deadline-rules.test.ts'];
const COMPLAINT_RULES = 'src/server/modules/tickets/complaint-rules.ts';
const BILLING = 'src/server/modules/billing/rules.ts';
const EXIT = 'src/server/modules/occupancy/exit/rules.ts';
const KEYS = 'src/server/modules/keys/rules.ts';
const PASSES = 'src/server/modules/passes/rules.ts';
const MOVE_IN = 'src/server/modules/occupancy/move-in/rules.ts';
const HANDOVER = 'src/server/modules/occupancy/handover/rules.ts';
const EXPORTS = 'src/server/modules/customers/exports/export-rules.ts';
const LOANS = 'src/server/modules/customers/loans/loan-rules.ts';
const CUSTOMERS = 'src/server/modules/customers/rules.ts';
const STATUS_REPORT = 'src/server/modules/status-report/rules.ts';
const WORKING_TIME = 'src/server/platform/calendar/working-time.ts';
const WORKING_TIME_TESTS = [
  'src/server/platform/calendar/working-days.test.ts',
  'src/server/platform/calendar/working-minutes.test.ts',
  'src/server/platform/calendar/working-time-edges.test.ts',
];
const ACCESS = 'src/server/platform/access/require-access.ts';
const ACCESS_TESTS = ['src/server/platform/access/access.test.ts'];
const COMPLAINT_TESTS = ['src/server/modules/tickets/complaints.test.ts'];

export const MUTATIONS: Mutation[] = [
  // ── tickets: deadlines (pure) ──
  // TKT-3: forwarding allowed 11 minutes instead of 10.
  {
    rule: 'TKT-3',
    file: DEADLINES,
    from: 'export const FORWARD_MINUTES = 10;',
    to: 'export const FORWARD_MINUTES = 11;',
    tests: DEADLINE_TESTS,
  },
  // REP-4: an urgent work order chased after 20 minutes instead of 10.
  {
    rule: 'REP-4',
    file: DEADLINES,
    from: 'export const URGENT_PICKUP_MINUTES = 10;',
    to: 'export const URGENT_PICKUP_MINUTES = 20;',
    tests: DEADLINE_TESTS,
  },
  // REP-4: the pick-up deadline may fall after the announced appointment.
  {
    rule: 'REP-4',
    file: DEADLINES,
    from: 'appointmentAt && appointmentAt < byHour && appointmentAt > forwardedAt',
    to: 'appointmentAt && appointmentAt > byHour && appointmentAt > forwardedAt',
    tests: DEADLINE_TESTS,
  },
  // REP-4: a chase no longer tells the department's head (领班/主管), and the timeline no longer says who.
  {
    rule: 'REP-4',
    file: 'src/server/modules/tickets/actions.ts',
    from: 'const told = await tellDepartmentHead(ctx.trx, ctx.ticket, count, actor.userId, ctx.now);',
    to: 'const told: string[] = [];',
    tests: ['src/server/modules/tickets/repairs.test.ts'],
    only: 'REP-4',
  },
  // CMP-6: a minor complaint gets a whole working day instead of half a day (4 hours).
  {
    rule: 'CMP-6',
    file: DEADLINES,
    from: 'export const MINOR_RESOLVE_MINUTES = 4 * 60;',
    to: 'export const MINOR_RESOLVE_MINUTES = 8 * 60;',
    tests: DEADLINE_TESTS,
  },
  // CMP-6: a major complaint answered in 3 days instead of 2.
  {
    rule: 'CMP-6',
    file: DEADLINES,
    from: 'export const MAJOR_ANSWER_MINUTES = 2 * 24 * 60;',
    to: 'export const MAJOR_ANSWER_MINUTES = 3 * 24 * 60;',
    tests: DEADLINE_TESTS,
  },
  // CMP-6: a major complaint solved in 16 days instead of 15.
  {
    rule: 'CMP-6',
    file: DEADLINES,
    from: 'export const MAJOR_RESOLVE_MINUTES = 15 * 24 * 60;',
    to: 'export const MAJOR_RESOLVE_MINUTES = 16 * 24 * 60;',
    tests: DEADLINE_TESTS,
  },
  // CMP-6: the 2-hour rule for complaints that directly affect the customer is ignored.
  {
    rule: 'CMP-6',
    file: DEADLINES,
    from: 'if (twoHours < resolve.dueAt) resolve.dueAt = twoHours;',
    to: 'if (twoHours > resolve.dueAt) resolve.dueAt = twoHours;',
    tests: DEADLINE_TESTS,
  },
  // CMP-4: the automatic upgrade after 8 days instead of 7.
  {
    rule: 'CMP-4',
    file: DEADLINES,
    from: 'export const AUTO_MAJOR_MINUTES = 7 * 24 * 60;',
    to: 'export const AUTO_MAJOR_MINUTES = 8 * 24 * 60;',
    tests: DEADLINE_TESTS,
  },
  // CMP-4: a major complaint also gets the (pointless) 7-day upgrade, a minor one none.
  {
    rule: 'CMP-4',
    file: DEADLINES,
    from: "if (level !== 'major')\n    out.push({ kind: 'auto_major'",
    to: "if (level === 'major')\n    out.push({ kind: 'auto_major'",
    tests: DEADLINE_TESTS,
  },
  // REQ-2: a request answered within 2 days instead of 1.
  {
    rule: 'REQ-2',
    file: DEADLINES,
    from: 'export const REQUEST_ANSWER_MINUTES = 24 * 60;',
    to: 'export const REQUEST_ANSWER_MINUTES = 48 * 60;',
    tests: DEADLINE_TESTS,
  },
  // REQ-2: the time promised to the customer is ignored.
  {
    rule: 'REQ-2',
    file: DEADLINES,
    from: 'dueAt: promisedAt ?? addClockMinutes',
    to: 'dueAt: null ?? addClockMinutes',
    tests: DEADLINE_TESTS,
  },
  // CMP-9/CBK-1: the callback after completion within 2 days instead of 1.
  {
    rule: 'CMP-9/CBK-1',
    file: DEADLINES,
    from: 'export const CALLBACK_MINUTES = 24 * 60;',
    to: 'export const CALLBACK_MINUTES = 48 * 60;',
    tests: DEADLINE_TESTS,
  },
  // REP-6: a repair finished at the end of the day shift (17:30) is still called back the same day.
  {
    rule: 'REP-6',
    file: DEADLINES,
    from: 'localTime(completedAt, cal.timeZone) >= DAY_SHIFT_END',
    to: 'localTime(completedAt, cal.timeZone) > DAY_SHIFT_END',
    tests: DEADLINE_TESTS,
  },
  // TKT-6/CMP-6: a CS manager may extend a major complaint's deadline.
  {
    rule: 'TKT-6',
    file: DEADLINES,
    from: "      return ['project_manager'];",
    to: "      return ['cs_manager', 'project_manager'];",
    tests: DEADLINE_TESTS,
  },

  // ── complaints: levels (pure) ──
  // CMP-4: the fourth distinct customer already makes an event major.
  {
    rule: 'CMP-4',
    file: COMPLAINT_RULES,
    from: 'export const MAJOR_AT_DISTINCT_CUSTOMERS = 5;',
    to: 'export const MAJOR_AT_DISTINCT_CUSTOMERS = 4;',
    tests: DEADLINE_TESTS,
  },
  // CMP-4: the fifth customer is not enough.
  {
    rule: 'CMP-4',
    file: COMPLAINT_RULES,
    from: 'return distinct >= MAJOR_AT_DISTINCT_CUSTOMERS;',
    to: 'return distinct > MAJOR_AT_DISTINCT_CUSTOMERS;',
    tests: DEADLINE_TESTS,
  },
  // CMP-4: two calls from one person count as two customers.
  {
    rule: 'CMP-4',
    file: COMPLAINT_RULES,
    from: 'if (key) keys.add(key);',
    to: 'if (key) keys.add(key + keys.size);',
    tests: DEADLINE_TESTS,
  },
  // CMP-4: an automatic change may lower the level.
  {
    rule: 'CMP-4',
    file: COMPLAINT_RULES,
    from: 'return a && RANK[a] >= RANK[b] ? a : b;',
    to: 'return a && RANK[a] <= RANK[b] ? a : b;',
    tests: DEADLINE_TESTS,
  },
  // CMP-5: an important complaint is not reported to the superior.
  {
    rule: 'CMP-5',
    file: COMPLAINT_RULES,
    from: "return level === 'major' || level === 'important';",
    to: "return level === 'major';",
    tests: DEADLINE_TESTS,
  },

  // ── tickets: the forwarding flag, the 7-day upgrade and the queue (database, SQLite) ──
  // TKT-3: a ticket forwarded at exactly 10 minutes is flagged late (the flag reads the one rule).
  {
    rule: 'TKT-3',
    file: DEADLINES,
    from: 'return forwardedAt.getTime() > forwardDeadline(receivedAt).dueAt.getTime();',
    to: 'return forwardedAt.getTime() >= forwardDeadline(receivedAt).dueAt.getTime();',
    tests: ['src/server/modules/tickets/rule-edges.test.ts'],
    only: 'TKT-3',
  },
  // CMP-4: an answered (resolved) complaint is still upgraded to major after 7 days.
  {
    rule: 'CMP-4',
    file: COMPLAINT_RULES,
    from: "t.level !== 'major' &&\n    UNSOLVED_STATES.includes(t.state)",
    to: "t.level !== 'major'",
    tests: ['src/server/modules/tickets/rule-edges.test.ts'],
    only: 'CMP-4',
  },
  // ORG-1: the ticket queue without its access check (another project's clerk gets 200).
  {
    rule: 'ORG-1',
    file: 'src/server/modules/tickets/queue.ts',
    from: "  requireAccess({ actor, permission: 'project.read', projectId });\n  const now",
    to: '  const now',
    tests: ['src/server/modules/tickets/rule-edges.test.ts'],
    only: 'ORG-1',
  },

  // ── access (database, SQLite) ──
  // ORG-1: a user of another project is let into the project.
  {
    rule: 'ORG-1',
    file: ACCESS,
    from: "if (!roles || roles.length === 0) throw new AppError('NOT_FOUND'",
    to: "if (false) throw new AppError('NOT_FOUND'",
    tests: ACCESS_TESTS,
  },
  // ORG-2: a role without the permission is let through.
  {
    rule: 'ORG-2',
    file: ACCESS,
    from: 'if (!permissionsOf(roles).has(permission)) throw',
    to: 'if (false) throw',
    tests: ACCESS_TESTS,
  },
  // ORG-2: company-only actions open to every user.
  {
    rule: 'ORG-2',
    file: ACCESS,
    from: "if (!actor.isCompanyAdmin) throw new AppError('FORBIDDEN', { params: { permission: 'company.admin' } });",
    to: '',
    tests: ACCESS_TESTS,
  },

  // ── billing (pure) ──
  // FEE-1: half a fen rounded down instead of half-up.
  {
    rule: 'FEE-1',
    file: BILLING,
    from: 'return r * 2 >= d ? q + 1 : q;',
    to: 'return r * 2 > d ? q + 1 : q;',
  },
  // FEE-1: 公摊 leftover fen go to the smallest remainders.
  {
    rule: 'FEE-1',
    file: BILLING,
    from: 'remainders.sort((a, b) => b.r - a.r || a.i - b.i);',
    to: 'remainders.sort((a, b) => a.r - b.r || a.i - b.i);',
  },
  // HND-3: a payer billed from the day after the start (the start day not covered).
  { rule: 'HND-3', file: BILLING, from: '/ 86_400_000) + 1;', to: '/ 86_400_000);' },
  // BKG-2: overtime air-conditioning by finished hours instead of started ones.
  {
    rule: 'BKG-2',
    file: BILLING,
    from: 'return Math.ceil((endMs - startMs) / HOUR_MS);',
    to: 'return Math.floor((endMs - startMs) / HOUR_MS);',
  },
  // FEE-1: a reading below the previous one accepted without a meter replacement.
  {
    rule: 'FEE-1',
    file: BILLING,
    from: "r.value < r.previous\n      ? { ok: false, reason: 'below_previous' }",
    to: "r.value < 0\n      ? { ok: false, reason: 'below_previous' }",
  },
  // FEE-3: the unpaid list two days before the due date instead of three.
  {
    rule: 'FEE-3',
    file: BILLING,
    from: 'unpaidList: addDays(dueDate, -3)',
    to: 'unpaidList: addDays(dueDate, -2)',
  },
  // FEE-1: bills due on the 15th instead of the 10th.
  {
    rule: 'FEE-1',
    file: BILLING,
    from: 'return `${nextMonth(period)}-10`;',
    to: 'return `${nextMonth(period)}-15`;',
  },

  // ── move-out and transfer (pure) ──
  // MVO-4: the clearing blockers ignore less than 1 元 owed.
  {
    rule: 'MVO-4',
    file: EXIT,
    from: 'return o.owedFen > 0 || o.openBills > 0;',
    to: 'return o.owedFen > 99;',
  },
  // MVO-4/TRF-1: a move-out (or transfer) goes on while less than 1 元 is owed.
  {
    rule: 'MVO-4',
    file: 'src/server/modules/occupancy/exit/arrears.ts',
    from: 'if (owesAnything({ owedFen: owed.owedFen, openBills: owed.bills.length }))\n    throw',
    to: 'if (owed.owedFen >= 100)\n    throw',
    tests: ['src/server/modules/occupancy/move-out/move-out.test.ts'],
    mustKill: false,
    note: 'the clearing step is proven at 1 fen through clearBlockers; the other callers of requireNothingOwed (move-out completion, deposit refund, transfer) are tested only with hundreds of 元 owed',
  },
  // MVO-7: a residential tenant leaves without the owner's agreement.
  {
    rule: 'MVO-7',
    file: EXIT,
    from: "if (m.residential && !m.ownerAgreed) out.push('owner_not_agreed');",
    to: '',
  },
  // MVO-4: a move-out cleared before the inspection passed.
  {
    rule: 'MVO-3/MVO-4',
    file: EXIT,
    from: "if (!m.inspectionPassed) out.push('inspection_not_passed');",
    to: '',
  },
  // MVO-6: a deposit refund due today already flagged overdue.
  {
    rule: 'MVO-6',
    file: EXIT,
    from: "return r.today > r.dueOn ? 'overdue' : 'due';",
    to: "return r.today >= r.dueOn ? 'overdue' : 'due';",
  },
  // MVO-6: the deposit refunded within 20 working days instead of 15.
  {
    rule: 'MVO-6',
    file: EXIT,
    from: 'export const DEPOSIT_REFUND_WORKING_DAYS = 15;',
    to: 'export const DEPOSIT_REFUND_WORKING_DAYS = 20;',
    tests: ['src/server/modules/occupancy/move-out/move-out.test.ts'],
  },
  // MVO-3: a fixture in a worse condition than at move-in passes.
  {
    rule: 'MVO-3',
    file: EXIT,
    from: 'const worse = b !== undefined && RANK[f.condition] > RANK[b.condition];',
    to: 'const worse = b !== undefined && RANK[f.condition] < RANK[b.condition];',
  },
  // MVO-1: a lease ending today is not reminded.
  {
    rule: 'MVO-1',
    file: EXIT,
    from: 'return leaseEnd >= today && leaseEnd <= addMonths(today, 1);',
    to: 'return leaseEnd > today && leaseEnd <= addMonths(today, 1);',
  },
  // TRF-1: the old owner billed through the handover day (billed twice that day).
  { rule: 'TRF-1', file: EXIT, from: 'endDay: addDays(o.handoverDay, -1)', to: 'endDay: o.handoverDay' },

  // ── keys (pure) ──
  // KEY-2: a key collected by someone not on the entrusted list.
  {
    rule: 'KEY-2',
    file: KEYS,
    from: "&& !c.onEntrustedList) return 'key.not_entrusted';",
    to: "&& false) return 'key.not_entrusted';",
  },
  // KEY-2: the developer's key handed to an owner whose handover is unfinished.
  {
    rule: 'KEY-2',
    file: KEYS,
    from: "if (c.keyKind !== 'entrusted' && c.handover === 'unfinished') return 'key.handover_unfinished';",
    to: '',
  },
  // KEY-4: a borrowing kept overnight counts as regular.
  {
    rule: 'KEY-4',
    file: KEYS,
    from: "if (localDay(c.dueAt, c.timeZone) !== localDay(c.outAt, c.timeZone)) out.push('overnight');",
    to: '',
  },
  // KEY-4: one person approves two steps of the same request.
  { rule: 'KEY-4', file: KEYS, from: "if (c.decidedBefore) return 'key.same_approver';", to: '' },
  // KEY-1: owners entrust keys of occupied units.
  {
    rule: 'KEY-1',
    file: KEYS,
    from: "if (kind === 'entrusted' && unitStatus !== 'vacant') return 'key.entrusted_vacant_only';",
    to: '',
  },

  // ── release passes (pure) ──
  // REL-3: a moving-out pass issued while fees are owed.
  {
    rule: 'REL-3',
    file: PASSES,
    from: "return owedFen > 0\n    ? { state: 'refused', refusal: 'arrears' }",
    to: "return owedFen > 100\n    ? { state: 'refused', refusal: 'arrears' }",
  },
  // REL-4: an unreachable owner lets the pass go on.
  {
    rule: 'REL-4',
    file: PASSES,
    from: "if (answer === 'agreed') return { state: 'awaiting_signatures', refusal: null };",
    to: "if (answer !== 'refused') return { state: 'awaiting_signatures', refusal: null };",
  },
  // REL-5: the pass is valid on the day after it was issued too.
  {
    rule: 'REL-5',
    file: PASSES,
    from: "return p.validOn === p.today ? 'valid' : 'expired';",
    to: "return p.validOn !== null && p.validOn <= p.today ? 'valid' : 'expired';",
  },
  // REL-2: the third temporary pass in 30 days is not flagged.
  {
    rule: 'REL-2',
    file: PASSES,
    from: 'if (p.earlierTemporary + 1 >= FREQUENT_PASSES)',
    to: 'if (p.earlierTemporary + 1 > FREQUENT_PASSES)',
  },

  // ── move-in and handover (pure) ──
  // MVI: a move-in cancelled after the documents were signed.
  {
    rule: 'MVI-1',
    file: MOVE_IN,
    from: "MOVE_IN_STEPS.indexOf(step) <= MOVE_IN_STEPS.indexOf('payment')",
    to: "MOVE_IN_STEPS.indexOf(step) <= MOVE_IN_STEPS.indexOf('documents')",
  },
  // MVI-2: a lease that is already over accepted.
  {
    rule: 'MVI-2',
    file: MOVE_IN,
    from: "if (l.end < l.today) return [{ path: 'leaseEnd', key: 'move_in.lease_over' }];",
    to: '',
  },
  // HND-4: the key kept for repairs without the owner's consent.
  {
    rule: 'HND-4',
    file: HANDOVER,
    from: "if (k.keyKept && !k.ownerConsent) out.push({ path: 'ownerConsent', key: 'handover.key_needs_consent' });",
    to: '',
  },
  // HND-1: the roster's contract number is not compared.
  {
    rule: 'HND-1',
    file: HANDOVER,
    from: 'squash(entry.contractNo) !== squash(shown.contractNo))\n    out.push',
    to: 'false)\n    out.push',
  },
  // HND-2: the emergency phone may be the owner's own mobile.
  {
    rule: 'HND-2',
    file: HANDOVER,
    from: "else if (a.mobile !== '' && normalizePhone(emergency) === normalizePhone(a.mobile))",
    to: 'else if (false)',
  },

  // ── customers (pure) ──
  // CUS-3: an export requester approves their own export.
  {
    rule: 'CUS-3/ORG-2',
    file: 'src/server/platform/access/approval.ts',
    from: "if (requesters.includes(c.approver)) return 'approval.own_request';",
    to: '',
  },
  // CUS-3: an approved export is downloadable for 8 days instead of 7.
  {
    rule: 'CUS-3',
    file: EXPORTS,
    from: 'export const EXPORT_VALID_DAYS = 7;',
    to: 'export const EXPORT_VALID_DAYS = 8;',
  },
  // CUS-3: someone other than the requester downloads the export.
  {
    rule: 'CUS-3',
    file: EXPORTS,
    from: "if (r.requestedBy !== userId) return 'export.not_requester';",
    to: '',
  },
  // CUS-4: a file lent until today is overdue today.
  {
    rule: 'CUS-4',
    file: LOANS,
    from: "return l.dueDay < today ? 'overdue' : 'out';",
    to: "return l.dueDay <= today ? 'overdue' : 'out';",
  },
  // CUS-3: a masked ID number shows its first 4 characters instead of 3.
  {
    rule: 'CUS-3',
    file: 'src/server/platform/people/id-number-rules.ts',
    from: 'return `${id.slice(0, 3)}${',
    to: 'return `${id.slice(0, 4)}${',
  },
  // CUS-1: an ID card number with a wrong check digit accepted.
  {
    rule: 'CUS-1',
    file: CUSTOMERS,
    from: 'return idCardCheckDigit(id.slice(0, 17)) === id[17];',
    to: 'return true;',
  },

  // ── monthly status report (pure) ──
  // STA-1: the report is due on the 4th instead of the 3rd.
  { rule: 'STA-1', file: STATUS_REPORT, from: 'export const DUE_DAY = 3;', to: 'export const DUE_DAY = 4;' },
  // STA-1: a report signed on its due day counts as late.
  {
    rule: 'STA-1',
    file: STATUS_REPORT,
    from: 'return (p.signedOn ?? p.today) > dueDate(p.month);',
    to: 'return (p.signedOn ?? p.today) >= dueDate(p.month);',
  },

  // ── working time (pure) ──
  // Time words: Saturday is a working day.
  {
    rule: 'time words',
    file: WORKING_TIME,
    from: 'return isoWeekday(day) <= 5;',
    to: 'return isoWeekday(day) <= 6;',
    tests: WORKING_TIME_TESTS,
  },
  // Time words: a make-up working day (调休) on a weekend is ignored.
  {
    rule: 'time words',
    file: WORKING_TIME,
    from: "if (kind === 'workday') return true;",
    to: '',
    tests: WORKING_TIME_TESTS,
  },
  // Time words: a public holiday on a weekday is worked.
  {
    rule: 'time words',
    file: WORKING_TIME,
    from: "if (kind === 'holiday') return false;",
    to: '',
    tests: WORKING_TIME_TESTS,
  },
  // Time words: the minute a period ends still counts as working time.
  {
    rule: 'time words',
    file: WORKING_TIME,
    from: 'if (remaining <= end - from) return new Date(from + remaining);',
    to: 'if (remaining < end - from) return new Date(from + remaining);',
    tests: WORKING_TIME_TESTS,
  },
  // Time words: a same-day deadline set after the day's work ended stays on that day.
  {
    rule: 'time words',
    file: WORKING_TIME,
    from: 'endOfWorkingDay(today, spans, cal) <= at)\n      day = nextWorkingDay(today, cal);',
    to: 'endOfWorkingDay(today, spans, cal) < 0)\n      day = nextWorkingDay(today, cal);',
    tests: WORKING_TIME_TESTS,
  },
];
