/** Photos on a ticket (TKT-1) and the stored signature (REP-5): kept in the database with the ticket, so backups hold them. */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { appendEvent, getTicketRow } from './ticket-repo.ts';
import { requireSeeTicket } from './ticket-access.ts';
import { announce } from '../../platform/events/announce.ts';
import { ticketsDb } from './tables.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The file's first bytes must say what the Content-Type claims. */
export function sniffImage(bytes: Uint8Array): (typeof PHOTO_TYPES)[number] | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (
    bytes[0] === 0x52 &&
    bytes[1] === 0x49 &&
    bytes[2] === 0x46 &&
    bytes[3] === 0x46 &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45
  )
    return 'image/webp';
  return null;
}

export async function addPhoto(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  bytes: Uint8Array,
): Promise<{ attachmentId: string }> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const mime = sniffImage(bytes);
  if (!mime)
    throw new AppError('UNPROCESSABLE', {
      key: 'ticket.photo_type',
      fields: [{ path: 'body', key: 'ticket.photo_type' }],
    });
  if (bytes.length > MAX_PHOTO_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const now = deps.clock.now();
  const attachmentId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    const t = await getTicketRow(trx, projectId, ticketId);
    await requireSeeTicket(trx, actor, t);
    await ticketsDb(trx)
      .insertInto('attachments')
      .values({
        project_id: projectId,
        attachment_id: attachmentId,
        ticket_id: ticketId,
        kind: 'photo',
        mime,
        size: bytes.length,
        data: Buffer.from(bytes),
        created_by: actor.userId,
        created_at: now.toISOString(),
      })
      .execute();
    await appendEvent(trx, projectId, ticketId, {
      type: 'photo',
      actorId: actor.userId,
      at: now,
      data: { attachmentId, size: bytes.length },
    });
  });
  await announce(deps, projectId, 'ticket.updated', ticketId, { action: 'photo' });
  return { attachmentId };
}

export async function getAttachment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  attachmentId: string,
): Promise<{ mime: string; data: Uint8Array }> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const t = await getTicketRow(deps.db.k, projectId, ticketId);
  await requireSeeTicket(deps.db.k, actor, t);
  const a = await ticketsDb(deps.db.k)
    .selectFrom('attachments')
    .select(['mime', 'data'])
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', { params: { what: 'what.page' } });
  return { mime: a.mime, data: a.data };
}
