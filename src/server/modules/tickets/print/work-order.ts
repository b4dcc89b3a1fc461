/**
 * REP-1: the repair work order (工程维修单) printed on A4 with every field of the paper form
 * (一式四联): place, customer, company, phone, time reported and receiver, description,
 * urgency and appointment (REP-2), charge and price (REP-3), pick-up time and engineer
 * (REP-4), work done, materials, completion and the customer's confirmation (REP-5), and
 * the callback (REP-6). The contact phone is printed in full only when the person printing
 * may call the customer — the CS desk, or the worker assigned — since that copy goes with the
 * worker to the job; printed by anyone else it is masked (CUS-3; the rule is in the README).
 */
import type { Locale } from '../../../platform/i18n/index.ts';
import { fenToYuan, localDateTime } from '../../../platform/print/format.ts';
import { shownPhone } from '../../../platform/access/personal-data.ts';
import { eventText, latestEvent, type PrintData } from './print-data.ts';
import { printLabels } from './print-labels.ts';
import { formRow as row, formTable, html, printPage, type SafeHtml } from '../../../platform/print/html.ts';

export function renderWorkOrder(d: PrintData, locale: Locale, printedAt: Date): string {
  const L = printLabels(locale);
  const t = d.ticket;
  const tz = d.project.timeZone;
  const at = (iso: string | null | undefined) => localDateTime(iso, tz);
  const pickUp = latestEvent(d, 'pick_up');
  // After a rework the last report is superseded until the engineer completes again.
  const complete = t.completed_at ? latestEvent(d, 'complete') : undefined;
  const confirm = latestEvent(d, 'confirm');
  const callback = d.callbacks.at(-1);
  const place = t.unit_id
    ? `${L.unit} ${d.buildingName ? `${d.buildingName} ` : ''}${d.unitCode ?? ''}`
    : `${L.publicArea} ${t.public_area}`;
  const engineer = (t.assignee_id && d.names.get(t.assignee_id)) || pickUp?.actorName || '';
  const price = t.charge === 'paid' && t.price_fen !== null ? fenToYuan(t.price_fen) : '';

  let confirmation: SafeHtml | string = '';
  if (confirm) {
    const signer = eventText(confirm, 'signerName');
    const mark =
      d.signature && confirm.data.hasSignature
        ? html`<img src="${d.signature}" alt="${L.signer}: ${signer}">`
        : confirm.data.signedOnPaper
          ? L.signedOnPaper
          : '';
    confirmation = html`<div class="sig">${mark}</div>${L.signer}: ${signer}　${L.confirmedAt}: ${at(confirm.at)}`;
  }
  const callbackText = callback
    ? `${at(callback.at)}　${L.satisfaction[callback.satisfaction] ?? callback.satisfaction}${callback.opinion ? `　${callback.opinion}` : ''}　${L.callbackBy}: ${callback.byName ?? ''}`
    : '';

  const body = html`
<h1>${L.workOrderTitle}</h1>
<p class="sub">${d.project.name}</p>
<div class="meta"><span>${L.number}: <strong>${t.number}</strong></span><span>${L.state}: ${L.states[t.state] ?? t.state}</span></div>
${formTable([
  row([[L.place, place]]),
  row([
    [L.customer, t.customer_name],
    [L.company, t.company],
  ]),
  row([
    [L.phone, shownPhone(t.contact_phone, d.contactView)],
    [L.channel, L.channels[t.channel] ?? t.channel],
  ]),
  row([
    [L.receivedAt, at(t.received_at)],
    [L.receiver, d.names.get(t.receiver_id) ?? ''],
  ]),
  row([[L.description, t.description]], true),
  row([
    [L.urgency, t.urgency ? (L.urgencies[t.urgency] ?? t.urgency) : ''],
    [L.appointment, at(t.appointment_at)],
  ]),
  row([
    [L.charge, t.charge ? (L.charges[t.charge] ?? t.charge) : ''],
    [L.price, price],
  ]),
  row([[L.materialsCheck, t.materials_check ?? '']]),
  row([
    [L.department, d.department ? (locale === 'en' ? d.department.en : d.department.zh) : ''],
    [L.reworks, t.rework_count],
  ]),
  row([
    [L.pickedUpAt, at(t.picked_up_at)],
    [L.engineer, engineer],
  ]),
  row([[L.workDone, eventText(complete, 'workDone')]], true),
  row([
    [L.materials, eventText(complete, 'materials')],
    [L.completedAt, at(t.completed_at)],
  ]),
  row([[L.confirmation, confirmation]]),
  row([[L.callback, callbackText]]),
])}
<p class="foot">${L.workOrderNote}　${L.printedAt}: ${at(printedAt.toISOString())}</p>`;
  return printPage({ lang: locale, title: `${L.workOrderTitle} ${t.number}`, printLabel: L.print, body });
}
