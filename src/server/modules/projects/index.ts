/** The projects module: a project's settings, working hours and calendar (ORG-1, ORG-4). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { projectRoutes } from './routes.ts';

export const manifest: ModuleManifest = {
  name: 'projects',
  messages,
  routes: (deps) => [projectRoutes(deps)],
};

/** What other modules use (issue #10: they import it from here, not from the files). */
export { getProject } from './service.ts';
