/** Column types that differ by database, so one migration serves both. */
import type { Dialect } from './connection.ts';

export function columnTypes(dialect: Dialect) {
  const pg = dialect === 'postgres';
  return {
    id: pg ? 'uuid' : 'text',
    instant: pg ? 'timestamptz' : 'text',
    date: pg ? 'date' : 'text',
    bigint: pg ? 'bigint' : 'integer',
  } as const;
}
