/**
 * MVI-2: the internal move-in notice (入住知会单) to every department — who moved into
 * which unit from when, the lease, keys and parking, the first meter readings, and what
 * each department should look after. Phones and ID numbers masked (CUS-3).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fenToYuan, localDateTime } from '../../../platform/print/format.ts';
import { formRow, formTable, html, printPage } from '../../../platform/print/html.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { signatureImages } from '../signature-images.ts';
import { moveInPrintLabels } from './print-labels.ts';
import { moveInView } from './repo.ts';

const centi = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

export async function printMoveInNotice(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  locale: Locale,
): Promise<string> {
  requireOccupancyRead(actor, projectId);
  const L = moveInPrintLabels(locale);
  const m = await moveInView(deps.db.k, projectId, moveInId);
  const project = await projectClock(deps.db.k, projectId);
  const tz = project.timeZone;
  const inspection = m.inspection;
  const signature = m.signatures.find((s) => s.purpose === 'move_in.inspection');
  const image = signature
    ? (await signatureImages(deps.db.k, projectId, [signature])).get(signature.documentId)
    : undefined;
  const given = Object.entries(m.notice?.serviceInfo ?? {})
    .filter(([, v]) => v)
    .map(([k]) => L.service[k] ?? k)
    .join('、');
  const rows = [
    formRow([
      [L.unit, `${m.unitCode}（${m.buildingName}）`],
      [L.moveInDay, m.notice?.billingFrom ?? ''],
    ]),
    formRow([
      [L.tenant, m.tenant?.name ?? ''],
      [L.phone, m.tenant?.phoneMasked ?? ''],
    ]),
    formRow([
      [L.lease, m.lease ? `${m.lease.start} ~ ${m.lease.end}` : ''],
      [L.owner, m.owner?.name ?? ''],
    ]),
    formRow([
      [L.deposit, m.payment ? `¥ ${fenToYuan(m.payment.depositFen)}（${m.payment.depositReceiptNo}）` : ''],
      [L.keys, inspection ? String(inspection.keysHanded) : ''],
    ]),
    formRow([
      [L.parking, inspection?.parkingNote || L.none],
      [L.inspectedBy, inspection ? `${inspection.engineeringName} / ${inspection.securityName}` : ''],
    ]),
    formRow([
      [
        L.readings,
        inspection?.readings.length
          ? inspection.readings
              .map((r) => `${L.meterKinds[r.kind] ?? r.kind} ${r.meterCode}: ${centi(r.valueCenti)}`)
              .join('；')
          : L.none,
      ],
    ]),
    formRow([
      [
        L.fixtures,
        inspection
          ? inspection.fixtures
              .map((f) => `${f.name} × ${f.quantity}（${L.conditions[f.condition] ?? f.condition}）`)
              .join('、')
          : '',
      ],
    ]),
    formRow([[L.serviceGiven, given]]),
    formRow([[L.departments, html`${L.asks.map((a) => html`${a}<br>`)}`]]),
    formRow([
      [
        L.customerSigned,
        html`${image ? html`<span class="sig"><img src="${image}" alt=""></span><br>` : ''}${signature ? `${signature.signerName} ${localDateTime(signature.signedAt, tz)}` : ''}`,
      ],
    ]),
  ];
  const body = html`<h1>${L.title}</h1>
<p class="sub">${project.name}</p>
<div class="meta"><span>${L.to}</span><span>${L.date}: ${localDateTime(m.notice?.at ?? m.startedAt, tz).slice(0, 10)}</span></div>
${formTable(rows)}
<div class="sign"><span>${L.issuedBy}:</span><span>${L.receivedBy}:</span></div>`;
  return printPage({ lang: locale, title: `${L.title} ${m.unitCode}`, printLabel: L.print, body });
}
