/** The ordered, forward-only migration list. Add new files at the end; never edit a shipped one. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_service_desk.ts';

export interface MigrationModule {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const migrations: Record<string, MigrationModule> = {
  '0001_foundation': m0001,
  '0002_service_desk': m0002,
};
