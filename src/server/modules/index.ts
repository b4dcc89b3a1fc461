/**
 * The module list: the one place a new module is added. The app mounts each module's routes
 * in this order, the sweeper takes its timer handlers, a starting server ensures its timers,
 * and the server's message catalogue is the platform's keys plus each module's.
 */
import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { allMigrations } from '../platform/db/migrate.ts';
import { registerMessages } from '../platform/i18n/catalogue.ts';
import '../platform/i18n/messages.ts';
import { manifest as projects } from './projects/index.ts';
import { manifest as staff } from './staff/index.ts';
import { manifest as properties } from './properties/index.ts';
import { manifest as customers } from './customers/index.ts';
import { manifest as tickets } from './tickets/index.ts';
import { manifest as billing } from './billing/index.ts';
import { manifest as parking } from './parking/index.ts';
import { manifest as occupancy } from './occupancy/index.ts';
import { manifest as keys } from './keys/index.ts';
import { manifest as passes } from './passes/index.ts';
import { manifest as statusReport } from './status-report/index.ts';

export const MODULES: readonly ModuleManifest[] = [
  projects,
  staff,
  properties,
  customers,
  tickets,
  billing,
  parking,
  occupancy,
  keys,
  passes,
  statusReport,
];

for (const m of MODULES) if (m.messages) registerMessages(m.name, m.messages);

/** Every migration: the platform's and each module's, in one order. */
export const MIGRATIONS = allMigrations(MODULES.flatMap((m) => (m.migrations ? [m.migrations] : [])));
