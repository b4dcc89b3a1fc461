/** Every notification the server sends reads as a sentence in the bell, in Chinese and English. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import { zhCN, en } from '../../app/messages.ts';
import { labelOf } from '../../app/labels.ts';
import { isUrgentNotification, notificationPath, notificationText } from './notification-text.ts';
import type { JsonValue } from '../../../server/platform/http/json-value.ts';

async function texts(lang: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return (kind: string, params: Record<string, JsonValue>) =>
    notificationText({ kind, number: null, params }, i18n.t, (g, v) => labelOf(lang, g, v));
}

test('FEE-3/FEE-5: fee reminders name the due date, the count and the total in 元', async () => {
  const zh = await texts('zh-CN');
  assert.equal(
    zh('fee.unpaid_list', { dueDate: '2026-12-10', count: 4, total: 3_487_078 }),
    '2026-12-10 到期未缴账单 4 份，合计 ¥34,870.78，请催缴',
  );
  assert.equal(
    zh('fee.second_notice', { dueDate: '2026-12-10', count: 2, total: 100 }),
    '2026-12-10 到期仍有 2 份账单未缴（¥1.00），已生成二次催缴通知',
  );
  assert.equal(
    zh('fee.low_balance', { meterNo: 'P-01', balance: '12.00' }),
    '预付费电表 P-01 余额不足（12.00 元），请通知业主',
  );
});

test('MVO-1, HND-6, REL-2, STA-1, PRK-4: the occupancy and parking reminders read as sentences in both languages', async () => {
  const zh = await texts('zh-CN');
  const enT = await texts('en');
  assert.equal(
    zh('lease.ending', { customer: '瑞丰投资', unit: '1-808', leaseEnd: '2026-12-20' }),
    '瑞丰投资（1-808）租约 2026-12-20 到期，请向租赁方了解续租或退租',
  );
  assert.equal(
    enT('status_report.due', { month: '2026-11', dueDate: '2026-12-03' }),
    'The property status report of 2026-11 is due by 2026-12-03',
  );
  for (const kind of [
    'move_in.notice',
    'move_out.scheduled',
    'move_out.deposit_overdue',
    'pass.flagged',
    'status_report.sent',
    'parking.expiring',
    'parking.register',
    'fee.books_unbalanced',
  ]) {
    for (const t of [zh, enT]) {
      const text = t(kind, {
        unit: '1-808',
        customer: 'X',
        tenant: 'Y',
        day: '2026-12-01',
        dueOn: '2026-12-20',
        month: '2026-11',
        plate: '京A12345',
        endDay: '2026-12-31',
        count: 3,
        problems: 1,
      });
      assert.ok(!text.includes('有新动态') && !text.includes('{{'), `${kind}: ${text}`);
    }
  }
});

test('REP-2/TKT-3/CMP-2: work given to me and a complaint to classify read as sentences; an urgent repair stands out', async () => {
  const zh = await texts('zh-CN');
  const enT = await texts('en');
  const urgent = { number: 'BX20261125-0001', ticketKind: 'repair', place: '1-808', reassigned: 0 };
  assert.equal(zh('ticket.assigned_urgent', urgent), '急修 BX20261125-0001（1-808）已派给您，请立即到场');
  assert.equal(
    enT('ticket.assigned_urgent', urgent),
    'Urgent repair BX20261125-0001 (1-808) is yours: go now',
  );
  assert.equal(
    zh('ticket.assigned', { ...urgent, ticketKind: 'complaint' }),
    '投诉 BX20261125-0001（1-808）已派给您',
  );
  assert.equal(
    enT('ticket.assigned', { ...urgent, reassigned: 1 }),
    'Repair BX20261125-0001 (1-808) is reassigned to you',
  );
  assert.equal(
    zh('complaint.to_classify', {
      number: 'TS20261125-0002',
      place: '大堂',
      forwardBy: '2026-11-25T01:10:00.000Z',
    }),
    '新投诉 TS20261125-0002（大堂）待定级，须在 2026-11-25T01:10:00.000Z 前转交',
  );
  assert.equal(isUrgentNotification('ticket.assigned_urgent'), true);
  assert.equal(isUrgentNotification('ticket.assigned'), false);
  assert.equal(isUrgentNotification('complaint.to_classify'), false);
});

test('FEE-3: the bell shows the unpaid list as it is now — fewer after a payment, cleared when all are paid', async () => {
  const zh = await texts('zh-CN');
  const enT = await texts('en');
  assert.equal(
    zh('fee.unpaid_list', { dueDate: '2026-12-10', count: 3, total: 100_000 }),
    '2026-12-10 到期未缴账单 3 份，合计 ¥1,000.00，请催缴',
  );
  assert.equal(
    zh('fee.unpaid_list', { dueDate: '2026-12-10', count: 0, total: 0 }),
    '2026-12-10 到期的账单已全部缴清',
  );
  assert.equal(
    enT('fee.second_notice', { dueDate: '2026-12-10', count: 0, total: 0 }),
    'All bills due 2026-12-10 are paid',
  );
});

test('FEE-6/ORG-2: the approver is asked and the cashier told the outcome, in both languages; the bell leads to the billing page', async () => {
  const zh = await texts('zh-CN');
  const enT = await texts('en');
  const params = {
    adjustment: 'reversal',
    unit: '1-405',
    period: '2026-10',
    amount: 5_000,
    by: '周敏（收费员）',
    reason: '金额录错',
    note: '',
  };
  assert.equal(
    zh('fee.adjustment_requested', params),
    '周敏（收费员） 申请冲正：1-405 ¥50.00（金额录错），请审批',
  );
  assert.equal(
    enT('fee.adjustment_approved', { ...params, adjustment: 'deduction', amount: -39 }),
    'Your deduction request (1-405 ¥0.39) was approved and booked',
  );
  assert.equal(
    zh('fee.adjustment_rejected', { ...params, note: '账单已结清' }),
    '您申请的冲正（1-405 ¥50.00）被驳回：账单已结清',
  );
  assert.equal(
    notificationPath({ kind: 'fee.adjustment_requested', ticketId: null }, 'p1'),
    '/p/p1/billing?tab=adjustments',
  );
  assert.equal(
    notificationPath({ kind: 'fee.unpaid_list', ticketId: null }, 'p1'),
    '/p/p1/billing?tab=unpaid',
  );
  assert.equal(notificationPath({ kind: 'complaint.major', ticketId: 't1' }, 'p1'), '/p/p1/tickets/t1');
});
