import type { Deps } from '../http/context.ts';

/**
 * Tells the project's browsers that something changed, after the change committed. A failed
 * publish is logged and never fails the request: the change is saved, and browsers refetch
 * what they show when their stream reconnects.
 * @example await announce(deps, projectId, 'ticket.updated', ticketId, { action: 'forward' })
 */
export async function announce(
  deps: Pick<Deps, 'bus' | 'clock' | 'logger'>,
  projectId: string,
  type: string,
  entityId: string,
  data?: Record<string, unknown>,
): Promise<void> {
  await deps.bus
    .publish({ projectId, type, entityId, at: deps.clock.now().toISOString(), ...(data && { data }) })
    .catch((err) => deps.logger.warn({ err, type }, 'publish failed'));
}
