/**
 * Kysely table types. Times are ISO-8601 UTC strings (timestamptz on PostgreSQL, text on
 * SQLite); calendar dates are 'YYYY-MM-DD'; money is integer fen; areas are integer
 * hundredths of a square metre (area_centi_m2) so no floating point reaches the books.
 * Flags are integers 0/1 on both databases.
 */
import type { Generated } from 'kysely';

export interface ProjectsTable {
  project_id: string;
  code: string;
  name: string;
  kind: string; // office | residential | apartment | mixed
  time_zone: string;
  /** JSON: [{"start":"08:30","end":"12:20"}, ...] */
  working_hours: string;
  greeting_zh: string;
  greeting_en: string;
  active: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UsersTable {
  user_id: string;
  username: string;
  display_name: string;
  phone: string | null;
  password_hash: string;
  is_company_admin: number;
  active: number;
  must_change_password: number;
  locale: string;
  created_at: string;
  updated_at: string;
  /** ORG-2: who created the account (null: the system); never approves for it. */
  created_by: string | null;
  /** ORG-2: who last reset its password (null: never reset); never approves for it. */
  password_reset_by: string | null;
}

export interface SessionsTable {
  session_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

/** Login throttling per key (account+address, address); times in epoch milliseconds. */
export interface LoginThrottleTable {
  throttle_key: string;
  failures: number;
  last_at: number;
  retry_at: number | null;
}

export interface DepartmentsTable {
  project_id: string;
  department_id: string;
  code: string; // cs | engineering | security | cleaning | finance | leasing | admin
  name_zh: string;
  name_en: string;
  created_at: string;
}

export interface MembershipsTable {
  project_id: string;
  user_id: string;
  role: string;
  department_id: string | null;
  created_at: string;
  created_by: string | null;
}

export interface CalendarDaysTable {
  project_id: string;
  day: string; // YYYY-MM-DD
  kind: string; // holiday | workday
  name: string;
  updated_at: string;
}

export interface BuildingsTable {
  project_id: string;
  building_id: string;
  code: string;
  name: string;
  kind: string; // office | residential | hotel | theatre | commercial | apartment | mixed
  floors_above: number;
  floors_below: number;
  owner_party: string;
  managing_party: string;
  numbering_pattern: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UnitsTable {
  project_id: string;
  unit_id: string;
  building_id: string;
  floor: number;
  code: string;
  building_area_centi_m2: number;
  inner_area_centi_m2: number;
  use: string; // office | residential | commercial | apartment | storage | lobby | hotel | theatre
  status: string; // not_received | vacant | renovating | owner_occupied | tenant_occupied | office_in_use
  note: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UnitStatusHistoryTable {
  project_id: string;
  entry_id: string;
  unit_id: string;
  from_status: string | null;
  to_status: string;
  workflow: string;
  reason: string;
  actor_id: string | null;
  at: string;
}

export interface ParkingAreasTable {
  project_id: string;
  area_id: string;
  code: string;
  name: string;
  kind: string; // underground | surface
  created_at: string;
  updated_at: string;
}

export interface ParkingSpacesTable {
  project_id: string;
  space_id: string;
  area_id: string;
  code: string;
  kind: string; // standard | large | accessible | charging
  status: string; // available | rented | sold | reserved | disabled
  created_at: string;
  updated_at: string;
}

export interface HistoryTable {
  project_id: string;
  entry_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_id: string | null;
  at: string;
  before_json: string | null;
  after_json: string | null;
  note: string;
}

export interface TimersTable {
  project_id: string;
  timer_id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  /** Same key twice does not schedule twice: (project_id, kind, dedupe_key) is unique. */
  dedupe_key: string;
  due_at: string;
  payload_json: string;
  status: string; // pending | done | cancelled | failed
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  fired_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** An Idempotency-Key in its user's namespace: the request it was first used for and what that created. */
export interface IdempotencyKeysTable {
  project_id: string;
  user_id: string;
  idem_key: string;
  fingerprint: string;
  resource_id: string;
  created_at: string;
}

export interface CustomersTable {
  project_id: string;
  customer_id: string;
  kind: string; // person | company
  name: string;
  company: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  /** Archive fields (CUS-1): ID document, emergency phone, birthday; class and state (CUS-5). */
  id_type: Generated<string>;
  id_number: Generated<string>;
  emergency_phone: Generated<string>;
  birthday: string | null;
  archive_class: Generated<string>;
  archive_state: Generated<string>;
  archive_state_at: string | null;
}

export interface CustomerVehiclesTable {
  project_id: string;
  vehicle_id: string;
  customer_id: string;
  plate: string;
  model: string;
  created_at: string;
}

export interface RosterEntriesTable {
  project_id: string;
  entry_id: string;
  import_id: string;
  unit_id: string;
  owner_name: string;
  id_type: string;
  id_number: string;
  phone: string;
  contract_no: string;
  customer_id: string | null;
  created_at: string;
}

export interface DocumentsTable {
  project_id: string;
  document_id: string;
  kind: string;
  title: string;
  mime: string;
  size: number;
  data: Uint8Array;
  entity_type: string | null;
  entity_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SignaturesTable {
  project_id: string;
  signature_id: string;
  entity_type: string;
  entity_id: string;
  purpose: string;
  signer_name: string;
  signer_role: string;
  method: string;
  document_id: string;
  signed_at: string;
  recorded_by: string | null;
}

export interface ArchiveAccessLogTable {
  project_id: string;
  access_id: string;
  kind: string; // open | export | emergency_list
  customer_id: string | null;
  export_id: string | null;
  actor_id: string | null;
  at: string;
  reason: string;
  shown_json: string;
}

export interface CustomerPhonesTable {
  project_id: string;
  customer_id: string;
  phone: string;
  /** Digits only, for caller-ID lookup. */
  phone_norm: string;
  label: string;
}

export interface CustomerUnitsTable {
  project_id: string;
  customer_id: string;
  unit_id: string;
  relation: string; // owner | tenant | occupant | staff
  created_at: string;
  /** Tenants: the lease's first and last day (MVO-1). */
  lease_start: string | null;
  lease_end: string | null;
}

export interface CountersTable {
  project_id: string;
  scope: string;
  value: number;
}

export interface TicketsTable {
  project_id: string;
  ticket_id: string;
  number: string;
  kind: string;
  channel: string;
  state: string;
  is_open: number;
  customer_id: string | null;
  customer_name: string;
  company: string;
  contact_phone: string;
  phone_norm: string;
  unit_id: string | null;
  building_id: string | null;
  public_area: string;
  description: string;
  event_at: string | null;
  urgency: string | null;
  appointment_at: string | null;
  charge: string | null;
  price_fen: number | null;
  price_agreed_at: string | null;
  materials_check: string | null;
  validity: string | null;
  level: string | null;
  complaint_type: string | null;
  direct_impact: number;
  written: number;
  event_key: string | null;
  promised_at: string | null;
  receiver_id: string;
  owner_id: string;
  department_id: string | null;
  assignee_id: string | null;
  received_at: string;
  forwarded_at: string | null;
  picked_up_at: string | null;
  completed_at: string | null;
  answered_at: string | null;
  closed_at: string | null;
  paused_since: string | null;
  paused_minutes: number;
  next_due_at: string | null;
  next_due_kind: string | null;
  escalation: number;
  forward_late: number;
  chase_count: number;
  rework_count: number;
  satisfaction: string | null;
  idem_key: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface TicketEventsTable {
  project_id: string;
  event_id: string;
  ticket_id: string;
  type: string;
  actor_id: string | null;
  at: string;
  from_state: string | null;
  to_state: string | null;
  data_json: string;
}

export interface TicketDeadlinesTable {
  project_id: string;
  deadline_id: string;
  ticket_id: string;
  kind: string;
  due_at: string;
  original_due_at: string;
  status: string; // open | met | breached | cancelled
  met_at: string | null;
  breached_at: string | null;
  created_at: string;
}

export interface NotificationsTable {
  project_id: string;
  notification_id: string;
  user_id: string;
  ticket_id: string | null;
  kind: string;
  params_json: string;
  created_at: string;
  read_at: string | null;
}

export interface ServicePricesTable {
  project_id: string;
  price_id: string;
  name: string;
  unit: string;
  price_fen: number;
  active: number;
  created_at: string;
}

export interface Database {
  projects: ProjectsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  departments: DepartmentsTable;
  memberships: MembershipsTable;
  calendar_days: CalendarDaysTable;
  buildings: BuildingsTable;
  units: UnitsTable;
  unit_status_history: UnitStatusHistoryTable;
  parking_areas: ParkingAreasTable;
  parking_spaces: ParkingSpacesTable;
  history: HistoryTable;
  timers: TimersTable;
  idempotency_keys: IdempotencyKeysTable;
  customers: CustomersTable;
  customer_phones: CustomerPhonesTable;
  customer_units: CustomerUnitsTable;
  customer_vehicles: CustomerVehiclesTable;
  roster_entries: RosterEntriesTable;
  documents: DocumentsTable;
  signatures: SignaturesTable;
  archive_access_log: ArchiveAccessLogTable;
  counters: CountersTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  ticket_deadlines: TicketDeadlinesTable;
  notifications: NotificationsTable;
  service_prices: ServicePricesTable;
}
