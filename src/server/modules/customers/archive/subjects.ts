/**
 * An archive is either a customer's (owner or occupant, CUS-1) or a record of another class
 * (CUS-5). Loans and the list address both the same way: a subject type and an id.
 */
import { AppError } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';

import type { SubjectType } from './archive-rules.ts';
import { customersDb } from '../tables.ts';

export { SUBJECT_TYPES, type SubjectType } from './archive-rules.ts';

/** The history's entity type of a subject. */
export const ENTITY_TYPE: Record<SubjectType, string> = { customer: 'customer', record: 'archive_record' };

/**
 * The subject's title, or NOT_FOUND (with the body path when given). On PostgreSQL the row
 * is locked so two loans of one file cannot both pass their check.
 */
export async function lockSubject(
  db: DbOrTrx,
  o: { projectId: string; type: SubjectType; id: string; forUpdate: boolean; path?: string },
): Promise<{ title: string }> {
  const fields = o.path
    ? [
        {
          path: o.path,
          key: 'error.NOT_FOUND',
          params: { what: `what.${o.type === 'customer' ? 'customer' : 'archive_record'}` },
        },
      ]
    : [];
  if (o.type === 'customer') {
    let q = db
      .selectFrom('customers')
      .select('name as title')
      .where('project_id', '=', o.projectId)
      .where('customer_id', '=', o.id);
    if (o.forUpdate) q = q.forUpdate();
    const c = await q.executeTakeFirst();
    if (!c) throw new AppError('NOT_FOUND', { params: { what: 'what.customer' }, fields });
    return c;
  }
  let q = customersDb(db)
    .selectFrom('archive_records')
    .select('title')
    .where('project_id', '=', o.projectId)
    .where('record_id', '=', o.id);
  if (o.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.archive_record' }, fields });
  return r;
}
