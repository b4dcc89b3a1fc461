/**
 * Shapes of the service-desk API, taken from the server's contracts (type-only imports, so
 * nothing of the server reaches the bundle): a changed response breaks the UI's type-check.
 */
import type { z } from '@hono/zod-openapi';
import type { QueuePageDto, TicketDetailDto, TicketDto } from '../../../server/modules/tickets/contract.ts';
import type {
  DepartmentMemberDto,
  NotificationDto,
  PhrasesDto,
  PriceDto,
  TabooHitSchema,
} from '../../../server/modules/tickets/desk.contract.ts';
import type { CustomerDto } from '../../../server/modules/customers/contract.ts';
import type { TicketAction, TicketKind, TicketState } from '../../../server/modules/tickets/states.ts';

export type { TicketAction, TicketKind, TicketState };
export type Ticket = TicketDto;
export type TicketDetail = TicketDetailDto;
export type TimelineEntry = TicketDetail['timeline'][number];
export type DeadlineRow = TicketDetail['deadlines'][number];
export type CallbackRow = TicketDetail['callbacks'][number];
export type AttachmentRow = TicketDetail['attachments'][number];
export type EventMember = TicketDetail['event'][number];
export type Notification = NotificationDto;
export type ServicePrice = PriceDto;
export type Customer = CustomerDto;

export type QueuePage = QueuePageDto;
export type DepartmentMember = DepartmentMemberDto;
export type Phrases = PhrasesDto;
export type TabooHit = z.infer<typeof TabooHitSchema>;
