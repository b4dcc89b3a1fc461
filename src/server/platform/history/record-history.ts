/**
 * Append-only change log used by every module (ARCHITECTURE "nothing lost", TKT-4).
 * Rows are only ever inserted; there is no update or delete path in the code base.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newId } from '../ids.ts';
import { actorIdForHistory, type Actor } from '../access/actor.ts';
import type { JsonValue } from '../http/json-value.ts';

export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface HistoryInput {
  projectId: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: Actor;
  at: Date;
  before?: unknown;
  after?: unknown;
  note?: string;
}

function historyRow(e: HistoryInput) {
  return {
    project_id: e.projectId,
    entry_id: newId(e.at.getTime()),
    entity_type: e.entityType,
    entity_id: e.entityId,
    action: e.action,
    actor_id: actorIdForHistory(e.actor),
    at: e.at.toISOString(),
    before_json: e.before === undefined ? null : JSON.stringify(e.before),
    after_json: e.after === undefined ? null : JSON.stringify(e.after),
    note: e.note ?? '',
  };
}

export async function recordHistory(db: DbOrTrx, e: HistoryInput): Promise<void> {
  await db.insertInto('history').values(historyRow(e)).execute();
}

/** Many entries in one statement (a bulk import records one per archive it touches). */
export async function recordHistoryMany(db: DbOrTrx, entries: HistoryInput[]): Promise<void> {
  if (entries.length) await db.insertInto('history').values(entries.map(historyRow)).execute();
}

export interface HistoryEntry {
  entryId: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  at: string;
  before: JsonValue | null;
  after: JsonValue | null;
  note: string;
}

/** The timeline of one entity, oldest first, with the actor's display name. */
export async function listHistory(
  db: DbOrTrx,
  projectId: string,
  entityType: string,
  entityId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('history as h')
    .leftJoin('users as u', 'u.user_id', 'h.actor_id')
    .select([
      'h.entry_id',
      'h.entity_type',
      'h.entity_id',
      'h.action',
      'h.actor_id',
      'u.display_name',
      'h.at',
      'h.before_json',
      'h.after_json',
      'h.note',
    ])
    .where('h.project_id', '=', projectId)
    .where('h.entity_type', '=', entityType)
    .where('h.entity_id', '=', entityId)
    .orderBy('h.at')
    .orderBy('h.entry_id')
    .execute();
  return rows.map((r) => ({
    entryId: r.entry_id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    actorId: r.actor_id,
    actorName: r.display_name,
    at: r.at,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    note: r.note,
  }));
}
