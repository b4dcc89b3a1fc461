/** TKT-4: every timeline entry reads as a sentence, in Chinese and in English. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import { zhCN, en } from '../../app/messages.ts';
import { labelOf } from '../../app/labels.ts';
import { describeEntry, type DescribeContext } from './timeline-text.ts';

async function context(lang: 'zh-CN' | 'en'): Promise<DescribeContext> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  const names: Record<string, string> = { u1: '刘强（工程部）', u2: '王芳（前台）', u3: '郑涛（夜班经理）' };
  return {
    t: i18n.t,
    label: (g, v) => labelOf(lang, g, v),
    department: (code) => (code === 'engineering' ? (lang === 'en' ? 'Engineering' : '工程部') : code),
    person: (id) => names[id] ?? '',
    time: (iso) => iso.slice(11, 16),
    money: (fen) => `¥${(fen / 100).toFixed(2)}`,
  };
}

test('REP-4: a chase says which time it was and who in the department was told', async () => {
  const zh = await context('zh-CN');
  const en = await context('en');
  const told = { type: 'chase', data: { note: '', count: 2, told: ['马力（工程部经理）'] } };
  assert.equal(describeEntry(told, zh).line, '催单（第 2 次），已通知 马力（工程部经理）');
  assert.equal(describeEntry(told, en).line, 'Chased (time 2); 马力（工程部经理） told');
  // An older chase, or a department without a head, says only the chase.
  assert.equal(describeEntry({ type: 'chase', data: { note: '', count: 1 } }, zh).line, '催单（第 1 次）');
  assert.equal(
    describeEntry({ type: 'chase', data: { note: '', count: 1, told: [] } }, zh).line,
    '催单（第 1 次）',
  );
});

test('REP-4..6: the repair journey reads step by step', async () => {
  const c = await context('zh-CN');
  assert.equal(
    describeEntry({ type: 'received', data: { channel: 'phone', kind: 'repair' } }, c).line,
    '受理（电话）',
  );
  assert.equal(
    describeEntry(
      { type: 'forward', data: { department: 'engineering', assigneeId: 'u1', note: '', late: false } },
      c,
    ).line,
    '转交工程部 · 刘强（工程部）',
  );
  assert.equal(
    describeEntry({ type: 'forward', data: { department: 'engineering', assigneeId: null, late: true } }, c)
      .line,
    '转交工程部（超过 10 分钟）',
  );
  assert.equal(describeEntry({ type: 'pick_up', data: { note: '' } }, c).line, '接单');
  assert.deepEqual(
    describeEntry({ type: 'complete', data: { workDone: '更换插座', materials: '插座×1' } }, c),
    { line: '完工：更换插座', detail: '材料：插座×1' },
  );
  assert.equal(
    describeEntry(
      { type: 'confirm', data: { signedOnPaper: false, signerName: '钱宏', hasSignature: true } },
      c,
    ).line,
    '客户确认，已在屏幕上签字（钱宏）',
  );
  assert.equal(
    describeEntry(
      {
        type: 'callback',
        data: { reached: true, resolved: true, satisfaction: 'satisfied', opinion: '', closes: true },
      },
      c,
    ).line,
    '回访：已联系上客户 · 问题已解决 · 满意，工单关闭',
  );
  assert.equal(
    describeEntry(
      {
        type: 'classify',
        data: { urgency: 'scheduled', charge: 'paid', priceFen: 8000, customerAgreed: true },
      },
      c,
    ).line,
    '分类：预约 · 有偿 ¥80.00 · 客户已同意',
  );
  assert.equal(
    describeEntry(
      { type: 'classify', data: { charge: 'paid', priceId: 'p1', customerAgreed: true } },
      { ...c, priceOf: (id) => (id === 'p1' ? 2000 : undefined) },
    ).line,
    '分类：有偿 ¥20.00 · 客户已同意',
  );
});

test('CMP-4/TKT-5: automatic entries say why the system acted, in words and without the internal rule id', async () => {
  const c = await context('zh-CN');
  assert.equal(
    describeEntry({ type: 'auto_major', data: { rule: 'CMP-4', reason: 'five_customers', distinct: 5 } }, c)
      .line,
    '自动升级为重大投诉（同一事件已有 5 位客户投诉）',
  );
  assert.equal(
    describeEntry({ type: 'auto_major', data: { rule: 'CMP-4', reason: 'seven_days' } }, c).line,
    '自动升级为重大投诉（有效投诉受理 7 天仍未解决）',
  );
  assert.equal(
    describeEntry(
      {
        type: 'deadline_breached',
        data: { deadline: 'resolve', dueAt: '2026-11-25T05:00:00.000Z', escalation: 1 },
      },
      c,
    ).line,
    '解决期限已过（应于 05:00 前），已上报部门经理',
  );
  assert.equal(
    describeEntry(
      {
        type: 'classify',
        data: { validity: 'valid', level: 'minor', complaintType: 'equipment', directImpact: true },
      },
      c,
    ).line,
    '定级：有效 · 轻微 · 设备设施 · 直接影响客户',
  );
  assert.equal(
    describeEntry({ type: 'hand_over', data: { from: 'u2', to: 'u3', note: '交班' } }, c).line,
    '首问责任移交：王芳（前台） → 郑涛（夜班经理）',
  );
});

test('the same lines in English; an unknown entry still shows', async () => {
  const c = await context('en');
  assert.equal(
    describeEntry(
      { type: 'deadline_breached', data: { deadline: 'forward', dueAt: '2026-11-25T01:10:00.000Z' } },
      c,
    ).line,
    'Forward deadline passed (due 01:10)',
  );
  assert.equal(
    describeEntry({ type: 'link_event', data: { with: 'TS20261125-0001' } }, c).line,
    'Linked with TS20261125-0001 as one event',
  );
  assert.equal(
    describeEntry({ type: 'auto_major', data: { rule: 'CMP-4', reason: 'five_customers', distinct: 5 } }, c)
      .line,
    'Raised to major automatically (5 customers complained about this event)',
  );
  assert.equal(describeEntry({ type: 'visit_recorded', data: {} }, c).line, 'visit_recorded');
});
