/**
 * The printed move-out form (退租手续单, MVO-2..6) and transfer form (房屋转让登记表,
 * TRF-1..2): every step's facts with the signatures captured on screen, for the paper
 * archive. Customer text is escaped by `html`.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fenToYuan, localDateTime } from '../../../platform/print/format.ts';
import { formRow, formTable, html, printPage } from '../../../platform/print/html.ts';
import { occupancyPrintLabels } from './print-labels.ts';
import { loadMoveOut, MOVE_OUT_READERS } from '../move-out/repo.ts';
import { requireAnyAccess } from './workflow.ts';
import { occupancyDb } from './tables.ts';
import { getTransfer } from '../transfer/repo.ts';
import type { SignatureDto } from '../../../platform/signatures/signatures.ts';
import { projectClock } from '../../../platform/calendar/index.ts';

const sigList = (s: SignatureDto[], when: (iso: string) => string) =>
  s.map((x) => `${x.signerName}（${x.signerRole}，${x.method}）${when(x.signedAt)}`).join('\n');

export async function printMoveOut(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  locale: Locale,
): Promise<string> {
  requireAnyAccess(actor, projectId, MOVE_OUT_READERS);
  // CUS-3: the paper form is filed; the contact's number is printed masked.
  const m = await loadMoveOut(occupancyDb(deps.db.k), projectId, moveOutId, deps.clock.now(), 'masked');
  const L = occupancyPrintLabels(locale);
  const tz = (await projectClock(deps.db.k, projectId)).timeZone;
  const when = (iso: string | null | undefined) => (iso ? localDateTime(iso, tz) : '');
  const i = m.inspection;
  const body = html`<h1>${L.moveOutTitle}</h1>
${formTable([
  formRow([
    [L.unit, m.unitCode],
    [L.tenant, m.customerName],
  ]),
  formRow([
    [L.noticeAt, when(m.notice.at)],
    [L.moveDay, m.notice.moveDay],
  ]),
  formRow([
    [L.contact, `${m.notice.contactName} ${m.notice.contactPhone}`],
    [L.leaseEnd, m.notice.leaseEnd ?? ''],
  ]),
  formRow([[L.forwarding, m.notice.forwardingAddress]]),
  ...(m.residential
    ? [
        formRow([
          [L.owner, m.owner.name ?? ''],
          [L.ownerAgreed, m.owner.agreed === null ? '' : m.owner.agreed ? L.agreed : L.refused],
        ]),
        formRow([
          [L.itemsToStay, m.owner.itemsToStay.map((x) => `${x.name} × ${x.quantity}`).join('、') || L.none],
        ]),
      ]
    : []),
  formRow([
    [L.inspection, when(i?.at)],
    [L.engineer, i?.engineerName ?? ''],
  ]),
  formRow([
    [
      L.fixtures,
      (i?.findings ?? [])
        .map(
          (f) =>
            `${f.name}: ${f.found}${f.expected === null ? '' : ` / ${f.expected}`} ${f.condition}${f.problem ? ' ⚠' : ''}`,
        )
        .join('\n'),
    ],
  ]),
  formRow([
    [L.readings, (i?.readings ?? []).map((r) => `${r.code}: ${(r.valueCenti / 100).toFixed(2)}`).join('\n')],
  ]),
  formRow([
    [L.restoration, i ? (i.restorationRequired ? `${L.required} ${i.restorationNote}` : L.notRequired) : ''],
    [L.cleared, when(m.cleared?.at)],
  ]),
  formRow([[L.elevator, m.cleared ? `${when(m.cleared.elevatorFrom)} – ${when(m.cleared.elevatorTo)}` : '']]),
  formRow([
    [
      L.returned,
      m.returned
        ? `${L.keys} ${m.returned.keys}，${L.cards} ${m.returned.accessCards}，${L.documents} ${m.returned.documents}`
        : '',
    ],
  ]),
  formRow([
    [L.completed, when(m.completion?.at)],
    [L.billingEnd, m.completion?.billingEndDay ?? ''],
  ]),
  formRow([
    [L.archive, m.completion?.archiveSealed ? L.sealed : ''],
    [L.depositDue, m.deposit.dueOn ?? ''],
  ]),
  formRow([
    [
      L.depositRefunded,
      m.deposit.refundedAt ? `${when(m.deposit.refundedAt)} ¥${fenToYuan(m.deposit.refundedFen ?? 0)}` : '',
    ],
  ]),
  formRow([[L.signatures, sigList(m.signatures, when)]], true),
])}`;
  return printPage({ lang: locale, title: `${L.moveOutTitle} ${m.unitCode}`, printLabel: L.print, body });
}

export async function printTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
  locale: Locale,
): Promise<string> {
  const t = await getTransfer(deps, actor, projectId, transferId);
  const L = occupancyPrintLabels(locale);
  const tz = (await projectClock(deps.db.k, projectId)).timeZone;
  const when = (iso: string | null | undefined) => (iso ? localDateTime(iso, tz) : '');
  const body = html`<h1>${L.transferTitle}</h1>
${formTable([
  formRow([
    [L.unit, t.unitCode],
    [L.handoverDay, t.handoverDay],
  ]),
  formRow([
    [L.oldOwner, t.oldOwnerName],
    [L.newOwner, t.newOwnerName ?? ''],
  ]),
  formRow([[L.certificate, t.certificate ? `${t.certificate.no}（${when(t.certificate.at)}）` : '']]),
  formRow([
    [
      L.settlement,
      t.settlement
        ? `${when(t.settlement.at)}\n${t.settlement.readings.map((r) => `${r.code}: ${(r.valueCenti / 100).toFixed(2)}`).join('\n')}`
        : '',
    ],
  ]),
  formRow([
    [L.prepay, t.prepay ? `¥${fenToYuan(t.prepay.prepaidFen)} ≥ ¥${fenToYuan(t.prepay.requiredFen)}` : ''],
    [L.completed, when(t.completion?.at)],
  ]),
  formRow([
    [L.roster, t.completion ? L.updated : ''],
    [L.archive, t.completion ? `${t.oldOwnerName} → ${t.handoverDay}` : ''],
  ]),
  formRow([[L.signatures, sigList(t.signatures, when)]], true),
])}`;
  return printPage({ lang: locale, title: `${L.transferTitle} ${t.unitCode}`, printLabel: L.print, body });
}
