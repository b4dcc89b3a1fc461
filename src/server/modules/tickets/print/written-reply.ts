/**
 * CMP-8: the written reply to a written complaint — 客户建议/意见受理回复表 — stating the
 * handling and the result (the 'written_reply' timeline entry), with the department's
 * corrective/preventive action report (纠正/预防措施报告, the 'corrective_action' entry).
 * A request or suggestion prints on the same form, its result being the answer given.
 * Fields not yet recorded print empty, to be completed by hand.
 */
import type { Locale } from '../../../platform/i18n/index.ts';
import { localDateTime, maskPhone } from '../../../platform/print/format.ts';
import { eventText, latestEvent, type PrintData } from './print-data.ts';
import { printLabels, type PrintLabels } from './print-labels.ts';
import { formRow as row, formTable, html, printPage } from '../../../platform/print/html.ts';

function classification(d: PrintData, L: PrintLabels): string {
  const t = d.ticket;
  if (t.kind !== 'complaint') return L.kinds[t.kind] ?? t.kind;
  if (t.validity === 'invalid') return L.invalid;
  return [t.complaint_type ? L.types[t.complaint_type] : '', t.level ? L.levels[t.level] : '']
    .filter(Boolean)
    .join(' / ');
}

export function renderWrittenReply(d: PrintData, locale: Locale, printedAt: Date): string {
  const L = printLabels(locale);
  const t = d.ticket;
  const at = (iso: string | null | undefined) => localDateTime(iso, d.project.timeZone);
  const reply = latestEvent(d, 'written_reply');
  const corrective = latestEvent(d, 'corrective_action');
  const confirm = latestEvent(d, 'confirm');
  const place = t.unit_id
    ? `${d.buildingName ? `${d.buildingName} ` : ''}${d.unitCode ?? ''}`
    : t.public_area;
  const result = eventText(reply, 'result') || eventText(confirm, 'answer');
  const replied = reply ?? (result ? confirm : undefined);
  const opinions = d.callbacks
    .filter((c) => c.reached)
    .map(
      (c) =>
        `${at(c.at)} ${L.satisfaction[c.satisfaction] ?? c.satisfaction}${c.opinion ? `：${c.opinion}` : ''}`,
    );

  const body = html`
<h1>${L.replyTitle}</h1>
<p class="sub">${d.project.name}</p>
<div class="meta"><span>${L.number}: <strong>${t.number}</strong></span><span>${L.classification}: ${classification(d, L)}</span></div>
${formTable([
  row([
    [L.customer, t.customer_name],
    [L.company, t.company],
  ]),
  row([
    [L.replyPlace, place],
    [L.phone, maskPhone(t.contact_phone)],
  ]),
  row([
    [L.replyReceivedAt, at(t.received_at)],
    [L.channel, L.channels[t.channel] ?? t.channel],
  ]),
  row([
    [L.eventAt, at(t.event_at)],
    [L.receiver, d.names.get(t.receiver_id) ?? ''],
  ]),
  row([[L.content, t.description]], true),
  row([[L.handling, eventText(reply, 'handling')]], true),
  row([[L.result, result]], true),
  row([
    [L.repliedBy, replied?.actorName ?? ''],
    [L.repliedAt, at(replied?.at)],
  ]),
  html`<tr><th colspan="4">${L.corrective}</th></tr>`,
  row([[L.cause, eventText(corrective, 'cause')]], true),
  row([[L.correctiveAction, eventText(corrective, 'corrective')]], true),
  row([[L.preventiveAction, eventText(corrective, 'preventive')]], true),
  row([
    [L.reportedBy, corrective?.actorName ?? ''],
    [L.date, at(corrective?.at)],
  ]),
  row([[L.customerOpinion, opinions.join('\n')]]),
  row([
    [L.approval, ''],
    [L.customerReceipt, ''],
  ]),
])}
<p class="foot">${L.printedAt}: ${at(printedAt.toISOString())}</p>`;
  return printPage({ lang: locale, title: `${L.replyTitle} ${t.number}`, printLabel: L.print, body });
}
