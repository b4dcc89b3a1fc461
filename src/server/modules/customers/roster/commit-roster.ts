/**
 * CUS-2 step 2: a previewed roster goes into the archive in ONE transaction — all of its good
 * rows or nothing. Refused while rows have problems, unless the user chose to skip them;
 * refused when the roster changed since the preview (another import took one of its units).
 * Large files report progress after every chunk of rows (the route streams it).
 */
import { sql } from 'kysely';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../../platform/history/record-history.ts';
import { goodRows, idKey } from './roster-rules.ts';
import { importSummary, loadParsed, rosterContext, type ImportSummary } from './roster-store.ts';
import { OwnerWriter, type GoodRow } from './owner-writer.ts';
import { customersDb } from '../tables.ts';

export interface CommitOptions {
  /** The user saw the bad rows and chose to leave them out. */
  skipBadRows: boolean;
}
export type OnProgress = (done: number, total: number) => void;

export const COMMIT_CHUNK = 250;

/**
 * The refusals a commit can meet before it writes anything; the route calls this first so
 * a refusal is an ordinary error response, not a line in the progress stream.
 */
export async function checkCommit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  importId: string,
  o: CommitOptions,
): Promise<{ rows: GoodRow[]; skipped: number }> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const { status, parsed } = await loadParsed(deps.db.k, projectId, importId);
  if (status !== 'previewed') throw new AppError('CONFLICT', { key: `roster.already_${status}` });
  const rows = goodRows(parsed.rows) as GoodRow[];
  const skipped = parsed.rows.length - rows.length;
  if (skipped > 0 && !o.skipBadRows)
    throw new AppError('UNPROCESSABLE', {
      key: 'roster.has_problems',
      params: { count: skipped },
      fields: [{ path: 'skipBadRows', key: 'roster.has_problems', params: { count: skipped } }],
    });
  if (rows.length === 0) throw new AppError('UNPROCESSABLE', { key: 'roster.nothing_to_import' });
  return { rows, skipped };
}

/** Roster commits of one project run one at a time (SQLite has a single writer anyway). */
async function lockRoster(trx: DbOrTrx, dialect: Deps['db']['dialect'], projectId: string): Promise<void> {
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext(${`roster:${projectId}`}))`.execute(trx);
}

/** @example await commitRoster(deps, actor, projectId, importId, { skipBadRows: true }, (done, total) => …) */
export async function commitRoster(
  deps: Deps,
  actor: Actor,
  projectId: string,
  importId: string,
  o: CommitOptions,
  onProgress?: OnProgress,
): Promise<ImportSummary> {
  const { rows, skipped } = await checkCommit(deps, actor, projectId, importId, o);
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    await lockRoster(trx, deps.db.dialect, projectId);
    const claimed = await customersDb(trx)
      .updateTable('roster_imports')
      .set({
        status: 'committed',
        committed_by: actor.userId || null,
        committed_at: at.toISOString(),
        imported_rows: rows.length,
        skipped_rows: skipped,
      })
      .where('project_id', '=', projectId)
      .where('import_id', '=', importId)
      .where('status', '=', 'previewed')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', { key: 'roster.already_committed' });
    // What the preview was checked against may have moved: another import, an archive with the same document.
    const now = await rosterContext(trx, projectId);
    const stale = rows.filter(
      (r) =>
        now.rostered.has(r.unitId) ||
        (now.idOwners.get(idKey(r.idType, r.values.idNumber)) ?? r.values.ownerName) !== r.values.ownerName,
    );
    if (stale.length)
      throw new AppError('CONFLICT', {
        key: 'roster.changed_since_preview',
        params: {
          rows: stale
            .slice(0, 10)
            .map((r) => r.row)
            .join('、'),
        },
      });
    const writer = new OwnerWriter(trx, { projectId, importId, actor, at });
    await writer.load(rows);
    let created = 0;
    onProgress?.(0, rows.length);
    for (let done = 0; done < rows.length; done += COMMIT_CHUNK) {
      created += await writer.write(rows.slice(done, done + COMMIT_CHUNK));
      onProgress?.(Math.min(done + COMMIT_CHUNK, rows.length), rows.length);
    }
    await recordHistory(trx, {
      projectId,
      entityType: 'roster_import',
      entityId: importId,
      action: 'committed',
      actor,
      at,
      after: { importedRows: rows.length, skippedRows: skipped, archivesCreated: created },
    });
  });
  return importSummary(deps.db.k, projectId, importId);
}

/** A preview nobody will import: kept (nothing is deleted) but closed. */
export async function discardRoster(
  deps: Deps,
  actor: Actor,
  projectId: string,
  importId: string,
): Promise<ImportSummary> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const done = await customersDb(trx)
      .updateTable('roster_imports')
      .set({ status: 'discarded' })
      .where('project_id', '=', projectId)
      .where('import_id', '=', importId)
      .where('status', '=', 'previewed')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', {
        key: `roster.already_${(await importSummary(trx, projectId, importId)).status}`,
      });
    await recordHistory(trx, {
      projectId,
      entityType: 'roster_import',
      entityId: importId,
      action: 'discarded',
      actor,
      at,
    });
  });
  return importSummary(deps.db.k, projectId, importId);
}
