/** The customers module: customers, their units, the roster and the owner archives (CUS-1..5). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { customerRoutes } from './routes.ts';
import { archiveRoutes } from './archive-routes.ts';

export const manifest: ModuleManifest = {
  name: 'customers',
  routes: (deps) => [customerRoutes(deps), archiveRoutes(deps)],
};
