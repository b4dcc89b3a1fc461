/** The parking module: spaces, rentals, cards and the weekly register (PRK). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { parkingRoutes } from './routes.ts';
import {
  ensureParkingTimers,
  RENTAL_EXPIRY_TIMER,
  rentalExpiryHandler,
  WEEKLY_REGISTER_TIMER,
  weeklyRegisterHandler,
} from './parking-timers.ts';

export const manifest: ModuleManifest = {
  name: 'parking',
  messages,
  tables: { owns: ['parking_cards', 'parking_rentals'], publishes: ['parking_cards', 'parking_rentals'] },
  routes: (deps) => [parkingRoutes(deps)],
  timerHandlers: () => [
    [RENTAL_EXPIRY_TIMER, rentalExpiryHandler],
    [WEEKLY_REGISTER_TIMER, weeklyRegisterHandler],
  ],
  // PRK-4: the Monday register.
  ensureTimers: (db, now) => ensureParkingTimers(db, now),
};

/** What other modules use (issue #10: they import it from here, not from the files): the published rentals and cards. */
export { parkingDb, type ParkingCardsTable, type ParkingRentalsTable, type ParkingTables } from './tables.ts';
