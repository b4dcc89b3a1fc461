/**
 * Multi-row INSERTs through the raw driver (better-sqlite3 / node-postgres) on one
 * connection, for generating data sets of a million rows in minutes. Each statement carries
 * as many rows as the driver's parameter limit allows and is prepared once per shape; the
 * caller groups statements into transactions. Kysely would build the same SQL, but compiling
 * tens of thousands of parameters per statement, a thousand times over, is measurable.
 */
import type { PoolClient } from 'pg';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../src/server/platform/db/connection.ts';

export interface BulkWriter {
  /** Inserts `rows` (values in `columns` order) into `table`, in as few statements as the driver allows. */
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  /** Runs `work` in one transaction on the writer's connection. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** A statement without parameters and results (ANALYZE, VACUUM). */
  exec(sql: string): Promise<void>;
  release(): Promise<void>;
}

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32 766; PostgreSQL's wire protocol allows 65 535. */
const PARAMETER_LIMIT = { sqlite: 32_766, postgres: 65_535 } as const;
/** Beyond ~1 000 rows a statement gets no faster, only its SQL text longer. */
const MAX_ROWS_PER_STATEMENT = 1_000;

function insertSql(
  table: string,
  columns: readonly string[],
  rowCount: number,
  placeholder: (i: number) => string,
): string {
  const tuples: string[] = [];
  let p = 0;
  for (let r = 0; r < rowCount; r++) tuples.push(`(${columns.map(() => placeholder(p++)).join(', ')})`);
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`;
}

function chunks(rows: readonly unknown[][], size: number): unknown[][][] {
  const out: unknown[][][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function bulkWriter(db: Db): Promise<BulkWriter> {
  const limit = PARAMETER_LIMIT[db.dialect];
  const rowsPerStatement = (columns: readonly string[]) =>
    Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(limit / columns.length)));

  if (db.sqlite) {
    const sqlite = db.sqlite;
    const prepared = new Map<string, Statement>();
    const statement = (table: string, columns: readonly string[], n: number) => {
      const key = `${table}:${columns.length}:${n}`;
      let s = prepared.get(key);
      if (!s) prepared.set(key, (s = sqlite.prepare(insertSql(table, columns, n, () => '?'))));
      return s;
    };
    return {
      async insert(table, columns, rows) {
        for (const chunk of chunks(rows, rowsPerStatement(columns)))
          statement(table, columns, chunk.length).run(chunk.flat());
      },
      async transaction(work) {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const r = await work();
          sqlite.exec('COMMIT');
          return r;
        } catch (err) {
          sqlite.exec('ROLLBACK');
          throw err;
        }
      },
      async exec(sql) {
        sqlite.exec(sql);
      },
      async release() {},
    };
  }

  const client: PoolClient = await db.pool!.connect();
  const texts = new Map<string, string>();
  return {
    async insert(table, columns, rows) {
      for (const chunk of chunks(rows, rowsPerStatement(columns))) {
        // A named statement is parsed and planned once per connection and shape, then only bound.
        const name = `bulk_${table}_${columns.length}_${chunk.length}`;
        let text = texts.get(name);
        if (!text) texts.set(name, (text = insertSql(table, columns, chunk.length, (i) => `$${i + 1}`)));
        await client.query({ name, text, values: chunk.flat() });
      }
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const r = await work();
        await client.query('COMMIT');
        return r;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    },
    async exec(sql) {
      await client.query(sql);
    },
    async release() {
      client.release();
    },
  };
}
