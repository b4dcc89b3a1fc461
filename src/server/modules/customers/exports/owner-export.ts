/**
 * CUS-3: the approved owner-data export itself — unmasked, one .xlsx, downloaded once by the
 * person who asked, before it expires. Claiming the download, reading the data, the access
 * log entry and the history commit together: a failed download can be tried again, a
 * successful one never twice.
 */
import ExcelJS from 'exceljs';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../../platform/history/record-history.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { localDateTime } from '../../../platform/print/format.ts';
import { logAccess } from '../archive/access-log.ts';
import { ID_TYPES, type IdType } from '../rules.ts';
import { ID_TYPE_WORDS } from '../roster/roster-rules.ts';
import { downloadRefusal, type ExportStatus } from './export-rules.ts';
import { getExport, type ExportDto } from './export-requests.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import { customersDb } from '../tables.ts';

const LABELS = {
  'zh-CN': {
    sheet: '业主资料',
    about: '导出说明',
    columns: [
      '楼栋',
      '房号',
      '业主姓名/名称',
      '证件类型',
      '证件号码',
      '联系电话',
      '紧急联系电话',
      '生日',
      '车辆',
    ],
    meta: ['项目', '用途', '接收方', '申请人', '批准人', '批准时间', '导出时间', '行数'],
    note: '本文件含业主个人信息，仅限上述用途使用，不得转交他人。',
  },
  en: {
    sheet: 'Owners',
    about: 'About this export',
    columns: [
      'Building',
      'Unit',
      'Owner',
      'ID type',
      'ID number',
      'Phones',
      'Emergency phone',
      'Birthday',
      'Vehicles',
    ],
    meta: [
      'Project',
      'Purpose',
      'Recipient',
      'Requested by',
      'Approved by',
      'Approved at',
      'Exported at',
      'Rows',
    ],
    note: "This file holds owners' personal data: use it for the purpose above only and pass it on to no one.",
  },
} as const;

function idTypeLabel(type: string, locale: Locale): string {
  if (!(ID_TYPES as readonly string[]).includes(type)) return type;
  const words = ID_TYPE_WORDS[type as IdType];
  return locale === 'en' ? words[words.length - 1]! : words[0]!;
}

/** Owners of the scope's units, unmasked, by unit. */
async function ownerRows(
  db: DbOrTrx,
  projectId: string,
  buildingId: string | null,
  locale: Locale,
): Promise<string[][]> {
  let q = db
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select([
      'b.name as building',
      'u.code',
      'c.customer_id',
      'c.name',
      'c.id_type',
      'c.id_number',
      'c.emergency_phone',
      'c.birthday',
    ])
    .where('cu.project_id', '=', projectId)
    .where('cu.relation', '=', 'owner');
  if (buildingId) q = q.where('u.building_id', '=', buildingId);
  const rows = await q.orderBy('b.code').orderBy('u.code').orderBy('c.name').execute();
  const ids = [...new Set(rows.map((r) => r.customer_id))];
  const phones = new Map<string, string[]>();
  const plates = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    for (const p of await db
      .selectFrom('customer_phones')
      .select(['customer_id', 'phone'])
      .where('project_id', '=', projectId)
      .where('customer_id', 'in', part)
      .orderBy('phone_norm')
      .execute())
      phones.set(p.customer_id, [...(phones.get(p.customer_id) ?? []), p.phone]);
    for (const v of await db
      .selectFrom('customer_vehicles')
      .select(['customer_id', 'plate'])
      .where('project_id', '=', projectId)
      .where('customer_id', 'in', part)
      .orderBy('plate')
      .execute())
      plates.set(v.customer_id, [...(plates.get(v.customer_id) ?? []), v.plate]);
  }
  return rows.map((r) => [
    r.building,
    r.code,
    r.name,
    idTypeLabel(r.id_type, locale),
    r.id_number,
    (phones.get(r.customer_id) ?? []).join('、'),
    r.emergency_phone,
    r.birthday ? String(r.birthday) : '',
    (plates.get(r.customer_id) ?? []).join('、'),
  ]);
}

async function workbook(
  rows: string[][],
  e: ExportDto,
  project: { name: string; timeZone: string },
  at: Date,
  locale: Locale,
): Promise<Buffer> {
  const L = LABELS[locale];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(L.sheet);
  ws.columns = L.columns.map((header, i) => ({
    header,
    width: [14, 10, 22, 12, 22, 26, 16, 12, 20][i],
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const about = wb.addWorksheet(L.about);
  about.columns = [{ width: 14 }, { width: 60 }];
  const values = [
    project.name,
    e.purpose,
    e.recipient,
    e.requestedByName ?? '',
    e.decidedByName ?? '',
    localDateTime(e.decidedAt, project.timeZone),
    localDateTime(at.toISOString(), project.timeZone),
    String(rows.length),
  ];
  L.meta.forEach((label, i) => about.addRow([label, values[i]]));
  about.addRow([]);
  about.addRow([L.note]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function downloadExport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  exportId: string,
  locale: Locale,
): Promise<{ filename: string; body: Buffer }> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const at = deps.clock.now();
  const project = await projectClock(deps.db.k, projectId);
  return deps.db.k.transaction().execute(async (trx) => {
    const r = await customersDb(trx)
      .selectFrom('export_requests')
      .select(['status', 'requested_by', 'expires_at', 'building_id', 'version'])
      .where('project_id', '=', projectId)
      .where('export_id', '=', exportId)
      .executeTakeFirst();
    if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.export_request' } });
    const refusal = downloadRefusal(
      { status: r.status as ExportStatus, requestedBy: r.requested_by, expiresAt: r.expires_at },
      actor.userId,
      at,
    );
    if (refusal)
      throw new AppError(refusal === 'export.not_requester' ? 'FORBIDDEN' : 'CONFLICT', { key: refusal });
    const rows = await ownerRows(trx, projectId, r.building_id, locale);
    const claimed = await customersDb(trx)
      .updateTable('export_requests')
      .set({
        status: 'downloaded',
        downloaded_at: at.toISOString(),
        row_count: rows.length,
        version: r.version + 1,
      })
      .where('project_id', '=', projectId)
      .where('export_id', '=', exportId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', { key: 'export.already_downloaded' });
    const e = await getExport(trx, projectId, exportId, at);
    await logAccess(trx, {
      projectId,
      kind: 'export',
      actor,
      at,
      reason: e.purpose,
      exportId,
      shown: { rows: rows.length, recipient: e.recipient },
    });
    await recordHistory(trx, {
      projectId,
      entityType: 'export_request',
      entityId: exportId,
      action: 'downloaded',
      actor,
      at,
      after: { rows: rows.length },
    });
    return {
      filename: `owners-${project.dayOf(at)}.xlsx`,
      body: await workbook(rows, e, project, at, locale),
    };
  });
}
