/**
 * The receipt (收款收据) for money taken — a bill payment, a prepayment, a deposit — and
 * the voucher (退款凭证) for money paid back, with the receipt number, payer, purpose,
 * amount in figures and capitals, method and cashier. Two copies on one A4 sheet: the
 * customer's and finance's. Only entries that moved money at the counter have one.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { DEFAULT_TIME_ZONE } from '../../../platform/calendar/index.ts';
import { fenToYuan, localDateTime, yuanInWords } from '../../../platform/print/format.ts';
import { html, printPage } from '../../../platform/print/html.ts';
import { requireBilling } from '../access.ts';
import { billingDb } from '../tables.ts';
import { billingPrintLabels } from './labels.ts';

const MONEY_IN = new Set(['payment', 'prepayment', 'deposit_in']);
const MONEY_OUT = new Set(['refund', 'deposit_out']);

export async function printReceipt(
  deps: Deps,
  actor: Actor,
  projectId: string,
  entryId: string,
  locale: Locale,
): Promise<string> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const e = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'e.project_id').onRef('c.customer_id', '=', 'e.customer_id'),
    )
    .innerJoin('projects as p', 'p.project_id', 'e.project_id')
    .leftJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'e.project_id').onRef('u.unit_id', '=', 'e.unit_id'),
    )
    .leftJoin('bills as b', (j) =>
      j.onRef('b.project_id', '=', 'e.project_id').onRef('b.bill_id', '=', 'e.bill_id'),
    )
    .leftJoin('deposits as d', (j) =>
      j.onRef('d.project_id', '=', 'e.project_id').onRef('d.deposit_id', '=', 'e.deposit_id'),
    )
    .leftJoin('users as w', 'w.user_id', 'e.actor_id')
    .select([
      'e.kind',
      'e.amount_fen',
      'e.receipt_no',
      'e.method',
      'e.note',
      'e.at',
      'c.name',
      'c.company',
      'u.code',
      'b.period',
      'd.kind as deposit_kind',
      'w.display_name',
      'p.name as project_name',
      'p.time_zone',
    ])
    .where('e.project_id', '=', projectId)
    .where('e.entry_id', '=', entryId)
    .executeTakeFirst();
  if (!e) throw new AppError('NOT_FOUND', { params: { what: 'what.ledger_entry' } });
  const moneyIn = MONEY_IN.has(e.kind);
  if (!e.receipt_no || (!moneyIn && !MONEY_OUT.has(e.kind)))
    throw new AppError('UNPROCESSABLE', { key: 'receipt.none' });

  const L = billingPrintLabels(locale);
  const amount = Math.abs(Number(e.amount_fen));
  const purpose = (L.kinds[e.kind] ?? e.kind)
    .replace('{period}', e.period ?? '')
    .replace('{deposit}', L.deposits[e.deposit_kind ?? ''] ?? '');
  const payer = e.company && e.company !== e.name ? `${e.name}（${e.company}）` : e.name;
  const title = moneyIn ? L.receiptTitle : L.refundTitle;
  const copy = (label: string) => html`<div class="receipt">
<h1>${title}</h1>
<p class="sub">${e.project_name}</p>
<div class="meta"><span>${L.receiptNo}: <strong>${e.receipt_no}</strong></span><span>${L.at}: ${localDateTime(e.at, e.time_zone || DEFAULT_TIME_ZONE)}</span></div>
<table><colgroup><col style="width:30mm"><col><col style="width:24mm"><col></colgroup>
<tr><th>${moneyIn ? L.receivedFrom : L.paidTo}</th><td>${payer}</td><th>${L.unit}</th><td>${e.code ?? ''}</td></tr>
<tr><th>${L.purpose}</th><td colspan="3">${purpose}${e.note ? html`<br>${L.note}: ${e.note}` : ''}</td></tr>
<tr><th>${L.amount}</th><td><strong>¥ ${fenToYuan(amount)}</strong></td><th>${L.method}</th><td>${L.methods[e.method ?? ''] ?? e.method ?? ''}</td></tr>
<tr><th>${L.inWords}</th><td colspan="3">${yuanInWords(amount)}</td></tr>
</table>
<div class="sign"><span>${moneyIn ? L.cashier : L.refundBy}: ${e.display_name ?? ''}</span><span>${moneyIn ? L.receivedFrom : L.customerSign}:</span></div>
<p class="copy">${label}</p>
</div>`;
  const body = html`${copy(L.copies[0]!)}<hr style="border:0;border-top:0.6pt dashed #000;margin:8mm 0">${copy(L.copies[1]!)}`;
  return printPage({ lang: locale, title: `${title} ${e.receipt_no}`, printLabel: L.print, body });
}
