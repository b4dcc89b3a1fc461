/** The ordered, forward-only migration list. Add new files at the end; never edit a shipped one. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_service_desk.ts';
import * as m0003 from './0003_visits.ts';
import * as m0004 from './0004_report_indexes.ts';
import * as m0005 from './0005_billing.ts';
import * as m0006 from './0006_queue_indexes.ts';
import * as m0007 from './0007_overtime_ac.ts';
import * as m0008 from './0008_archives_signatures.ts';
import * as m0009 from './0009_archive_access.ts';
import * as m0010 from './0010_handover_movein.ts';
import * as m0011 from './0011_moveout_transfer.ts';
import * as m0012 from './0012_keys_passes.ts';
import * as m0013 from './0013_separation_of_duties.ts';
import * as m0014 from './0014_ledger_adjustments.ts';
import * as m0017 from './0017_login_throttle_idempotency.ts';
import * as m0018 from './0018_notifications_by_ticket.ts';

export interface MigrationModule {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const migrations: Record<string, MigrationModule> = {
  '0001_foundation': m0001,
  '0002_service_desk': m0002,
  '0003_visits': m0003,
  '0004_report_indexes': m0004,
  '0005_billing': m0005,
  '0006_queue_indexes': m0006,
  '0007_overtime_ac': m0007,
  '0008_archives_signatures': m0008,
  '0009_archive_access': m0009,
  '0010_handover_movein': m0010,
  '0011_moveout_transfer': m0011,
  '0012_keys_passes': m0012,
  '0013_separation_of_duties': m0013,
  '0014_ledger_adjustments': m0014,
  '0017_login_throttle_idempotency': m0017,
  '0018_notifications_by_ticket': m0018,
};
