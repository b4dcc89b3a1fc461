/**
 * What a business module shows the application: its front door. `src/server/modules/index.ts`
 * lists the modules; the app, the timer sweeper, the message catalogue and the boundaries
 * test loop over that list, so adding a module is one line there and nothing else central.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, Deps } from '../http/context.ts';
import type { TimerHandler } from '../timers/sweeper.ts';
import type { Catalogue } from '../i18n/catalogue.ts';
import type { Permission } from '../access/roles.ts';
import type { MigrationModule } from '../db/migrations/index.ts';
import type { DbOrTrx } from '../history/record-history.ts';

export interface ModuleManifest {
  /** The module's folder name under src/server/modules. */
  name: string;
  /** Its routers, mounted under /api. */
  routes?: (deps: Deps) => OpenAPIHono<AppEnv>[];
  /** Timer kinds it handles (the sweeper dispatches on the kind). */
  timerHandlers?: (deps: Deps) => Iterable<[string, TimerHandler]>;
  /** Makes sure its self-rescheduling timers exist when a server starts. */
  ensureTimers?: (db: DbOrTrx, now: Date) => Promise<void>;
  /** Its server text, both languages (keys are unique across modules). */
  messages?: { zh: Catalogue; en: Catalogue };
  /** The permissions its routes check (each must exist in platform/access/roles.ts). */
  permissions?: readonly Permission[];
  /** Tables: those it alone writes, and of those, the ones other modules may read (join) as its published read model. */
  tables?: { owns: readonly string[]; publishes?: readonly string[] };
  /** Its own migrations, named `NNNN_module_what`; they run with the platform's in one order by name. */
  migrations?: Record<string, MigrationModule>;
}
