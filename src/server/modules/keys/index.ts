/**
 * What other modules may call: the register (a handover or a move-out that takes a key in
 * can register it, KEY-1) and where an owner stands with a unit's handover (KEY-2).
 */
export { keyRoutes } from './routes.ts';
export { registerKey } from './register-key.ts';
export { handoverStanding } from './handover.ts';
export { KEY_KINDS, KEY_STATES, type KeyKind, type KeyState } from './rules.ts';
export { keepKeyForRepairs, keptKeyOf, handKeptKeyBack, type KeptKey } from './kept-key.ts';

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { keyRoutes } from './routes.ts';

export const manifest: ModuleManifest = {
  name: 'keys',
  messages,
  tables: {
    owns: ['keys', 'key_approvals', 'key_entrusted', 'key_movements', 'key_requests'],
    publishes: [],
  },
  routes: (deps) => [keyRoutes(deps)],
};
