/**
 * HTTP for fees, bills, the ledger and prepaid meters (FEE-1..6, REP-7). Money in and out
 * is integer fen; amounts are validated as integers here and as positive in the use case,
 * so a negative amount gets the ledger's own message.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { StartBillingBody, endBilling, listAccounts, startBilling } from './accounts.ts';
import { requireBilling } from './access.ts';
import { listMeters } from './meters-read.ts';
import { printBills } from './print/bill-sheets.ts';
import { printReceipt } from './print/receipt.ts';
import { billingDb } from './tables.ts';
import { PRINT_HEADERS } from '../../platform/print/html.ts';
import { accountStatement } from './balance.ts';
import { endOfProjectDay, getBill, listBills } from './bills-read.ts';
import { runBooksCheck } from './books-check.ts';
import { requestDeduction } from './deduction.ts';
import { ADJUSTMENT_STATES, listAdjustments } from './adjustments.ts';
import { decideAdjustment } from './decide-adjustment.ts';
import { collectDeposit, DEPOSIT_KINDS, listDeposits } from './deposits.ts';
import { DefineFeeItemBody, defineFeeItem, listFeeItems } from './fee-items.ts';
import { generateBills } from './generate-bills.ts';
import { CancelOvertimeAcBody, OvertimeAcQuery, RecordOvertimeAcBody, cancelOvertimeAc, listOvertimeAc, recordOvertimeAc } from './overtime-ac.ts';
import { PAY_METHODS } from './ledger.ts';
import { CreatePrepaidMeterBody, PrepaidEntryBody, createPrepaidMeter, listLowBalanceNotices, listPrepaidMeters, recordPrepaidEntry } from './prepaid.ts';
import { CreateMeterBody, RecordReadingBody, createMeter, getMeter, recordReading } from './record-reading.ts';
import { recordPayment, recordPrepayment } from './record-payment.ts';
import { refundCredit, refundDeposit } from './refund.ts';
import { unpaidList } from './reminders.ts';
import { requestReversal } from './reverse-entry.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { dayField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';

const tags = ['billing'];
const Fen = z.number().int().openapi({ description: 'integer fen (1 元 = 100)' });
const Receipt = singleLineText(40);
const Method = z.enum(PAY_METHODS);
const Any = json(z.any());
const base = '/projects/{projectId}/billing' as const;

const PaymentBody = z.strictObject({ billId: z.uuid(), customerId: z.uuid(), amountFen: Fen, method: Method, receiptNo: Receipt, note: z.string().max(200).optional() }).openapi('Payment');
const PrepaymentBody = z.strictObject({ customerId: z.uuid(), unitId: z.uuid(), amountFen: Fen, method: Method, receiptNo: Receipt, note: z.string().max(200).optional() }).openapi('Prepayment');
const RefundBody = z.strictObject({ customerId: z.uuid(), unitId: z.uuid(), amountFen: Fen, method: Method, receiptNo: Receipt, note: z.string().trim().min(1).max(200) }).openapi('Refund');
const DepositBody = z.strictObject({ customerId: z.uuid(), unitId: z.uuid().nullable().default(null), kind: z.enum(DEPOSIT_KINDS), amountFen: Fen, method: Method, receiptNo: Receipt }).openapi('Deposit');
const DepositRefundBody = z.strictObject({ amountFen: Fen, method: Method, receiptNo: Receipt, note: z.string().max(200).default('') }).openapi('DepositRefund');
const DeductionBody = z.strictObject({ billId: z.uuid(), amountFen: Fen, reason: z.string().max(200), depositId: z.uuid().optional() }).openapi('Deduction');
const AdjustmentIdParam = ProjectParam.extend({ adjustmentId: z.uuid().openapi({ param: { name: 'adjustmentId', in: 'path' } }) });
const AdjustmentsQuery = z.strictObject({ state: z.enum(ADJUSTMENT_STATES).optional(), billId: z.uuid().optional(), customerId: z.uuid().optional(), unitId: z.uuid().optional() });
const ApproveBody = z.strictObject({ note: z.string().max(200).optional() }).openapi('AdjustmentApproval');
const RejectBody = z.strictObject({ reason: z.string().max(200) }).openapi('AdjustmentRejection');
const BillRunBody = z.strictObject({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ example: '2026-12' }), buildingId: z.uuid().optional(), dueDate: dayField(DATE_WINDOWS.term).optional() }).openapi('BillRun');

const AccountIdParam = ProjectParam.extend({ accountId: z.uuid().openapi({ param: { name: 'accountId', in: 'path' } }) });
const BillIdParam = ProjectParam.extend({ billId: z.uuid().openapi({ param: { name: 'billId', in: 'path' } }) });
const DepositIdParam = ProjectParam.extend({ depositId: z.uuid().openapi({ param: { name: 'depositId', in: 'path' } }) });
const EntryIdParam = ProjectParam.extend({ entryId: z.uuid().openapi({ param: { name: 'entryId', in: 'path' } }) });
const MeterIdParam = ProjectParam.extend({ meterId: z.uuid().openapi({ param: { name: 'meterId', in: 'path' } }) });
const PrepaidMeterIdParam = ProjectParam.extend({ prepaidMeterId: z.uuid().openapi({ param: { name: 'prepaidMeterId', in: 'path' } }) });
const EndBody = z.strictObject({ endDay: dayField(DATE_WINDOWS.term) });
const ReverseBody = z.strictObject({ reason: z.string().max(200) });
const BillsQuery = z.strictObject({ period: z.string().regex(/^\d{4}-\d{2}$/).optional(), dueDate: dayField(DATE_WINDOWS.filter).optional(), customerId: z.uuid().optional(), buildingId: z.uuid().optional(), status: z.enum(['open', 'paid']).optional(), q: z.string().max(60).optional() });
const StatementQuery = z.strictObject({ customerId: z.uuid().optional(), unitId: z.uuid().optional(), asOf: dayField(DATE_WINDOWS.filter).optional() });
const SheetsQuery = BillsQuery.extend({ billId: z.uuid().optional(), reminder: z.enum(['1']).optional().openapi({ description: 'FEE-3: print as the second reminder notice (催缴通知单)' }), lang: z.enum(['zh-CN', 'en']).optional() });
const Html = { content: { 'text/html': { schema: z.string() } } };
const UnpaidQuery = z.strictObject({ dueDate: dayField(DATE_WINDOWS.filter) });

/** The statement as of the end of a local day (today when no day is given). */
async function statement(deps: Deps, actor: Actor, projectId: string, q: z.infer<typeof StatementQuery>) {
  const asOf = q.asOf ? await endOfProjectDay(deps, projectId, q.asOf) : undefined;
  return accountStatement(deps, actor, projectId, { customerId: q.customerId, unitId: q.unitId, asOf });
}

export function billingRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({ method: 'post', path: `${base}/fee-items`, tags, summary: 'FEE-1: define a fee item, or a new price version of one (never rewrites a billed month)', request: { params: ProjectParam, body: { ...json(DefineFeeItemBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await defineFeeItem(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/fee-items`, tags, summary: 'Every version of every fee item', request: { params: ProjectParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await listFeeItems(deps, actor, p.projectId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/accounts`, tags, summary: 'MVI-2/HND-3: start billing a payer (owner or tenant) for a unit from a day', request: { params: ProjectParam, body: { ...json(StartBillingBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await startBilling(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/accounts/{accountId}/end`, tags, summary: 'Stop billing a payer after a day (move-out, transfer)', request: { params: AccountIdParam, body: { ...json(EndBody), required: true } }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await endBilling(deps, actor, p.projectId, p.accountId, c.req.valid('json').endDay), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/meters`, tags, summary: 'A unit meter, or a shared-area (公摊) meter of a building', request: { params: ProjectParam, body: { ...json(CreateMeterBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await createMeter(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/meters/{meterId}`, tags, summary: 'A meter with its last reading', request: { params: MeterIdParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await getMeter(deps, actor, p.projectId, p.meterId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/meters/{meterId}/readings`, tags, summary: 'Record a reading: previous reading and consumption are returned; lower than the last only as a meter replacement', request: { params: MeterIdParam, body: { ...json(RecordReadingBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await recordReading(deps, actor, p.projectId, p.meterId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/bill-runs`, tags, summary: 'Generate a month\'s bills for a building or the whole project; running it again writes nothing new', request: { params: ProjectParam, body: { ...json(BillRunBody), required: true } }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await generateBills(deps, actor, p.projectId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/bills`, tags, summary: 'A month\'s bills', request: { params: ProjectParam, query: BillsQuery }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await listBills(deps, actor, p.projectId, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/bills/{billId}`, tags, summary: 'A bill with its lines, entries and what is still owed', request: { params: BillIdParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await getBill(deps, actor, p.projectId, p.billId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/bill-sheets`, tags, summary: 'FEE-2: A4 bills to print and deliver for signature — one bill, or a month of a building or the project (optionally only the unpaid)', request: { params: ProjectParam, query: SheetsQuery }, responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses } }),
    async (c) => c.html(await printBills(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query'), c.get('locale')), 200, PRINT_HEADERS),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/entries/{entryId}/receipt`, tags, summary: 'The receipt of a payment, prepayment or deposit (or the voucher of a refund), two copies on A4', request: { params: EntryIdParam, query: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }) }, responses: { 200: { description: 'HTML for printing', ...Html }, ...errorResponses } }),
    async (c) => {
      const p = c.req.valid('param');
      return c.html(await printReceipt(deps, requireActor(c), p.projectId, p.entryId, c.get('locale')), 200, PRINT_HEADERS);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/meters`, tags, summary: "A building's meters with their last reading, for the reading round", request: { params: ProjectParam, query: z.strictObject({ buildingId: z.uuid() }) }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => c.json(await listMeters(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').buildingId), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/accounts`, tags, summary: 'Who pays for a unit, or which units a customer pays for', request: { params: ProjectParam, query: z.strictObject({ unitId: z.uuid().optional(), customerId: z.uuid().optional() }) }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => c.json(await listAccounts(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/deposits`, tags, summary: "A customer's deposits with what is still held", request: { params: ProjectParam, query: z.strictObject({ customerId: z.uuid() }) }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const projectId = c.req.valid('param').projectId;
      requireBilling(requireActor(c), 'billing.read', projectId);
      return c.json(await listDeposits(billingDb(deps.db.k), projectId, c.req.valid('query').customerId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/payments`, tags, summary: 'Take a payment against a bill (cash, transfer, card, with the receipt number)', request: { params: ProjectParam, body: { ...json(PaymentBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await recordPayment(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/prepayments`, tags, summary: 'Take money in advance on a unit (e.g. six months at handover)', request: { params: ProjectParam, body: { ...json(PrepaymentBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await recordPrepayment(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/refunds`, tags, summary: 'Pay back unused credit on a unit', request: { params: ProjectParam, body: { ...json(RefundBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await refundCredit(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/deductions`, tags, summary: 'FEE-6/ORG-2: ask for part of a bill to be taken off (waived with a reason, or settled from a deposit); nothing is booked until a second person approves', request: { params: ProjectParam, body: { ...json(DeductionBody), required: true } }, responses: { 201: { description: 'The pending request', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await requestDeduction(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/deposits`, tags, summary: 'Take a deposit (management fee, renovation, IC card)', request: { params: ProjectParam, body: { ...json(DepositBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await collectDeposit(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/deposits/{depositId}/refund`, tags, summary: 'Pay back (part of) a deposit', request: { params: DepositIdParam, body: { ...json(DepositRefundBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await refundDeposit(deps, actor, p.projectId, { depositId: p.depositId, ...c.req.valid('json') }), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/entries/{entryId}/reverse`, tags, summary: 'FEE-6/ORG-2: ask for an entry to be corrected by a reversing entry (entries are never edited); nothing is booked until a second person approves', request: { params: EntryIdParam, body: { ...json(ReverseBody), required: true } }, responses: { 201: { description: 'The pending request', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await requestReversal(deps, actor, p.projectId, { entryId: p.entryId, reason: c.req.valid('json').reason }), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/adjustments`, tags, summary: 'Requested reversals and deductions with who asked, when and why, and who decided — pending first', request: { params: ProjectParam, query: AdjustmentsQuery }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => c.json(await listAdjustments(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/adjustments/{adjustmentId}/approve`, tags, summary: 'FEE-6/ORG-2: approve a reversal or deduction (a CS manager or project manager who neither asked nor recorded the entry); books it once', request: { params: AdjustmentIdParam, body: { ...json(ApproveBody), required: true } }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await decideAdjustment(deps, requireActor(c), p.projectId, p.adjustmentId, { approve: true, note: c.req.valid('json').note }), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/adjustments/{adjustmentId}/reject`, tags, summary: 'FEE-6/ORG-2: reject a reversal or deduction, with the reason; nothing is booked', request: { params: AdjustmentIdParam, body: { ...json(RejectBody), required: true } }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await decideAdjustment(deps, requireActor(c), p.projectId, p.adjustmentId, { approve: false, reason: c.req.valid('json').reason }), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/statement`, tags, summary: 'A customer\'s or unit\'s balance, open bills, arrears and entries as of a day (today by default)', request: { params: ProjectParam, query: StatementQuery }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await statement(deps, actor, p.projectId, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/unpaid`, tags, summary: 'FEE-3: the unpaid list of a due date (the CS board)', request: { params: ProjectParam, query: UnpaidQuery }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await unpaidList(deps, actor, p.projectId, c.req.valid('query').dueDate), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/books-check`, tags, summary: 'FEE-6: check now that the books balance', request: { params: ProjectParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await runBooksCheck(deps, actor, p.projectId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/prepaid-meters`, tags, summary: 'FEE-5: register a prepaid electricity meter with its low-balance threshold', request: { params: ProjectParam, body: { ...json(CreatePrepaidMeterBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await createPrepaidMeter(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/prepaid-meters/{prepaidMeterId}/entries`, tags, summary: 'FEE-5: a top-up or the usage reported by the meter; a low balance records a notice', request: { params: PrepaidMeterIdParam, body: { ...json(PrepaidEntryBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await recordPrepaidEntry(deps, actor, p.projectId, p.prepaidMeterId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/prepaid-meters`, tags, summary: 'FEE-5: every prepaid meter with its unit, payer, balance, threshold and whether it is low', request: { params: ProjectParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => c.json(await listPrepaidMeters(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/low-balance-notices`, tags, summary: 'FEE-5: low-balance notices, newest first', request: { params: ProjectParam }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await listLowBalanceNotices(deps, actor, p.projectId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/overtime-ac`, tags, summary: 'BKG-2: record overtime air-conditioning a unit used (加时空调): started hours × the hourly price, for the payer of that day, on that month\'s bill', request: { params: ProjectParam, body: { ...json(RecordOvertimeAcBody), required: true } }, responses: { 201: { description: 'Done', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await recordOvertimeAc(deps, actor, p.projectId, c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/overtime-ac`, tags, summary: 'BKG-2: the overtime air-conditioning uses of a month, with the bill each is on', request: { params: ProjectParam, query: OvertimeAcQuery }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await listOvertimeAc(deps, actor, p.projectId, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/overtime-ac/{useId}/cancel`, tags, summary: 'BKG-2: cancel a use recorded by mistake, with the reason — only while it is on no bill (uses are never edited)', request: { params: ProjectParam.extend({ useId: z.uuid().openapi({ param: { name: 'useId', in: 'path' } }) }), body: { ...json(CancelOvertimeAcBody), required: true } }, responses: { 200: { description: 'OK', ...Any }, ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      const p = c.req.valid('param');
      return c.json(await cancelOvertimeAc(deps, actor, p.projectId, p.useId, c.req.valid('json').reason), 200);
    },
  );
  return app;
}
