/** The staff module: accounts, memberships and roles in a project (ORG-2, ORG-3). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { staffRoutes } from './routes.ts';

export const manifest: ModuleManifest = {
  name: 'staff',
  messages,
  routes: (deps) => [staffRoutes(deps)],
};
