/** What other modules may call: the routes, and the gate's verdict on a pass (REL-5). */
export { passRoutes } from './routes.ts';
export { gateVerdict, type GateVerdict } from './rules.ts';

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { passRoutes } from './routes.ts';

export const manifest: ModuleManifest = {
  name: 'passes',
  messages,
  tables: { owns: ['passes', 'pass_items'], publishes: [] },
  routes: (deps) => [passRoutes(deps)],
};
