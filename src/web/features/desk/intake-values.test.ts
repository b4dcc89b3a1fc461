/** TKT-1: the intake form sends what the kind records, and nothing of another kind. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { INITIAL_VALUES, toIntakeBody } from './intake-values.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

test('REP-1/REP-2: an urgent repair in a unit, for a known caller', () => {
  const body = toIntakeBody(
    {
      ...INITIAL_VALUES,
      contactPhone: ' 13601030004 ',
      customerName: '钱宏',
      company: '瑞丰投资管理有限公司',
      description: ' 办公室电器冒烟 ',
      unitId: 'u1',
      urgency: 'urgent',
      eventAt: dayjs(),
    },
    'c1',
    'Asia/Shanghai',
  );
  assert.deepEqual(body, {
    kind: 'repair',
    channel: 'phone',
    customerId: 'c1',
    customerName: '钱宏',
    company: '瑞丰投资管理有限公司',
    contactPhone: '13601030004',
    description: '办公室电器冒烟',
    unitId: 'u1',
    urgency: 'urgent',
  });
});

test('REP-2: a scheduled repair carries its appointment in the project zone', () => {
  const body = toIntakeBody(
    {
      ...INITIAL_VALUES,
      customerName: '高远',
      description: '空调不制冷',
      unitId: 'u2',
      urgency: 'scheduled',
      appointmentAt: dayjs('2026-11-26T10:00:00'),
    },
    undefined,
    'Asia/Shanghai',
  );
  assert.equal(body.appointmentAt, '2026-11-26T02:00:00.000Z');
  assert.equal(body.customerId, undefined);
});

test('CMP-1: a written complaint about a public area, with the time of the event; no repair fields', () => {
  const body = toIntakeBody(
    {
      ...INITIAL_VALUES,
      kind: 'complaint',
      customerName: '林晓梅',
      description: '电梯停运',
      placeMode: 'area',
      unitId: 'u1',
      publicArea: '1号楼电梯厅',
      urgency: 'urgent',
      eventAt: dayjs('2026-11-25T08:30:00'),
      written: true,
    },
    undefined,
    'Asia/Shanghai',
  );
  assert.deepEqual(body, {
    kind: 'complaint',
    channel: 'phone',
    customerName: '林晓梅',
    company: '',
    description: '电梯停运',
    publicArea: '1号楼电梯厅',
    eventAt: '2026-11-25T00:30:00.000Z',
    written: true,
  });
});

test('TKT-3: an inquiry settled on the spot carries its answer; an unticked settle sends none', () => {
  const settled = toIntakeBody(
    {
      ...INITIAL_VALUES,
      kind: 'inquiry',
      customerName: '访客',
      description: '停车怎么收费',
      settle: true,
      settleNote: '首小时免费',
    },
    undefined,
    'Asia/Shanghai',
  );
  assert.equal(settled.settleNote, '首小时免费');
  const open = toIntakeBody(
    {
      ...INITIAL_VALUES,
      kind: 'inquiry',
      customerName: '访客',
      description: '停车怎么收费',
      settle: false,
      settleNote: '首小时免费',
    },
    undefined,
    'Asia/Shanghai',
  );
  assert.equal(open.settleNote, undefined);
});
