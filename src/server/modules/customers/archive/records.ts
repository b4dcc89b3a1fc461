/**
 * CUS-5: archives that are not a customer's — service contracts (服务合同), correspondence
 * (往来函件), rules (规章制度), internal records (内部记录) — in one register: class, title,
 * reference number, counterparty, date, note, filed scans; searchable with the customers'.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError, versionConflict } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { listHistory, recordHistory } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import { listDocuments } from '../../../platform/signatures/documents.ts';
import { openLoansOf } from '../loans/loans.ts';
import type { CreateRecordBody, RecordDetail, UpdateRecordBody } from './archive.contract.ts';
import { customersDb } from '../tables.ts';

export type { RecordDetail } from './archive.contract.ts';

export async function getRecord(
  deps: Deps,
  actor: Actor,
  projectId: string,
  recordId: string,
): Promise<RecordDetail> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const r = await customersDb(deps.db.k)
    .selectFrom('archive_records')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.archive_record' } });
  const today = (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now());
  const [documents, loans, history] = await Promise.all([
    listDocuments(deps.db.k, projectId, 'archive_record', recordId),
    openLoansOf(deps.db.k, projectId, recordId, today),
    listHistory(deps.db.k, projectId, 'archive_record', recordId),
  ]);
  return {
    recordId,
    class: r.class as RecordDetail['class'],
    title: r.title,
    reference: r.reference,
    counterparty: r.counterparty,
    recordDay: r.record_day ? String(r.record_day) : null,
    note: r.note,
    createdAt: r.created_at,
    version: r.version,
    documents,
    loans,
    history: history.map((h) => ({ action: h.action, actorName: h.actorName, at: h.at })),
  };
}

export async function createRecord(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateRecordBody>,
): Promise<RecordDetail> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const at = deps.clock.now();
  const recordId = newId(at.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    await customersDb(trx)
      .insertInto('archive_records')
      .values({
        project_id: projectId,
        record_id: recordId,
        class: input.class,
        title: input.title,
        reference: input.reference,
        counterparty: input.counterparty,
        record_day: input.recordDay,
        note: input.note,
        created_by: actor.userId || null,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'archive_record',
      entityId: recordId,
      action: 'created',
      actor,
      at,
      after: input,
    });
  });
  return getRecord(deps, actor, projectId, recordId);
}

export async function updateRecord(
  deps: Deps,
  actor: Actor,
  projectId: string,
  recordId: string,
  input: z.infer<typeof UpdateRecordBody>,
): Promise<RecordDetail> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const at = deps.clock.now();
  const { version, recordDay, ...rest } = input;
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await customersDb(trx)
      .selectFrom('archive_records')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('record_id', '=', recordId)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', { params: { what: 'what.archive_record' } });
    const done = await customersDb(trx)
      .updateTable('archive_records')
      .set({
        ...rest,
        ...(recordDay !== undefined && { record_day: recordDay }),
        version: version + 1,
        updated_at: at.toISOString(),
      })
      .where('project_id', '=', projectId)
      .where('record_id', '=', recordId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw versionConflict();
    await recordHistory(trx, {
      projectId,
      entityType: 'archive_record',
      entityId: recordId,
      action: 'updated',
      actor,
      at,
      before: { class: before.class, title: before.title, reference: before.reference },
      after: input,
    });
  });
  return getRecord(deps, actor, projectId, recordId);
}
