/**
 * Kysely types of the tickets module's own side tables: callbacks, attachments, the dispatch
 * round-robin and customer visits. Code reaches them through `ticketsDb(db)`; `tickets`,
 * `ticket_events` and `ticket_deadlines` are still typed in platform/db/schema.ts because
 * the demo, other modules or the platform's deadline store read or write them.
 */
import { moduleDb } from '../../platform/db/module-db.ts';

export interface TicketCallbacksTable {
  project_id: string;
  callback_id: string;
  ticket_id: string;
  at: string;
  by_id: string;
  reached: number;
  resolved: number;
  satisfaction: string;
  opinion: string;
}

export interface AttachmentsTable {
  project_id: string;
  attachment_id: string;
  ticket_id: string;
  kind: string;
  mime: string;
  size: number;
  data: Uint8Array;
  created_by: string | null;
  created_at: string;
}

export interface DispatchStateTable {
  project_id: string;
  department_id: string;
  last_user_id: string | null;
  open_cap: number;
}

export interface CustomerVisitsTable {
  project_id: string;
  visit_id: string;
  customer_id: string | null;
  customer_name: string;
  company: string;
  unit_id: string | null;
  visited_by: string;
  visited_at: string;
  /** visit | phone */
  channel: string;
  opinions: string;
  /** The ticket an opinion became (CBK-3), once it has. */
  ticket_id: string | null;
  created_at: string;
}

export interface TicketsTables {
  ticket_callbacks: TicketCallbacksTable;
  attachments: AttachmentsTable;
  dispatch_state: DispatchStateTable;
  customer_visits: CustomerVisitsTable;
}

/** @example await ticketsDb(trx).insertInto('ticket_callbacks')… */
export const ticketsDb = moduleDb<TicketsTables>();
