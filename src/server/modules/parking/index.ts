/** The parking module: spaces, rentals, cards and the weekly register (PRK). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { parkingRoutes } from './routes.ts';
import { ensureParkingTimers } from './parking-timers.ts';

export const manifest: ModuleManifest = {
  name: 'parking',
  routes: (deps) => [parkingRoutes(deps)],
  // PRK-4: the Monday register.
  ensureTimers: (db, now) => ensureParkingTimers(db, now),
};
