/**
 * HND-6 / MVI-2: the documents the tenant signs — safety & fire responsibility letter,
 * customer-handbook pledge, emergency contact form, tenant information form, and the
 * vehicle registration when the tenant has vehicles — each on the pad or on paper with
 * its scan. The archive is updated with the emergency contact and the vehicles (MVI-2).
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature, SignatureBody } from '../../../platform/signatures/signatures.ts';
import { ArchiveFieldsBody, saveArchiveFields } from '../../customers/index.ts';
import type { IdType } from '../../customers/index.ts';
import { PhoneString } from '../../customers/index.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { documentProblems, MOVE_IN_DOCUMENTS, type MoveInDocument } from './rules.ts';

export const DocumentsBody = z
  .strictObject({
    emergencyPhone: PhoneString.openapi({ description: 'from the emergency contact form (紧急联络表)' }),
    vehicles: ArchiveFieldsBody.shape.vehicles,
    documents: z.partialRecord(z.enum(MOVE_IN_DOCUMENTS), SignatureBody),
  })
  .openapi('MoveInDocuments');

export async function signMoveInDocuments(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof DocumentsBody>,
) {
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'documents' },
    async ({ trx, run, at }) => {
      const vehicles = input.vehicles ?? [];
      const signed = Object.keys(input.documents) as MoveInDocument[];
      const problems = documentProblems(vehicles.length > 0, signed);
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      const customerId = run.customer_id!;
      const archive = await trx
        .selectFrom('customers')
        .select(['id_type', 'id_number'])
        .where('project_id', '=', projectId)
        .where('customer_id', '=', customerId)
        .executeTakeFirstOrThrow();
      await saveArchiveFields(trx, {
        projectId,
        customerId,
        fields: {
          idType: archive.id_type as IdType,
          idNumber: archive.id_number,
          emergencyPhone: input.emergencyPhone,
          vehicles,
        },
        actor,
        at,
      });
      for (const doc of MOVE_IN_DOCUMENTS) {
        const signature = input.documents[doc];
        if (signature)
          await captureSignature(trx, {
            projectId,
            entityType: 'move_in',
            entityId: moveInId,
            purpose: `move_in.${doc}`,
            signerRole: 'tenant',
            input: signature,
            actor,
            at,
            path: `documents.${doc}`,
          });
      }
      return {
        patch: { documents_at: at.toISOString() },
        history: { documents: signed, vehicles: vehicles.map((v) => v.plate) },
      };
    },
  );
}
