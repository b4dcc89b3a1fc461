/**
 * HND-2: the owner fills the owner archive (业主档案) — the emergency mobile and the
 * birthday in particular, vehicles if any — and signs the safety responsibility letter
 * (安全责任书), on the pad or on paper with the scan. One step: the archive is not complete
 * without the letter.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature, SignatureBody } from '../../../platform/signatures/signatures.ts';
import { ArchiveFieldsBody, saveArchiveFields } from '../../customers/index.ts';
import type { IdType } from '../../customers/index.ts';
import { recordStep } from '../record-step.ts';
import { handoverStore } from './repo.ts';
import { archiveProblems } from './rules.ts';

export const OwnerArchiveBody = ArchiveFieldsBody.pick({
  emergencyPhone: true,
  birthday: true,
  vehicles: true,
})
  .extend({
    safetyLetter: SignatureBody.openapi({
      description: 'the owner signs the safety responsibility letter (安全责任书)',
    }),
  })
  .openapi('HandoverOwnerArchive');
export type OwnerArchive = z.infer<typeof OwnerArchiveBody>;

export async function fillOwnerArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: OwnerArchive,
) {
  return recordStep(
    deps,
    handoverStore,
    { actor, projectId, id: handoverId, step: 'archive' },
    async ({ trx, run, at }) => {
      const customerId = run.customer_id!;
      const owner = await trx
        .selectFrom('customers')
        .select(['id_type', 'id_number'])
        .where('project_id', '=', projectId)
        .where('customer_id', '=', customerId)
        .executeTakeFirstOrThrow();
      const mobile = await trx
        .selectFrom('customer_phones')
        .select('phone')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', customerId)
        .orderBy('phone')
        .executeTakeFirst();
      const idType = owner.id_type as IdType;
      const { birthday, problems } = archiveProblems({
        idType,
        idNumber: owner.id_number,
        mobile: mobile?.phone ?? '',
        emergencyPhone: input.emergencyPhone,
        birthday: input.birthday,
      });
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      await saveArchiveFields(trx, {
        projectId,
        customerId,
        fields: {
          idType,
          idNumber: owner.id_number,
          emergencyPhone: input.emergencyPhone,
          birthday: birthday!,
          vehicles: input.vehicles,
        },
        actor,
        at,
      });
      const letter = await captureSignature(trx, {
        projectId,
        entityType: 'handover',
        entityId: handoverId,
        purpose: 'handover.safety_letter',
        signerRole: 'owner',
        input: input.safetyLetter,
        actor,
        at,
        path: 'safetyLetter',
      });
      return {
        patch: { archive_at: at.toISOString() },
        history: {
          birthday: true,
          emergencyPhone: true,
          vehicles: input.vehicles?.map((v) => v.plate) ?? [],
          safetyLetter: letter.signatureId,
        },
      };
    },
  );
}
