/**
 * The printed handover form (房屋交接表, HND-3: with the start and end dates of the fees)
 * and the daily handover report (交房日报表, HND-5). ID numbers and phones are masked (CUS-3).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fenToYuan, localDateTime } from '../../../platform/print/format.ts';
import { formRow, formTable, html, printPage } from '../../../platform/print/html.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { signatureImages } from '../signature-images.ts';
import { dailyHandoverReport } from './daily-report.ts';
import { handoverPrintLabels } from './print-labels.ts';
import { handoverView } from './repo.ts';

export async function printHandoverForm(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  locale: Locale,
): Promise<string> {
  requireOccupancyRead(actor, projectId);
  const L = handoverPrintLabels(locale);
  const h = await handoverView(deps.db.k, projectId, handoverId);
  const project = await projectClock(deps.db.k, projectId);
  const tz = project.timeZone;
  const images = await signatureImages(deps.db.k, projectId, h.signatures);
  const area = `${(h.buildingAreaCentiM2 / 100).toFixed(2)} m²`;
  const items = h.rectification.length
    ? html`<ol>${h.rectification.map((i) => html`<li>${i.location ? `${i.location}：` : ''}${i.description}（${L.itemState[i.state]}${i.closedAt ? ` ${localDateTime(i.closedAt, tz)}` : ''}）</li>`)}</ol>`
    : L.none;
  const rows = [
    formRow([
      [L.unit, `${h.unitCode}（${h.buildingName}）`],
      [L.area, area],
    ]),
    formRow([
      [L.owner, h.owner?.name ?? ''],
      [L.idNumber, h.owner?.idNumberMasked ?? ''],
    ]),
    formRow([
      [L.phone, h.owner?.phoneMasked ?? ''],
      [L.contract, h.contractNo],
    ]),
    formRow([
      [L.feesFrom, h.fees?.from ?? ''],
      [L.feesTo, h.fees?.to ?? ''],
    ]),
    formRow([
      [L.prepaid, h.fees ? `¥ ${fenToYuan(h.fees.prepaidFen)}` : ''],
      [L.receiptNo, h.fees?.receiptNo ?? ''],
    ]),
    formRow([
      [L.keysHanded, h.keys ? `${h.keys.handed} ${L.keysUnit}` : ''],
      [L.keyKept, h.keys ? (h.keys.kept ? L.keyKeptYes : L.none) : ''],
    ]),
    formRow([[L.handbooks, h.keys?.ownerHandbook && h.keys.renovationHandbook ? L.handedOut : '']]),
    formRow([[L.items, items]]),
    ...h.signatures.map((s) => {
      const image = images.get(s.documentId);
      return formRow([
        [
          L.purposes[s.purpose] ?? s.purpose,
          html`<span class="sig">${image ? html`<img src="${image}" alt="">` : L.onPaper}</span><br>${L.signedBy}: ${s.signerName}　${L.signedAt}: ${localDateTime(s.signedAt, tz)}`,
        ],
      ]);
    }),
  ];
  const body = html`<h1>${L.formTitle}</h1>
<p class="sub">${project.name}</p>
<div class="meta"><span>${L.day}: ${h.completedAt ? localDateTime(h.completedAt, tz).slice(0, 10) : h.startedDay}</span><span>${L.state[h.state] ?? h.state}</span></div>
${formTable(rows)}
<div class="sign"><span>${L.clerk}:</span><span>${L.ownerSign}:</span></div>`;
  return printPage({ lang: locale, title: `${L.formTitle} ${h.unitCode}`, printLabel: L.print, body });
}

export async function printDailyReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day: string | undefined,
  locale: Locale,
): Promise<string> {
  const r = await dailyHandoverReport(deps, actor, projectId, day);
  const L = handoverPrintLabels(locale);
  const tz = r.timeZone;
  const done = r.handedOver.length
    ? r.handedOver.map(
        (h, i) =>
          html`<tr><td class="num">${i + 1}</td><td>${h.unitCode}</td><td>${h.ownerName}</td><td>${localDateTime(h.completedAt, tz).slice(11)}</td><td>${h.feesFrom} ~ ${h.feesTo}</td><td class="num">${fenToYuan(h.prepaidFen)}</td><td class="num">${h.openItems}</td></tr>`,
      )
    : html`<tr><td colspan="7">${L.empty}</td></tr>`;
  const refused = r.notAccepted.length
    ? r.notAccepted.map(
        (h, i) =>
          html`<tr><td class="num">${i + 1}</td><td>${h.unitCode}</td><td>${h.ownerName}</td><td>${L.reasons[h.reason] ?? h.reason}${h.note ? `：${h.note}` : ''}</td></tr>`,
      )
    : html`<tr><td colspan="4">${L.empty}</td></tr>`;
  const body = html`<h1>${L.dailyTitle}</h1>
<p class="sub">${r.projectName}</p>
<div class="meta"><span>${L.day}: ${r.day}</span></div>
<h3>${L.handedOverTitle}</h3>
<table><colgroup><col style="width:9mm"><col style="width:20mm"><col><col style="width:17mm"><col style="width:48mm"><col style="width:24mm"><col style="width:21mm"></colgroup>
<tr><th>#</th><th>${L.unit}</th><th>${L.owner}</th><th>${L.completedAt}</th><th>${L.feesPeriod}</th><th class="num">${L.prepaidShort}</th><th class="num">${L.openItems}</th></tr>
${done}</table>
<h3>${L.notAcceptedTitle}</h3>
<table><colgroup><col style="width:10mm"><col style="width:22mm"><col style="width:40mm"><col></colgroup>
<tr><th>#</th><th>${L.unit}</th><th>${L.owner}</th><th>${L.reason}</th></tr>
${refused}</table>
<p class="foot">${L.totals(r.totals)}</p>
<div class="sign"><span>${L.preparedBy}:</span><span>${L.checkedBy}:</span></div>`;
  return printPage({ lang: locale, title: `${L.dailyTitle} ${r.day}`, printLabel: L.print, body });
}
