/**
 * Shapes of the service-desk API, taken from the server's own code (type-only imports, so
 * nothing of the server reaches the bundle): a changed response breaks the UI's type-check.
 */
import type { TicketDto } from '../../../server/modules/tickets/schema.ts';
import type { getTicketDetail } from '../../../server/modules/tickets/ticket-detail.ts';
import type { listNotifications } from '../../../server/modules/tickets/notifications.ts';
import type { PriceDto } from '../../../server/modules/tickets/prices.ts';
import type { CustomerDto } from '../../../server/modules/customers/schema.ts';
import type { TicketAction, TicketKind, TicketState } from '../../../server/modules/tickets/states.ts';

export type { TicketAction, TicketKind, TicketState };
export type Ticket = TicketDto;
export type TicketDetail = Awaited<ReturnType<typeof getTicketDetail>>;
export type TimelineEntry = TicketDetail['timeline'][number];
export type DeadlineRow = TicketDetail['deadlines'][number];
export type CallbackRow = TicketDetail['callbacks'][number];
export type AttachmentRow = TicketDetail['attachments'][number];
export type EventMember = TicketDetail['event'][number];
export type Notification = Awaited<ReturnType<typeof listNotifications>>[number];
export type ServicePrice = PriceDto;
export type Customer = CustomerDto;

export interface QueuePage {
  items: Ticket[];
  total: number;
  /** The server's clock when it answered; countdowns correct the browser's clock by it. */
  serverNow: string;
}

export interface DepartmentMember {
  userId: string;
  name: string;
  openTickets: number;
}

export interface Phrases {
  greetingZh: string;
  greetingEn: string;
  groups: { group: string; phrases: { key: string; zh: string; en: string }[] }[];
  taboo: { phrase: string; alternativeZh: string; alternativeEn: string }[];
}

export interface TabooHit {
  phrase: string;
  alternativeZh: string;
  alternativeEn: string;
}
