/** SQL of the release pass: the locked read each step starts with, rows to answers, the REL-2 count. */
import type { Selectable } from 'kysely';
import { notFound } from '../../platform/errors.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { maskPhone } from '../../platform/print/format.ts';
import { missingSignatures } from '../../platform/signatures/signatures.ts';
import {
  confirmationParty,
  passActions,
  requiredSignatures,
  type CarrierType,
  type PassState,
} from './rules.ts';
import type { PassDto } from './contract.ts';
import type { PassesTable, PDbOrTrx } from './tables.ts';
import { likeContains } from '../../platform/db/like.ts';

export type PassRow = Selectable<PassesTable>;
export const PASS_ENTITY = 'pass';

function passQuery(db: PDbOrTrx, projectId: string, by: { passId?: string; number?: string }) {
  const q = db.selectFrom('passes').selectAll().where('project_id', '=', projectId);
  return by.passId ? q.where('pass_id', '=', by.passId) : q.where('number', '=', by.number ?? '');
}

export async function findPass(
  db: PDbOrTrx,
  projectId: string,
  by: { passId?: string; number?: string },
): Promise<PassRow> {
  const row = await passQuery(db, projectId, by).executeTakeFirst();
  if (!row) throw notFound('what.pass');
  return row;
}

/** Locked on PostgreSQL for the rest of the transaction: two guards at two gates cannot both let it out. */
export async function lockPass(
  trx: PDbOrTrx,
  dialect: Dialect,
  projectId: string,
  by: { passId?: string; number?: string },
): Promise<PassRow> {
  const q = passQuery(trx, projectId, by);
  const row = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
  if (!row) throw notFound('what.pass');
  return row;
}

/** Temporary passes of a unit since `since` (REL-2), refused ones included: attempts count too. */
export async function temporaryPassesSince(
  db: PDbOrTrx,
  projectId: string,
  unitId: string,
  since: Date,
): Promise<number> {
  const r = await db
    .selectFrom('passes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('purpose', '=', 'temporary')
    .where('state', '!=', 'cancelled')
    .where('created_at', '>=', since.toISOString())
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export interface PassFilter {
  passIds?: string[];
  state?: string;
  unitId?: string;
  /** Created at or after (ISO). */
  since?: string;
  q?: string;
}

export async function passDtos(db: PDbOrTrx, projectId: string, f: PassFilter = {}): Promise<PassDto[]> {
  let q = db
    .selectFrom('passes as p')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'p.project_id').onRef('u.unit_id', '=', 'p.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('users as cb', 'cb.user_id', 'p.call_by')
    .leftJoin('users as ib', 'ib.user_id', 'p.issued_by')
    .leftJoin('users as kb', 'kb.user_id', 'p.checked_by')
    .leftJoin('users as mb', 'mb.user_id', 'p.created_by')
    .selectAll('p')
    .select([
      'u.code as unit_code',
      'b.name as building_name',
      'cb.display_name as call_by_name',
      'ib.display_name as issued_by_name',
      'kb.display_name as checked_by_name',
      'mb.display_name as created_by_name',
    ])
    .where('p.project_id', '=', projectId);
  if (f.passIds) q = q.where('p.pass_id', 'in', f.passIds.length ? f.passIds : ['']);
  if (f.state) q = q.where('p.state', '=', f.state);
  if (f.unitId) q = q.where('p.unit_id', '=', f.unitId);
  if (f.since) q = q.where('p.created_at', '>=', f.since);
  const text = f.q;
  if (text)
    q = q.where((eb) =>
      eb.or([
        likeContains('p.number', text),
        likeContains('p.carrier_name', text),
        likeContains('u.code', text),
      ]),
    );
  const rows = await q.orderBy('p.created_at', 'desc').orderBy('p.pass_id', 'desc').limit(200).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.pass_id);
  const items = await db
    .selectFrom('pass_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('pass_id', 'in', ids)
    .orderBy('line_no')
    .execute();
  const sigs = await db
    .selectFrom('signatures')
    .select(['entity_id', 'purpose', 'signer_name', 'signer_role', 'method', 'document_id', 'signed_at'])
    .where('project_id', '=', projectId)
    .where('entity_type', '=', PASS_ENTITY)
    .where('entity_id', 'in', ids)
    .orderBy('signed_at')
    .execute();
  return rows.map((r) => {
    const signatures = sigs
      .filter((s) => s.entity_id === r.pass_id)
      .map((s) => ({
        purpose: s.purpose,
        signerName: s.signer_name,
        signerRole: s.signer_role,
        method: s.method,
        documentId: s.document_id,
        signedAt: s.signed_at,
      }));
    const required = requiredSignatures(r.carrier_type as CarrierType);
    return {
      passId: r.pass_id,
      number: r.number,
      unitId: r.unit_id,
      unitCode: r.unit_code,
      buildingName: r.building_name,
      customerId: r.customer_id,
      carrierType: r.carrier_type as PassDto['carrierType'],
      carrierName: r.carrier_name,
      carrierPhone: maskPhone(r.carrier_phone),
      carrierIdMasked: r.carrier_id_masked,
      purpose: r.purpose as PassDto['purpose'],
      purposeNote: r.purpose_note,
      items: items
        .filter((i) => i.pass_id === r.pass_id)
        .map((i) => ({
          category: i.category as PassDto['items'][number]['category'],
          name: i.name,
          quantity: i.quantity,
        })),
      flags: JSON.parse(r.flags) as string[],
      state: r.state as PassState,
      refusal: r.refusal,
      owedFen: r.owed_fen === null ? null : Number(r.owed_fen),
      arrearsCheckedAt: r.arrears_checked_at,
      callParty: confirmationParty(r.carrier_type as CarrierType),
      call: r.called_at
        ? {
            name: r.call_name ?? '',
            phone: maskPhone(r.call_phone),
            at: r.called_at,
            answer: r.call_answer as 'agreed',
            note: r.call_note ?? '',
            byName: r.call_by_name ?? '',
          }
        : null,
      signatures,
      requiredSignatures: required,
      missingSignatures: missingSignatures(signatures, required),
      issuedAt: r.issued_at,
      issuedByName: r.issued_by_name ?? null,
      validOn: r.valid_on === null ? null : String(r.valid_on),
      checkedAt: r.checked_at,
      checkedByName: r.checked_by_name ?? null,
      gateNote: r.gate_note,
      cancelledAt: r.cancelled_at,
      cancelReason: r.cancel_reason,
      createdAt: r.created_at,
      createdByName: r.created_by_name ?? null,
      version: r.version,
      actions: passActions(r.state as PassState),
    };
  });
}

export async function passDto(db: PDbOrTrx, projectId: string, passId: string): Promise<PassDto> {
  const [p] = await passDtos(db, projectId, { passIds: [passId] });
  if (!p) throw notFound('what.pass');
  return p;
}
