/** SQL of the key register: rows to answers, the locked read every change starts with, the movement log. */
import type { Selectable } from 'kysely';
import { notFound } from '../../platform/errors.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { actorIdForHistory, type Actor } from '../../platform/access/actor.ts';
import {
  keyActions,
  pendingStep,
  type Approval,
  type ApprovalStep,
  type KeyKind,
  type KeyState,
} from './rules.ts';
import type { KeyDto, KeyRequestDto } from './contract.ts';
import type { KDbOrTrx, KeyRequestsTable, KeysTable } from './tables.ts';
import { likeContains } from '../../platform/db/like.ts';

export type KeyRow = Selectable<KeysTable>;
export type RequestRow = Selectable<KeyRequestsTable>;

/**
 * The key row, locked for the rest of the transaction on PostgreSQL (two clerks taking the
 * same key: the second waits, then sees it gone); SQLite's single writer serialises anyway.
 */
export async function lockKey(
  trx: KDbOrTrx,
  dialect: Dialect,
  projectId: string,
  keyId: string,
): Promise<KeyRow> {
  let q = trx.selectFrom('keys').selectAll().where('project_id', '=', projectId).where('key_id', '=', keyId);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('what.key');
  return row;
}

export async function lockRequest(
  trx: KDbOrTrx,
  dialect: Dialect,
  projectId: string,
  requestId: string,
): Promise<RequestRow> {
  let q = trx
    .selectFrom('key_requests')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('request_id', '=', requestId);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('what.key_request');
  return row;
}

export async function setKeyState(
  trx: KDbOrTrx,
  key: KeyRow,
  state: KeyState,
  holder: { name: string; userId: string | null },
  at: Date,
): Promise<void> {
  await trx
    .updateTable('keys')
    .set({
      state,
      holder_name: holder.name,
      holder_user_id: holder.userId,
      updated_at: at.toISOString(),
      version: key.version + 1,
    })
    .where('project_id', '=', key.project_id)
    .where('key_id', '=', key.key_id)
    .execute();
}

export interface MovementInput {
  kind: 'registered' | 'issued' | 'viewing' | 'borrowed' | 'returned' | 'lost';
  personName?: string;
  customerId?: string | null;
  userId?: string | null;
  idNumberMasked?: string;
  requestId?: string | null;
  detail?: Record<string, unknown>;
  note?: string;
}

export async function addMovement(
  trx: KDbOrTrx,
  key: KeyRow,
  m: MovementInput,
  actor: Actor,
  at: Date,
  movementId = newId(at.getTime()),
): Promise<string> {
  await trx
    .insertInto('key_movements')
    .values({
      project_id: key.project_id,
      movement_id: movementId,
      key_id: key.key_id,
      kind: m.kind,
      person_name: m.personName ?? '',
      customer_id: m.customerId ?? null,
      user_id: m.userId ?? null,
      id_number_masked: m.idNumberMasked ?? '',
      request_id: m.requestId ?? null,
      detail: JSON.stringify(m.detail ?? {}),
      note: m.note ?? '',
      at: at.toISOString(),
      actor_id: actorIdForHistory(actor),
    })
    .execute();
  return movementId;
}

/** The key as a row of the register, with names resolved. */
export async function keyDtos(
  db: KDbOrTrx,
  projectId: string,
  filter: { keyIds?: string[]; unitId?: string; state?: string; q?: string } = {},
): Promise<KeyDto[]> {
  let q = db
    .selectFrom('keys as k')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'k.project_id').onRef('u.unit_id', '=', 'k.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('users as w', 'w.user_id', 'k.keeper_id')
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'k.project_id').onRef('c.customer_id', '=', 'k.entrusted_by'),
    )
    .selectAll('k')
    .select([
      'u.code as unit_code',
      'u.status as unit_status',
      'b.name as building_name',
      'w.display_name as keeper_name',
      'c.name as entrusted_by_name',
    ])
    .where('k.project_id', '=', projectId);
  if (filter.keyIds) q = q.where('k.key_id', 'in', filter.keyIds.length ? filter.keyIds : ['']);
  if (filter.unitId) q = q.where('k.unit_id', '=', filter.unitId);
  if (filter.state) q = q.where('k.state', '=', filter.state);
  const text = filter.q;
  if (text)
    q = q.where((eb) =>
      eb.or([
        likeContains('k.number', text),
        likeContains('u.code', text),
        likeContains('k.cabinet_slot', text),
      ]),
    );
  const rows = await q.orderBy('k.number').limit(500).execute();
  const ids = rows.map((r) => r.key_id);
  const entrusted = ids.length
    ? await db
        .selectFrom('key_entrusted as e')
        .innerJoin('customers as c', (j) =>
          j.onRef('c.project_id', '=', 'e.project_id').onRef('c.customer_id', '=', 'e.customer_id'),
        )
        .select(['e.key_id', 'e.customer_id', 'c.name'])
        .where('e.project_id', '=', projectId)
        .where('e.key_id', 'in', ids)
        .orderBy('e.created_at')
        .execute()
    : [];
  return rows.map((r) => ({
    keyId: r.key_id,
    number: r.number,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    buildingName: r.building_name,
    unitStatus: r.unit_status,
    kind: r.kind as KeyDto['kind'],
    cabinetSlot: r.cabinet_slot,
    state: r.state as KeyState,
    keeperId: r.keeper_id,
    keeperName: r.keeper_name ?? '',
    entrustedBy: r.entrusted_by ? { customerId: r.entrusted_by, name: r.entrusted_by_name ?? '' } : null,
    entrusted: entrusted
      .filter((e) => e.key_id === r.key_id)
      .map((e) => ({ customerId: e.customer_id, name: e.name })),
    holderName: r.holder_name,
    holderUserId: r.holder_user_id,
    note: r.note,
    createdAt: r.created_at,
    version: r.version,
    actions: keyActions(r.state as KeyState, r.kind as KeyKind),
  }));
}

export async function approvalsOf(db: KDbOrTrx, projectId: string, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('key_approvals as a')
    .leftJoin('users as u', 'u.user_id', 'a.user_id')
    .select(['a.request_id', 'a.step', 'a.decision', 'a.user_id', 'a.note', 'a.at', 'u.display_name'])
    .where('a.project_id', '=', projectId)
    .where('a.request_id', 'in', requestIds)
    .orderBy('a.at')
    .execute();
}

/** Approvals of one request in the rules' shape. */
export async function decisionsOf(db: KDbOrTrx, projectId: string, requestId: string): Promise<Approval[]> {
  const rows = await approvalsOf(db, projectId, [requestId]);
  return rows.map((a) => ({ step: a.step, decision: a.decision as Approval['decision'], userId: a.user_id }));
}

export async function requestDtos(
  db: KDbOrTrx,
  projectId: string,
  filter: { keyId?: string; requestIds?: string[]; state?: string },
): Promise<KeyRequestDto[]> {
  let q = db
    .selectFrom('key_requests as r')
    .leftJoin('users as u', 'u.user_id', 'r.borrower_id')
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'r.project_id').onRef('c.customer_id', '=', 'r.customer_id'),
    )
    .selectAll('r')
    .select(['u.display_name as borrower_name', 'c.name as customer_name'])
    .where('r.project_id', '=', projectId);
  if (filter.keyId) q = q.where('r.key_id', '=', filter.keyId);
  if (filter.requestIds)
    q = q.where('r.request_id', 'in', filter.requestIds.length ? filter.requestIds : ['']);
  if (filter.state) q = q.where('r.state', '=', filter.state);
  const rows = await q.orderBy('r.created_at', 'desc').limit(200).execute();
  const approvals = await approvalsOf(
    db,
    projectId,
    rows.map((r) => r.request_id),
  );
  return rows.map((r) => {
    const steps = JSON.parse(r.steps) as ApprovalStep[];
    const mine = approvals.filter((a) => a.request_id === r.request_id);
    return {
      requestId: r.request_id,
      keyId: r.key_id,
      kind: r.kind as KeyRequestDto['kind'],
      borrowerId: r.borrower_id,
      borrowerName: r.borrower_name ?? null,
      customerId: r.customer_id,
      customerName: r.customer_name ?? null,
      reason: r.reason,
      irregular: r.irregular === 1,
      irregularReasons: JSON.parse(r.irregular_reasons) as string[],
      steps,
      pendingStep:
        r.state === 'pending'
          ? pendingStep(
              steps,
              mine.map((a) => ({
                step: a.step,
                decision: a.decision as Approval['decision'],
                userId: a.user_id,
              })),
            )
          : null,
      approvals: mine.map((a) => ({
        step: a.step,
        decision: a.decision,
        userId: a.user_id,
        userName: a.display_name ?? '',
        note: a.note,
        at: a.at,
      })),
      dueAt: r.due_at,
      state: r.state as KeyRequestDto['state'],
      createdAt: r.created_at,
    };
  });
}

/** Active staff members of the project (escorts, borrowers, keepers), by id → display name. */
export async function projectStaff(
  db: KDbOrTrx,
  projectId: string,
  userIds: string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['u.user_id', 'u.display_name'])
    .distinct()
    .where('m.project_id', '=', projectId)
    .where('u.active', '=', 1)
    .where('u.user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.display_name]));
}
