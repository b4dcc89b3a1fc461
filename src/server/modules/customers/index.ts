/** The customers module: customers, their units, the roster and the owner archives (CUS-1..5). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { customerRoutes } from './routes.ts';
import { archiveRoutes } from './archive-routes.ts';

export const manifest: ModuleManifest = {
  name: 'customers',
  messages,
  tables: {
    owns: [
      'customers',
      'customer_phones',
      'customer_units',
      'customer_vehicles',
      'roster_entries',
      'roster_imports',
      'archive_records',
      'archive_loans',
      'archive_access_log',
      'export_requests',
    ],
    publishes: ['customers', 'customer_phones', 'customer_units'],
  },
  routes: (deps) => [customerRoutes(deps), archiveRoutes(deps)],
};

/** What other modules use (issue #10: they import it from here, not from the files). */
export {
  normalizePhone,
  maskIdNumber,
  CUSTOMER_KINDS,
  ID_TYPES,
  isWholePhone,
  MIN_WHOLE_DIGITS,
  validIdNumber,
  birthdayFromIdCard,
  validPhone,
  type IdType,
} from './rules.ts';
export { resolveContactPhone } from './contact-phone.ts';
export { phoneMatches, requireCallerLookup, MAX_MATCHES, phoneMatchesFor } from './phone-search.ts';
export { PhoneString, CustomerSchema, ArchiveFieldsBody, type CustomerDto } from './contract.ts';
export { logAccess } from './archive/access-log.ts';
export { unitParties, listedParty, customersByIds, type UnitParty } from './unit-parties.ts';
export { loadCustomers } from './repo.ts';
export { closeArchive, saveArchiveFields } from './archive-fields.ts';
export { linkCustomerToUnit, findCustomerByIdDocument } from './unit-links.ts';
export { createCustomer } from './service.ts';
export type { CustomersTables } from './tables.ts';

/** Occupancy's workflows change who holds a unit and what the roster says through these (issue #10: no module writes another's tables). */
export {
  relationOf,
  requireRelation,
  holdersOf,
  endRelation,
  addRelation,
  relationCount,
} from './unit-relations.ts';
export {
  findRosterEntry,
  claimRosterEntry,
  addRosterOwner,
  rosterOwnerNames,
  unitRoster,
} from './roster-entries.ts';
