/**
 * The demo month's finished handover (HND-1..5): the estate's manager prices the management
 * fee (the small demo leaves the estate unpriced), then the first buyer on the developer's
 * roster collects the keys — owner verified against the roster with the ID copy filed, the
 * archive and the signed safety letter, six months of fees taken by the cashier, keys and
 * handbooks handed, the document receipt signed — and the unit becomes vacant (空置).
 */
import type { Deps } from '../platform/http/context.ts';
import { uploadDocument } from '../platform/signatures/documents.ts';
import { defineFeeItem } from '../modules/billing/fee-items.ts';
import { startHandover } from '../modules/occupancy/handover/start-handover.ts';
import { verifyOwner } from '../modules/occupancy/handover/verify-owner.ts';
import { fillOwnerArchive } from '../modules/occupancy/handover/owner-archive.ts';
import { feesQuote, takeFees } from '../modules/occupancy/handover/fees.ts';
import { handKeys } from '../modules/occupancy/handover/hand-keys.ts';
import { signReceipt } from '../modules/occupancy/handover/sign-receipt.ts';
import type { Actors } from './demo-actors.ts';
import type { Timeline } from './timeline.ts';

/** A 1×1 PNG: the stand-in for the drawn signatures and the scanned ID copy. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const signed = (signerName: string) => ({
  signerName,
  method: 'pad' as const,
  image: `data:image/png;base64,${PNG.toString('base64')}`,
});

export async function priceEstate(deps: Deps, as: Actors, estateId: string, from: string): Promise<void> {
  await defineFeeItem(deps, as('estate.pm'), estateId, {
    code: 'MGMT',
    name: '物业管理费',
    kind: 'area',
    areaBasis: 'building',
    rateMillifen: 250_000,
    effectiveFrom: from,
  });
}

/** Schedules the handover of the roster's first unit, step by step through the morning of `at`. */
export function scheduleHandover(tl: Timeline, as: Actors, estateId: string, at: Date): void {
  const min = (m: number) => new Date(at.getTime() + m * 60_000);
  tl.at(at, async () => {
    const db = tl.deps.db.k;
    const entry = await db
      .selectFrom('roster_entries as r')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
      )
      .select([
        'r.entry_id',
        'r.unit_id',
        'r.owner_name',
        'r.id_type',
        'r.id_number',
        'r.contract_no',
        'u.code',
      ])
      .where('r.project_id', '=', estateId)
      .where('u.status', '=', 'not_received')
      .orderBy('u.floor')
      .orderBy('u.code')
      .executeTakeFirstOrThrow();
    const clerk = as('estate.clerk');
    const { handoverId } = await startHandover(tl.deps, clerk, estateId, { unitId: entry.unit_id });
    const scan = await uploadDocument(
      tl.deps,
      clerk,
      estateId,
      new Uint8Array(PNG),
      `身份证复印件 ${entry.owner_name}`,
    );
    await verifyOwner(tl.deps, clerk, estateId, handoverId, {
      rosterEntryId: entry.entry_id,
      idType: entry.id_type as 'id_card',
      idNumber: entry.id_number,
      contractNo: entry.contract_no,
      idCopyDocumentId: scan.documentId,
    });
    tl.at(min(15), async () => {
      await fillOwnerArchive(tl.deps, clerk, estateId, handoverId, {
        emergencyPhone: '13700001111',
        vehicles: [],
        safetyLetter: signed(entry.owner_name),
      });
    });
    tl.at(min(30), async () => {
      const quote = await feesQuote(tl.deps, as('estate.cashier'), estateId, handoverId);
      await takeFees(tl.deps, as('estate.cashier'), estateId, handoverId, {
        amountFen: quote.totalFen,
        method: 'card',
        receiptNo: `HND-${entry.code}`,
      });
    });
    tl.at(min(50), async () => {
      await handKeys(tl.deps, clerk, estateId, handoverId, {
        keysHanded: 3,
        ownerHandbook: true,
        renovationHandbook: true,
        rectificationItems: [],
        keyKept: false,
        ownerConsent: false,
        keyCabinetSlot: '',
      });
    });
    tl.at(min(60), async () => {
      await signReceipt(tl.deps, clerk, estateId, handoverId, { signature: signed(entry.owner_name) });
    });
  });
}
