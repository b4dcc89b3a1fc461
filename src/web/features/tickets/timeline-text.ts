/**
 * TKT-4: every timeline entry as a readable line in the screen language — people's actions
 * and the automatic ones (a deadline passed, the CMP-4 upgrade to major) alike. Pure: the
 * translations and name lookups come in, so it is tested with the real catalogues.
 */
import type { TFunction } from 'i18next';
import type { EnumGroup } from '../../app/labels.ts';
import type { TimelineEntry } from './types.ts';

export interface DescribeContext {
  t: TFunction;
  label(group: EnumGroup, value: string): string;
  department(code: string): string;
  /** A staff member's name by id ('' when unknown). */
  person(userId: string): string;
  time(iso: string): string;
  money(fen: number): string;
  /** A price list entry's price, for a repair priced from the list (REP-3). */
  priceOf?(priceId: string): number | undefined;
}

export interface EntryText {
  line: string;
  /** A second line: the note or materials that came with it. */
  detail?: string;
}

const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function classifyLine(d: Record<string, unknown>, c: DescribeContext): string {
  const complaint = ['validity', 'level', 'complaintType', 'directImpact'].some((k) => d[k] !== undefined);
  const parts: string[] = [];
  if (complaint) {
    if (d.validity) parts.push(c.label('validity', s(d.validity)));
    if (d.level) parts.push(c.label('complaintLevel', s(d.level)));
    if (d.complaintType) parts.push(c.label('complaintType', s(d.complaintType)));
    if (d.directImpact) parts.push(c.t('tickets.directImpact'));
    return c.t('tickets.line.classifyComplaint', { detail: parts.join(' · ') });
  }
  if (d.urgency) parts.push(c.label('urgency', s(d.urgency)));
  if (d.appointmentAt) parts.push(`${c.t('tickets.fact.appointmentAt')} ${c.time(s(d.appointmentAt))}`);
  const fen = typeof d.priceFen === 'number' ? d.priceFen : d.priceId ? c.priceOf?.(s(d.priceId)) : undefined;
  if (d.charge) parts.push(c.label('charge', s(d.charge)) + (fen !== undefined ? ` ${c.money(fen)}` : ''));
  if (d.customerAgreed) parts.push(c.t('tickets.agreed'));
  if (d.materialsCheck) parts.push(`${c.t('tickets.field.materialsCheck')}：${s(d.materialsCheck)}`);
  return c.t('tickets.line.classifyRepair', { detail: parts.join(' · ') });
}

function callbackLine(d: Record<string, unknown>, c: DescribeContext): string {
  if (d.reached === false) return c.t('tickets.line.callbackUnreached');
  const parts = [
    c.t('tickets.field.reached'),
    d.resolved ? c.t('tickets.field.resolved') : null,
    d.satisfaction ? c.label('satisfaction', s(d.satisfaction)) : null,
  ].filter(Boolean);
  return (
    c.t('tickets.line.callback', { detail: parts.join(' · ') }) + (d.closes ? c.t('tickets.line.closes') : '')
  );
}

/**
 * @example describeEntry({ type: 'forward', data: { department: 'engineering', assigneeId: 'u1' }, … }, ctx) // { line: '转交工程部 · 刘强（工程部）' }
 */
export function describeEntry(e: Pick<TimelineEntry, 'type' | 'data'>, c: DescribeContext): EntryText {
  const d = e.data ?? {};
  const t = c.t;
  const note = s(d.note) ? { detail: t('tickets.line.note', { note: s(d.note) }) } : {};
  switch (e.type) {
    case 'received':
      return { line: t('tickets.line.received', { channel: c.label('channel', s(d.channel)) }) };
    case 'settle':
      return { line: t('tickets.line.settle', { note: s(d.note) }) };
    case 'forward': {
      const person = d.assigneeId ? c.person(s(d.assigneeId)) : '';
      const line = person
        ? t('tickets.line.forwardTo', { department: c.department(s(d.department)), person })
        : t('tickets.line.forward', { department: c.department(s(d.department)) });
      return { line: line + (d.late ? t('tickets.line.forwardLate') : ''), ...note };
    }
    case 'classify':
      return { line: classifyLine(d, c), ...note };
    case 'assign':
      return { line: t('tickets.line.assign', { person: c.person(s(d.assigneeId)) }), ...note };
    case 'pick_up':
      return { line: t('tickets.line.pickUp'), ...note };
    case 'chase': {
      // REP-4: the chase and who in the department was told are recorded together.
      const told = Array.isArray(d.told) ? d.told.map(String) : [];
      const line = t('tickets.line.chase', { count: Number(d.count) || 1 });
      return {
        line: told.length ? line + t('tickets.line.chaseTold', { people: told.join('、') }) : line,
        ...note,
      };
    }
    case 'complete':
      return {
        line: t('tickets.line.complete', { workDone: s(d.workDone) }),
        ...(s(d.materials) ? { detail: t('tickets.line.materials', { materials: s(d.materials) }) } : {}),
      };
    case 'confirm':
      if (s(d.answer)) return { line: t('tickets.line.confirmAnswer', { answer: s(d.answer) }) };
      return {
        line: t(d.signedOnPaper ? 'tickets.line.confirmPaper' : 'tickets.line.confirmSigned', {
          name: s(d.signerName),
        }),
      };
    case 'rework':
      return { line: t('tickets.line.rework', { reason: s(d.reason) }) };
    case 'callback':
      return {
        line: callbackLine(d, c),
        ...(s(d.opinion) ? { detail: `${t('tickets.field.opinion')}：${s(d.opinion)}` } : {}),
      };
    case 'close_invalid':
      return { line: t('tickets.line.closeInvalid', { explanation: s(d.explanation) }) };
    case 'cancel':
      return { line: t('tickets.line.cancel', { reason: s(d.reason) }) };
    case 'pause':
      return { line: t('tickets.line.pause', { reason: c.label('pauseReason', s(d.reason)) }), ...note };
    case 'resume':
      return { line: t('tickets.line.resume', { minutes: Number(d.pausedMinutes) || 0 }), ...note };
    case 'hand_over':
      return {
        line: t('tickets.line.handOver', { from: c.person(s(d.from)) || '—', to: c.person(s(d.to)) || '—' }),
        ...note,
      };
    case 'extend':
      return {
        line: t('tickets.line.extend', {
          deadline: c.label('deadlineKind', s(d.deadline)),
          to: c.time(s(d.to)),
          from: c.time(s(d.from)),
          reason: s(d.reason),
        }),
      };
    case 'comment':
      return { line: s(d.text) };
    case 'written_reply':
      return { line: t('tickets.line.writtenReply', { handling: s(d.handling), result: s(d.result) }) };
    case 'corrective_action':
      return {
        line: t('tickets.line.corrective', {
          cause: s(d.cause),
          corrective: s(d.corrective),
          preventive: s(d.preventive),
        }),
      };
    case 'link_event':
      return { line: t('tickets.line.linkEvent', { with: s(d.with) }) };
    case 'auto_major':
      return d.reason === 'five_customers'
        ? { line: t('tickets.line.autoMajorFive', { distinct: Number(d.distinct) || 5 }) }
        : { line: t('tickets.line.autoMajorSeven') };
    case 'deadline_breached': {
      const escalated =
        d.escalation === 2
          ? t('tickets.line.escalated2')
          : d.escalation === 1
            ? t('tickets.line.escalated1')
            : '';
      return {
        line:
          t('tickets.line.breached', {
            deadline: c.label('deadlineKind', s(d.deadline)),
            due: c.time(s(d.dueAt)),
          }) + escalated,
      };
    }
    case 'photo':
      return { line: t('tickets.line.photo') };
    default:
      // A kind of entry this UI does not know yet still shows, as its action's name.
      return { line: c.label('ticketAction', e.type), ...note };
  }
}
