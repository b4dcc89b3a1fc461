/**
 * HND-6 / MVI-1, the first step: the lease copy and the move-in notice from the leasing side
 * (scans), the lease's first and last day, and the tenant's identity confirmed against the
 * ID document or business licence. The tenant's archive is an existing customer's, an open
 * archive holding the same document, or a new one.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fileDocument } from '../../../platform/signatures/documents.ts';
import { saveArchiveFields } from '../../customers/index.ts';
import {
  CUSTOMER_KINDS,
  ID_TYPES,
  isWholePhone,
  MIN_WHOLE_DIGITS,
  validIdNumber,
} from '../../customers/index.ts';
import { PhoneString } from '../../customers/index.ts';
import { createCustomer } from '../../customers/index.ts';
import { findCustomerByIdDocument } from '../../customers/index.ts';
import { recordStep } from '../record-step.ts';
import { requireScans } from '../scan-check.ts';
import { findMoveIn, moveInStore } from './repo.ts';
import { leaseProblems } from './rules.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

export const LeaseBody = z
  .strictObject({
    customerId: z.uuid().optional().openapi({ description: 'the tenant when already a customer' }),
    newTenant: z
      .strictObject({ kind: z.enum(CUSTOMER_KINDS), name: singleLineText(100), phone: PhoneString })
      .optional(),
    idType: z.enum(ID_TYPES),
    idNumber: singleLineText(30),
    leaseStart: dayField(DATE_WINDOWS.term),
    leaseEnd: dayField(DATE_WINDOWS.leaseEnd),
    leaseCopyDocumentId: z.uuid().openapi({ description: 'scan of the lease copy (租赁合同复印件)' }),
    moveInNoticeDocumentId: z
      .uuid()
      .openapi({ description: 'scan of the move-in notice from leasing (入住通知单)' }),
  })
  .openapi('MoveInLease');
export type Lease = z.infer<typeof LeaseBody>;

async function checkLease(db: DbOrTrx, projectId: string, input: Lease, today: string): Promise<void> {
  if (!input.customerId === !input.newTenant)
    throw new AppError('VALIDATION', { fields: [{ path: 'customerId', key: 'move_in.tenant_required' }] });
  if (!validIdNumber(input.idType, input.idNumber))
    throw new AppError('UNPROCESSABLE', {
      key: 'archive.id_number_invalid',
      fields: [{ path: 'idNumber', key: 'archive.id_number_invalid' }],
    });
  // A tenant's archive keeps a number to call, not the last digits of one (CUS-1).
  if (input.newTenant && !isWholePhone(input.newTenant.phone))
    throw new AppError('UNPROCESSABLE', {
      key: 'customer.phone_partial',
      params: { min: MIN_WHOLE_DIGITS },
      fields: [{ path: 'newTenant.phone', key: 'customer.phone_partial', params: { min: MIN_WHOLE_DIGITS } }],
    });
  const problems = leaseProblems({ start: input.leaseStart, end: input.leaseEnd, today });
  if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
  if (input.customerId) {
    const c = await db
      .selectFrom('customers')
      .select(['id_type', 'id_number'])
      .where('project_id', '=', projectId)
      .where('customer_id', '=', input.customerId)
      .executeTakeFirst();
    if (!c)
      throw new AppError('UNPROCESSABLE', {
        key: 'error.NOT_FOUND',
        params: { what: 'what.customer' },
        fields: [{ path: 'customerId', key: 'error.NOT_FOUND', params: { what: 'what.customer' } }],
      });
    // MVI-1: the person in front of the desk is the customer on record.
    if (
      c.id_number !== '' &&
      (c.id_type !== input.idType || c.id_number !== input.idNumber.trim().toUpperCase())
    ) {
      throw new AppError('UNPROCESSABLE', {
        key: 'move_in.identity_mismatch',
        fields: [{ path: 'idNumber', key: 'move_in.identity_mismatch' }],
      });
    }
  }
}

/** The tenant's archive, made outside the step's transaction when there is none (the customers module opens its own). */
async function tenantArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: Lease,
  today: string,
): Promise<string> {
  const run = await findMoveIn(deps.db.k, projectId, moveInId);
  if (run.state !== 'in_progress' || run.step !== 'lease') return ''; // the step gives the precise refusal
  await checkLease(deps.db.k, projectId, input, today);
  if (input.customerId) return input.customerId;
  const existing = await findCustomerByIdDocument(deps.db.k, projectId, input.idType, input.idNumber);
  if (existing) return existing;
  await requireScans(deps.db.k, projectId, { type: 'move_in', id: moveInId }, [
    { documentId: input.leaseCopyDocumentId, path: 'leaseCopyDocumentId' },
    { documentId: input.moveInNoticeDocumentId, path: 'moveInNoticeDocumentId' },
  ]);
  const t = input.newTenant!;
  return (
    await createCustomer(deps, actor, projectId, {
      kind: t.kind,
      name: t.name,
      company: t.kind === 'company' ? t.name : '',
      phones: [{ phone: t.phone, label: t.kind === 'company' ? 'office' : 'mobile' }],
    })
  ).customerId;
}

export async function recordLease(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: Lease,
) {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const today = (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now());
  const customerId = await tenantArchive(deps, actor, projectId, moveInId, input, today);
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'lease' },
    async ({ trx, at }) => {
      await checkLease(trx, projectId, input, today);
      await fileDocument(
        trx,
        projectId,
        input.leaseCopyDocumentId,
        'move_in',
        moveInId,
        'leaseCopyDocumentId',
      );
      await fileDocument(
        trx,
        projectId,
        input.moveInNoticeDocumentId,
        'move_in',
        moveInId,
        'moveInNoticeDocumentId',
      );
      await saveArchiveFields(trx, {
        projectId,
        customerId,
        fields: { idType: input.idType, idNumber: input.idNumber },
        actor,
        at,
      });
      return {
        patch: {
          customer_id: customerId,
          lease_start: input.leaseStart,
          lease_end: input.leaseEnd,
          lease_document_id: input.leaseCopyDocumentId,
          notice_document_id: input.moveInNoticeDocumentId,
          lease_at: at.toISOString(),
        },
        history: { customerId, leaseStart: input.leaseStart, leaseEnd: input.leaseEnd },
      };
    },
  );
}
