/**
 * CUS-3: every view of a full owner archive — and every time unmasked owner data leaves the
 * screen (an approved export, the night supervisor's emergency list, a number shown for a
 * release pass's confirmation call) — is logged: who,
 * when, why and what was shown. Insert-only; read by managers (archive.approve).
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import type { AccessKind } from './archive-rules.ts';
import type { AccessLogQuery, AccessLogRow } from './archive.contract.ts';
import type { JsonValue } from '../../../platform/http/json-value.ts';

export { ACCESS_KINDS, type AccessKind } from './archive-rules.ts';
export type { AccessLogRow } from './archive.contract.ts';

export interface AccessEntry {
  projectId: string;
  kind: AccessKind;
  actor: Actor;
  at: Date;
  reason: string;
  customerId?: string;
  exportId?: string;
  /** What was shown: the fields of an archive, or how many rows a list carried. */
  shown: Record<string, unknown>;
}

export async function logAccess(db: DbOrTrx, e: AccessEntry): Promise<string> {
  const accessId = newId(e.at.getTime());
  await db
    .insertInto('archive_access_log')
    .values({
      project_id: e.projectId,
      access_id: accessId,
      kind: e.kind,
      customer_id: e.customerId ?? null,
      export_id: e.exportId ?? null,
      actor_id: e.actor.userId || null,
      at: e.at.toISOString(),
      reason: e.reason,
      shown_json: JSON.stringify(e.shown),
    })
    .execute();
  return accessId;
}

/** The log, newest first. */
export async function listAccessLog(
  db: DbOrTrx,
  actor: Actor,
  projectId: string,
  q: z.infer<typeof AccessLogQuery>,
): Promise<{ total: number; rows: AccessLogRow[] }> {
  requireAccess({ actor, permission: 'archive.approve', projectId });
  let base = db.selectFrom('archive_access_log as l').where('l.project_id', '=', projectId);
  if (q.customerId) base = base.where('l.customer_id', '=', q.customerId);
  if (q.kind) base = base.where('l.kind', '=', q.kind);
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .leftJoin('users as u', 'u.user_id', 'l.actor_id')
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'l.project_id').onRef('c.customer_id', '=', 'l.customer_id'),
    )
    .select([
      'l.access_id',
      'l.kind',
      'l.at',
      'u.display_name',
      'l.customer_id',
      'c.name',
      'l.export_id',
      'l.reason',
      'l.shown_json',
    ])
    .orderBy('l.at', 'desc')
    .orderBy('l.access_id', 'desc')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  return {
    total,
    rows: rows.map((r) => ({
      accessId: r.access_id,
      kind: r.kind as AccessKind,
      at: r.at,
      actorName: r.display_name ?? null,
      customerId: r.customer_id,
      customerName: r.name ?? null,
      exportId: r.export_id,
      reason: r.reason,
      shown: JSON.parse(r.shown_json) as Record<string, JsonValue>,
    })),
  };
}
