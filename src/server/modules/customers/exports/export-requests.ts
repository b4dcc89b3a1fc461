/**
 * CUS-3: exporting owner data outside the company needs a manager's approval. The archivist
 * asks (scope, purpose, who receives it); a manager holding archive.approve — not the one who
 * asked — approves or refuses with a note. Every step is in the request's history.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireSeparateApprover } from '../../../platform/access/separate-approver.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { requireAnyOf } from '../archive/access.ts';
import {
  decisionRefusal,
  expiryOf,
  exportState,
  type ExportState,
  type ExportStatus,
} from './export-rules.ts';
import type { ExportDto, ExportRequestBody } from './exports.contract.ts';
import { customersDb } from '../tables.ts';

export type { ExportDto } from './exports.contract.ts';

function exportsQuery(db: DbOrTrx, projectId: string) {
  return customersDb(db)
    .selectFrom('export_requests as e')
    .leftJoin('users as r', 'r.user_id', 'e.requested_by')
    .leftJoin('users as d', 'd.user_id', 'e.decided_by')
    .leftJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'e.project_id').onRef('b.building_id', '=', 'e.building_id'),
    )
    .select([
      'e.export_id',
      'e.building_id',
      'b.name as building_name',
      'e.purpose',
      'e.recipient',
      'e.status',
      'e.requested_by',
      'r.display_name as requested_by_name',
      'e.requested_at',
      'd.display_name as decided_by_name',
      'e.decided_at',
      'e.decision_note',
      'e.expires_at',
      'e.downloaded_at',
      'e.row_count',
    ])
    .where('e.project_id', '=', projectId);
}

async function loadExports(
  db: DbOrTrx,
  projectId: string,
  now: Date,
  exportId?: string,
): Promise<ExportDto[]> {
  let q = exportsQuery(db, projectId);
  if (exportId) q = q.where('e.export_id', '=', exportId);
  const rows = await q.orderBy('e.requested_at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    exportId: r.export_id,
    buildingId: r.building_id,
    buildingName: r.building_name ?? null,
    purpose: r.purpose,
    recipient: r.recipient,
    state: exportState(
      { status: r.status as ExportStatus, requestedBy: r.requested_by, expiresAt: r.expires_at },
      now,
    ),
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name ?? null,
    requestedAt: r.requested_at,
    decidedByName: r.decided_by_name ?? null,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    expiresAt: r.expires_at,
    downloadedAt: r.downloaded_at,
    rowCount: r.row_count === null ? null : Number(r.row_count),
  }));
}

export async function getExport(
  db: DbOrTrx,
  projectId: string,
  exportId: string,
  now: Date,
): Promise<ExportDto> {
  const found = (await loadExports(db, projectId, now, exportId))[0];
  if (!found) throw new AppError('NOT_FOUND', { params: { what: 'what.export_request' } });
  return found;
}

export async function listExports(deps: Deps, actor: Actor, projectId: string): Promise<ExportDto[]> {
  requireAnyOf(actor, ['archive.open', 'archive.approve'], projectId);
  return loadExports(deps.db.k, projectId, deps.clock.now());
}

export async function requestExport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof ExportRequestBody>,
): Promise<ExportDto> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const at = deps.clock.now();
  const exportId = newId(at.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    if (input.buildingId) {
      const b = await trx
        .selectFrom('buildings')
        .select('building_id')
        .where('project_id', '=', projectId)
        .where('building_id', '=', input.buildingId)
        .executeTakeFirst();
      if (!b)
        throw new AppError('UNPROCESSABLE', {
          key: 'error.NOT_FOUND',
          params: { what: 'what.building' },
          fields: [{ path: 'buildingId', key: 'error.NOT_FOUND', params: { what: 'what.building' } }],
        });
    }
    await customersDb(trx)
      .insertInto('export_requests')
      .values({
        project_id: projectId,
        export_id: exportId,
        building_id: input.buildingId,
        purpose: input.purpose,
        recipient: input.recipient,
        status: 'requested',
        requested_by: actor.userId || null,
        requested_at: at.toISOString(),
        decided_by: null,
        decided_at: null,
        expires_at: null,
        downloaded_at: null,
        row_count: null,
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'export_request',
      entityId: exportId,
      action: 'requested',
      actor,
      at,
      after: input,
    });
  });
  return getExport(deps.db.k, projectId, exportId, at);
}

/** A manager approves (the export may then be downloaded once, for EXPORT_VALID_DAYS) or refuses with a note. */
export async function decideExport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  exportId: string,
  decision: { approve: boolean; note: string },
): Promise<ExportDto> {
  requireAccess({ actor, permission: 'archive.approve', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const r = await customersDb(trx)
      .selectFrom('export_requests')
      .select(['status', 'requested_by', 'expires_at', 'version'])
      .where('project_id', '=', projectId)
      .where('export_id', '=', exportId)
      .executeTakeFirst();
    if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.export_request' } });
    const refusal = decisionRefusal({
      status: r.status as ExportStatus,
      requestedBy: r.requested_by,
      expiresAt: r.expires_at,
    });
    if (refusal) throw new AppError('CONFLICT', { key: refusal });
    await requireSeparateApprover(trx, { requesters: [r.requested_by], approver: actor.userId });
    const status = decision.approve ? 'approved' : 'refused';
    const done = await customersDb(trx)
      .updateTable('export_requests')
      .set({
        status,
        decided_by: actor.userId || null,
        decided_at: at.toISOString(),
        decision_note: decision.note,
        expires_at: decision.approve ? expiryOf(at).toISOString() : null,
        version: r.version + 1,
      })
      .where('project_id', '=', projectId)
      .where('export_id', '=', exportId)
      .where('status', '=', 'requested')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { key: 'export.already_decided' });
    await recordHistory(trx, {
      projectId,
      entityType: 'export_request',
      entityId: exportId,
      action: status,
      actor,
      at,
      note: decision.note,
    });
  });
  return getExport(deps.db.k, projectId, exportId, at);
}
