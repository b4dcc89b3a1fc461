import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, loginAs } from '../../../../../tests/support/factory/index.ts';
import { Scenario } from '../stats/scenario.ts';
import { html } from '../../../platform/print/html.ts';

const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const XSS = '<script>alert(1)</script>';

test('REP-1/CMP-8: the print template escapes every value and keeps only its own markup', () => {
  assert.equal(
    html`<td title="${'"x"'}">${XSS}</td>`.value,
    '<td title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt;</td>',
  );
  assert.equal(html`<p>${[html`<b>${'&'}</b>`, "'"]}</p>`.value, '<p><b>&amp;</b>&#39;</p>');
});

createTestApp('printed forms', (ctx) => {
  const s = new Scenario(ctx);
  const printUrl = (ticketId: string, q = '') =>
    `/api/projects/${ctx().projects.CAMPUS}/tickets/${ticketId}/print${q}`;

  test('REP-1: the work order prints every field of the paper form, A4, with the signature embedded and user text escaped', async () => {
    const unit = await s.at('2026-11-25T01:00:00.000Z').unit('1-405');
    let t = await s.intake({
      kind: 'repair',
      customerName: `周建国${XSS}`,
      company: '华信证券北京分公司',
      contactPhone: '13801010001',
      unitId: unit,
      description: `卫生间漏水${XSS}`,
      urgency: 'scheduled',
      appointmentAt: '2026-11-25T06:00:00Z',
    });
    await s.act('clerk', t, 'classify', {
      charge: 'paid',
      priceFen: 8050,
      customerAgreed: true,
      materialsCheck: '客户自备水龙头，已验合格',
    });
    await s.toWork(t);
    await s.at('2026-11-25T06:30:00.000Z');
    await s.act('engineer', t, 'complete', { workDone: '更换水龙头阀芯', materials: '阀芯×1' });
    await s.act('clerk', t, 'confirm', { signature: SIGNATURE, signerName: '周建国' });
    await s.at('2026-11-25T08:00:00.000Z');
    t = await s.act('clerk', t, 'callback', {
      reached: true,
      satisfaction: 'satisfied',
      opinion: '<img src=x onerror=alert(1)>很及时',
    });

    const res = await (await loginAs(ctx(), 'clerk', 'zh-CN')).get(printUrl(t.ticketId));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'sha256-/);
    const page: string = res.body;
    for (const field of [
      '工程维修单',
      '国际金融中心',
      t.number,
      '1号楼 写字楼 1-405', // unit with its building
      '华信证券北京分公司',
      '13801010001', // CUS-3: in full for the desk printing it — the copy goes with the worker, who calls ahead
      '2026-11-25 09:00', // reported, local time
      '王芳（前台）', // receiver
      '预约',
      '2026-11-25 14:00', // appointment
      '有偿',
      '80.50', // yuan from fen
      '客户自备水龙头，已验合格',
      '刘强（工程部）', // engineer
      '更换水龙头阀芯',
      '阀芯×1',
      '2026-11-25 14:30', // completed
      `<img src="${SIGNATURE}"`,
      '满意',
      '@page { size: A4; margin:',
      '<button type="button" id="print">打印</button>',
      '.no-print { display: none',
    ]) {
      assert.ok(page.includes(field), `work order shows ${field}`);
    }
    // CUS-3: printed by someone who may see the ticket but does not call the customer, the number is masked.
    const other = await (await loginAs(ctx(), 'engineer2', 'zh-CN')).get(printUrl(t.ticketId));
    assert.equal(other.status, 200);
    assert.ok(
      other.body.includes('138****0001') && !other.body.includes('13801010001'),
      'masked for a colleague not assigned to it',
    );
    assert.ok(!page.includes(XSS), 'customer text never becomes markup');
    assert.ok(page.includes('卫生间漏水&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(page.includes('周建国&lt;script&gt;'));
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;很及时'));
    assert.equal(page.match(/<script>/g)?.length, 1, "only the print button's own script");

    const en = await (await loginAs(ctx(), 'clerk', 'zh-CN')).get(printUrl(t.ticketId, '?lang=en'));
    assert.ok(
      en.body.includes('Engineering Work Order') &&
        en.body.includes('>Print</button>') &&
        en.body.includes('Scheduled') &&
        en.body.includes('Price (yuan)'),
    );
  });

  test('REP-5: a customer who signed on paper is shown as such; a reworked order shows no stale completion', async () => {
    s.at('2026-11-26T01:00:00.000Z');
    const t = await s.intake({
      kind: 'repair',
      customerName: '郑凯',
      unitId: await s.unit('1-1501'),
      description: '水龙头滴水',
      urgency: 'urgent',
    });
    await s.toWork(t);
    await s.act('engineer', t, 'complete', { workDone: '更换垫片' });
    await s.act('clerk', t, 'confirm', { signedOnPaper: true, signerName: '郑凯' });
    const clerk = await loginAs(ctx(), 'clerk', 'zh-CN');
    const signed: string = (await clerk.get(printUrl(t.ticketId))).body;
    assert.ok(signed.includes('客户已纸质签字') && signed.includes('签字人: 郑凯'));
    assert.ok(!signed.includes('<img'));
    await s.act('clerk', t, 'rework', { reason: '仍滴水' });
    const reworked: string = (await clerk.get(printUrl(t.ticketId))).body;
    assert.ok(!reworked.includes('更换垫片'), 'the superseded report is not printed as the work done');
    assert.ok(reworked.includes('<th>返修次数</th><td colspan="1">1</td>'));
  });

  test('CMP-8: a written complaint prints the reply form with the handling, the result and the corrective/preventive action', async () => {
    s.at('2026-11-27T01:00:00.000Z');
    let t = await s.intake({
      kind: 'complaint',
      channel: 'letter',
      written: true,
      customerName: '林晓梅',
      company: '华信证券北京分公司',
      unitId: await s.unit('1-405'),
      description: `电梯多次停运${XSS}`,
      eventAt: '2026-11-26T10:00:00Z',
    });
    await s.act('supervisor', t, 'classify', {
      validity: 'valid',
      level: 'important',
      complaintType: 'equipment',
    });
    await s.toWork(t);
    await s.act('engineer', t, 'complete', { workDone: '更换主板' });
    await s.act('clerk', t, 'written-reply', {
      handling: '工程部更换电梯主板<b>',
      result: '电梯恢复运行，加强巡检',
    });
    await s.act('engineer', t, 'corrective-action', {
      cause: '主板老化',
      corrective: '更换主板',
      preventive: '每月检测主板温度',
    });
    t = await s.act('clerk', t, 'confirm', { answer: '已书面答复' });

    const page: string = (await (await loginAs(ctx(), 'supervisor', 'zh-CN')).get(printUrl(t.ticketId))).body;
    for (const field of [
      '客户建议/意见受理回复表',
      t.number,
      '林晓梅',
      '华信证券北京分公司',
      '1号楼 写字楼 1-405',
      '2026-11-26 18:00',
      '设备 / 重要',
      '工程部更换电梯主板&lt;b&gt;',
      '电梯恢复运行，加强巡检',
      '王芳（前台）',
      '主板老化',
      '每月检测主板温度',
      '刘强（工程部）',
      '客服经理审核',
      '客户签收',
    ]) {
      assert.ok(page.includes(field), `reply form shows ${field}`);
    }
    assert.ok(!page.includes(XSS));
    const en: string = (
      await (await loginAs(ctx(), 'supervisor', 'zh-CN')).get(printUrl(t.ticketId, '?lang=en'))
    ).body;
    assert.ok(
      en.includes('Customer Suggestion / Opinion Reply Form') && en.includes('Equipment / Important'),
    );
  });

  test('TKT-4/ORG-1: printing needs sight of the ticket; an inquiry has no form', async () => {
    s.at('2026-11-27T02:00:00.000Z');
    const t = await s.intake({
      kind: 'repair',
      customerName: '吴敏',
      unitId: await s.unit('1-1203'),
      description: '门锁坏',
      urgency: 'urgent',
    });
    await s.toWork(t);
    assert.equal(
      (await (await loginAs(ctx(), 'engineer2')).get(printUrl(t.ticketId))).status,
      200,
      'the engineering department sees its work orders',
    );
    assert.equal(
      (await (await loginAs(ctx(), 'cleaner')).get(printUrl(t.ticketId))).status,
      404,
      'another department does not',
    );
    assert.equal((await (await loginAs(ctx(), 'estate.clerk')).get(printUrl(t.ticketId))).status, 404);
    const inquiry = await s.intake({
      kind: 'inquiry',
      customerName: '访客',
      description: '物业费怎么交',
      settleNote: '已告知',
    });
    const refused = await (await loginAs(ctx(), 'clerk', 'zh-CN')).get(printUrl(inquiry.ticketId));
    assert.equal(refused.status, 422);
  });
});
