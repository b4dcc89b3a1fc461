/**
 * FEE-2: bills printed per customer and unit, one A4 sheet each with every line, the total
 * in figures and in capitals, what is already paid, earlier arrears, the due date, and the
 * customer's signature line for delivery. A batch (a month, a building, the unpaid ones)
 * prints as one document with a page break between sheets. FEE-3's second reminder
 * notice is the same sheet under the reminder title, with the request to pay by the due date.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { localDay, projectClock } from '../../../platform/calendar/index.ts';
import { fenToYuan, localDateTime, yuanInWords } from '../../../platform/print/format.ts';
import { html, printPage } from '../../../platform/print/html.ts';
import { requireBilling } from '../access.ts';
import { listBills, type BillsQuery } from '../bills-read.ts';
import { sumFen } from '../ledger.ts';
import { billingDb, type BDbOrTrx } from '../tables.ts';
import { billingPrintLabels, type BillingPrintLabels } from './labels.ts';

export type SheetsQuery = BillsQuery & { billId?: string; reminder?: '1' };

interface Sheet {
  billId: string;
  unitCode: string;
  buildingName: string;
  customerName: string;
  company: string;
  period: string;
  dueDate: string;
  issuedAt: string;
  totalFen: number;
  outstandingFen: number;
  earlierFen: number;
  lines: { description: string; quantity: string; amountFen: number }[];
}

/** Earlier bills' outstanding per customer and unit, for the "往期欠费" line. */
async function earlierArrears(
  db: BDbOrTrx,
  projectId: string,
  sheets: { period: string }[],
  customerIds: string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (customerIds.length === 0) return out;
  // Bills of a due date can span months; "earlier" is before the earliest month printed.
  const period = sheets.map((s) => s.period).sort()[0]!;
  const rows = await db
    .selectFrom('bills as b')
    .innerJoin('ledger_entries as e', (j) =>
      j.onRef('e.project_id', '=', 'b.project_id').onRef('e.bill_id', '=', 'b.bill_id'),
    )
    .select(['b.customer_id', 'b.unit_id', 'b.bill_id'])
    .select(sumFen().as('s'))
    .where('b.project_id', '=', projectId)
    .where('b.period', '<', period)
    .where('b.customer_id', 'in', customerIds)
    .where('e.book', '=', 'fees')
    .groupBy(['b.customer_id', 'b.unit_id', 'b.bill_id'])
    .execute();
  for (const r of rows) {
    const owed = Number(r.s);
    if (owed > 0)
      out.set(`${r.customer_id}|${r.unit_id}`, (out.get(`${r.customer_id}|${r.unit_id}`) ?? 0) + owed);
  }
  return out;
}

async function loadSheets(deps: Deps, actor: Actor, projectId: string, q: SheetsQuery): Promise<Sheet[]> {
  const db = billingDb(deps.db.k);
  let bills = (await listBills(deps, actor, projectId, q)).rows;
  if (q.billId) bills = bills.filter((b) => b.billId === q.billId);
  if (bills.length === 0) return [];
  const ids = bills.map((b) => b.billId);
  const lines = await db
    .selectFrom('bill_lines')
    .select(['bill_id', 'description', 'quantity', 'amount_fen'])
    .where('project_id', '=', projectId)
    .where('bill_id', 'in', ids)
    .orderBy('bill_id')
    .orderBy('line_no')
    .execute();
  const byBill = new Map<string, Sheet['lines']>();
  for (const l of lines) {
    const list = byBill.get(l.bill_id) ?? [];
    list.push({ description: l.description, quantity: l.quantity, amountFen: Number(l.amount_fen) });
    byBill.set(l.bill_id, list);
  }
  const extra = await db
    .selectFrom('bills as b')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'b.project_id').onRef('c.customer_id', '=', 'b.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'b.project_id').onRef('u.unit_id', '=', 'b.unit_id'),
    )
    .innerJoin('buildings as g', (j) =>
      j.onRef('g.project_id', '=', 'u.project_id').onRef('g.building_id', '=', 'u.building_id'),
    )
    .select(['b.bill_id', 'b.issued_at', 'c.company', 'g.name'])
    .where('b.project_id', '=', projectId)
    .where('b.bill_id', 'in', ids)
    .execute();
  const more = new Map(extra.map((e) => [e.bill_id, e]));
  const earlier = await earlierArrears(db, projectId, bills, [...new Set(bills.map((b) => b.customerId))]);
  return bills.map((b) => ({
    billId: b.billId,
    unitCode: b.unitCode,
    buildingName: more.get(b.billId)?.name ?? '',
    customerName: b.customerName,
    company: more.get(b.billId)?.company ?? '',
    period: b.period,
    dueDate: b.dueDate,
    issuedAt: more.get(b.billId)?.issued_at ?? '',
    totalFen: b.totalFen,
    outstandingFen: b.outstandingFen,
    earlierFen: earlier.get(`${b.customerId}|${b.unitId}`) ?? 0,
    lines: byBill.get(b.billId) ?? [],
  }));
}

const customerName = (s: Sheet) =>
  s.company && s.company !== s.customerName ? `${s.customerName}（${s.company}）` : s.customerName;

function renderSheet(
  s: Sheet,
  L: BillingPrintLabels,
  projectName: string,
  timeZone: string,
  reminder: boolean,
) {
  const customer = customerName(s);
  return html`<div class="sheet">
<h1>${reminder ? L.reminderTitle : L.billTitle}</h1>
<p class="sub">${projectName}</p>
${reminder ? html`<p>${L.reminderText(customerName(s), s.dueDate)}</p>` : ''}
<div class="meta"><span>${L.billNo}: <strong>${s.period}-${s.unitCode}</strong></span><span>${L.issuedOn}: ${localDateTime(s.issuedAt, timeZone).slice(0, 10)}</span></div>
<table><colgroup><col style="width:28mm"><col><col style="width:28mm"><col></colgroup>
<tr><th>${L.customer}</th><td>${customer}</td><th>${L.unit}</th><td>${s.buildingName} ${s.unitCode}</td></tr>
<tr><th>${L.period}</th><td>${s.period}</td><th>${L.dueDate}</th><td><strong>${s.dueDate}</strong></td></tr>
</table>
<table style="margin-top:3mm"><colgroup><col style="width:12mm"><col style="width:52mm"><col><col style="width:30mm"></colgroup>
<tr><th>${L.no}</th><th>${L.item}</th><th>${L.detail}</th><th class="num">${L.amount}</th></tr>
${s.lines.map((l, i) => html`<tr><td>${i + 1}</td><td>${l.description}</td><td>${l.quantity}</td><td class="num">${fenToYuan(l.amountFen)}</td></tr>\n`)}
<tr><th colspan="3">${L.total}</th><td class="num"><strong>${fenToYuan(s.totalFen)}</strong></td></tr>
<tr><th colspan="2">${L.inWords}</th><td colspan="2">${yuanInWords(s.totalFen)}</td></tr>
<tr><th colspan="3">${L.paid}</th><td class="num">${fenToYuan(s.totalFen - s.outstandingFen)}</td></tr>
<tr><th colspan="3">${L.outstanding}</th><td class="num"><strong>${fenToYuan(s.outstandingFen)}</strong></td></tr>
${s.earlierFen > 0 ? html`<tr><th colspan="3">${L.earlier}</th><td class="num"><strong>${fenToYuan(s.earlierFen)}</strong></td></tr>` : ''}
</table>
<p class="foot">${L.payBy(s.dueDate)}</p>
<div class="sign"><span>${L.customerSign}:</span><span>${L.date}:</span></div>
<div class="sign"><span>${L.deliveredBy}:</span><span>${L.date}:</span></div>
</div>
`;
}

/** One bill (billId) or a batch of a month, optionally one building and/or only the unpaid ones. */
export async function printBills(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: SheetsQuery,
  locale: Locale,
): Promise<string> {
  requireBilling(actor, 'billing.read', projectId);
  const project = await projectClock(deps.db.k, projectId);
  const { timeZone } = project;
  const sheets = await loadSheets(deps, actor, projectId, q);
  if (sheets.length === 0) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
  const L = billingPrintLabels(locale);
  const reminder = q.reminder === '1';
  const body = html`${sheets.map((s) => renderSheet(s, L, project.name, timeZone, reminder))}<p class="foot no-print">${L.printedAt}: ${localDay(deps.clock.now(), timeZone)}</p>`;
  return printPage({
    lang: locale,
    title: `${reminder ? L.reminderTitle : L.billTitle} ${q.period ?? q.dueDate}`,
    printLabel: L.print,
    body,
  });
}
