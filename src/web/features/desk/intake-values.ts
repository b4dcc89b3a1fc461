/**
 * The intake form's values and how they become the API's IntakeBody (TKT-1, REP-1, CMP-1,
 * REQ-2): only the chosen kind's own fields are sent, times are read in the project's zone,
 * and a ticket settled on the spot carries its note. Pure, so it is tested without a browser.
 */
import type { Dayjs } from 'dayjs';
import { zonedIso } from '../tickets/zoned-input.ts';
import type { IntakeBody } from './api.ts';
import type { TicketKind } from '../tickets/types.ts';

export const DESK_KINDS: readonly TicketKind[] = ['repair', 'complaint', 'request', 'inquiry', 'message'];

export interface IntakeValues {
  contactPhone?: string;
  customerName?: string;
  company?: string;
  customerKind: 'person' | 'company';
  channel: IntakeBody['channel'];
  kind: TicketKind;
  description?: string;
  placeMode: 'unit' | 'area';
  unitId?: string;
  publicArea?: string;
  urgency?: 'urgent' | 'scheduled';
  appointmentAt?: Dayjs | null;
  eventAt?: Dayjs | null;
  written?: boolean;
  promisedAt?: Dayjs | null;
  settle?: boolean;
  settleNote?: string;
}

export const INITIAL_VALUES: IntakeValues = {
  customerKind: 'person',
  channel: 'phone',
  kind: 'repair',
  placeMode: 'unit',
  written: false,
  settle: false,
};

const text = (v: string | undefined) => v?.trim() || undefined;

/**
 * @example toIntakeBody({ ...INITIAL_VALUES, customerName: '钱宏', description: '电器冒烟', unitId: 'u1', urgency: 'urgent' }, 'c1', 'Asia/Shanghai')
 *   // { kind: 'repair', channel: 'phone', customerId: 'c1', customerName: '钱宏', company: '', unitId: 'u1', description: '电器冒烟', urgency: 'urgent' }
 */
export function toIntakeBody(v: IntakeValues, customerId: string | undefined, timeZone: string): IntakeBody {
  const body: IntakeBody = {
    kind: v.kind,
    channel: v.channel,
    ...(customerId ? { customerId } : {}),
    customerName: text(v.customerName) ?? '',
    company: text(v.company) ?? '',
    ...(text(v.contactPhone) ? { contactPhone: text(v.contactPhone) } : {}),
    description: text(v.description) ?? '',
  };
  if (v.placeMode === 'unit' && v.unitId) body.unitId = v.unitId;
  if (v.placeMode === 'area' && text(v.publicArea)) body.publicArea = text(v.publicArea);
  if (v.kind === 'repair') {
    if (v.urgency) body.urgency = v.urgency;
    if (v.urgency === 'scheduled' && v.appointmentAt)
      body.appointmentAt = zonedIso(v.appointmentAt, timeZone);
  }
  if (v.kind === 'complaint' && v.eventAt) body.eventAt = zonedIso(v.eventAt, timeZone);
  if (v.kind === 'request' && v.promisedAt) body.promisedAt = zonedIso(v.promisedAt, timeZone);
  if ((v.kind === 'complaint' || v.kind === 'request') && v.written) body.written = true;
  if (v.settle && text(v.settleNote)) body.settleNote = text(v.settleNote);
  return body;
}
