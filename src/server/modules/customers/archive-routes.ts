/** Every route of the archive room (CUS-1..5), mounted by app.ts in one line. */
import { newRouter } from '../../platform/http/openapi-app.ts';
import type { Deps } from '../../platform/http/context.ts';
import { archiveItemRoutes } from './archive/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { loanRoutes } from './loans/routes.ts';
import { rosterRoutes } from './roster/routes.ts';

export function archiveRoutes(deps: Deps) {
  const app = newRouter();
  app.route('/', archiveItemRoutes(deps));
  app.route('/', rosterRoutes(deps));
  app.route('/', loanRoutes(deps));
  app.route('/', exportRoutes(deps));
  return app;
}
