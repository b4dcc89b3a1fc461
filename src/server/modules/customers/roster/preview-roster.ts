/**
 * CUS-2 step 1: an uploaded roster is read, every row checked and the result kept as a
 * preview. Nothing reaches the archive until the preview is committed.
 */
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { readSheet } from './read-xlsx.ts';
import { parseRoster, RosterFileError } from './roster-rules.ts';
import { importSummary, rosterContext, type ImportSummary } from './roster-store.ts';
import { customersDb } from '../tables.ts';

/** @example await previewRoster(deps, actor, projectId, bytes, '业主清册.xlsx') // { importId, badRows, … } */
export async function previewRoster(
  deps: Deps,
  actor: Actor,
  projectId: string,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportSummary> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const sheet = await readSheet(bytes);
  let parsed;
  try {
    parsed = parseRoster(sheet, await rosterContext(deps.db.k, projectId));
  } catch (e) {
    if (e instanceof RosterFileError)
      throw new AppError('UNPROCESSABLE', {
        key: e.key,
        params: e.params,
        fields: [{ path: 'body', key: e.key, params: e.params }],
      });
    throw e;
  }
  const now = deps.clock.now();
  const importId = newId(now.getTime());
  const badRows = parsed.rows.filter((r) => r.problems.length > 0).length;
  const name = fileName.trim().slice(0, 120) || 'roster.xlsx';
  await deps.db.k.transaction().execute(async (trx) => {
    await customersDb(trx)
      .insertInto('roster_imports')
      .values({
        project_id: projectId,
        import_id: importId,
        file_name: name,
        status: 'previewed',
        total_rows: parsed.rows.length,
        bad_rows: badRows,
        rows_json: JSON.stringify(parsed),
        created_by: actor.userId || null,
        created_at: now.toISOString(),
        committed_by: null,
        committed_at: null,
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'roster_import',
      entityId: importId,
      action: 'previewed',
      actor,
      at: now,
      after: { fileName: name, totalRows: parsed.rows.length, badRows },
    });
  });
  return importSummary(deps.db.k, projectId, importId);
}
