/**
 * Who may read a filed document is its owning module's rule: each module that files
 * documents registers a check for its entity type at start-up (an owner's archive needs
 * the archivist's permission, CUS-3; a handover its workflow's permission). An entity type
 * nobody registered is readable by nobody but the company admin — fail closed.
 */
import type { Actor } from '../access/actor.ts';
import type { Deps } from '../http/context.ts';

export type DocumentReader = (
  deps: Deps,
  actor: Actor,
  projectId: string,
  entityId: string,
) => Promise<boolean>;

const readers = new Map<string, DocumentReader>();

export const documentReaders = {
  register(entityType: string, reader: DocumentReader): void {
    readers.set(entityType, reader);
  },
  async canSee(
    deps: Deps,
    actor: Actor,
    projectId: string,
    entityType: string,
    entityId: string,
  ): Promise<boolean> {
    if (actor.isCompanyAdmin) return true;
    const r = readers.get(entityType);
    return r ? r(deps, actor, projectId, entityId) : false;
  },
};
