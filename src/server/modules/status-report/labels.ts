/** Words of the printed and exported monthly property status report (月度物业动态信息表). */
import type { Locale } from '../../platform/i18n/index.ts';

const zh = {
  print: '打印',
  title: '月度物业动态信息表',
  sheetCounts: '房态统计',
  sheetChanges: '本月变动',
  month: '月份',
  asOf: '统计截至',
  dueDate: '报送截止',
  surveyBy: '普查截止',
  building: '楼栋',
  total: '合计',
  allBuildings: '全部楼栋',
  unit: '房号',
  from: '原状态',
  to: '新状态',
  workflow: '变更流程',
  reason: '原因',
  at: '时间',
  by: '经办人',
  noChanges: '本月无房态变动',
  preparedBy: '制表',
  signedBy: '项目经理签阅',
  copyTo: '抄报：安保部、收费员',
  draft: '草稿（未签阅）',
  late: '逾期报送',
  statuses: { not_received: '未接房', vacant: '空置', renovating: '装修中', owner_occupied: '自住', tenant_occupied: '出租', office_in_use: '办公' } as Record<string, string>,
  workflows: { handover: '交房', renovation: '装修', move_in: '入住', move_out: '退租/迁出', transfer: '转让', initial_survey: '初始普查', created: '新建单元' } as Record<string, string>,
};

const en: typeof zh = {
  print: 'Print',
  title: 'Monthly property status report',
  sheetCounts: 'Statuses',
  sheetChanges: 'Changes',
  month: 'Month',
  asOf: 'As of',
  dueDate: 'Due by',
  surveyBy: 'Survey by',
  building: 'Building',
  total: 'Total',
  allBuildings: 'All buildings',
  unit: 'Unit',
  from: 'From',
  to: 'To',
  workflow: 'Workflow',
  reason: 'Reason',
  at: 'When',
  by: 'By',
  noChanges: 'No status changed this month',
  preparedBy: 'Prepared by',
  signedBy: 'Signed by the project manager',
  copyTo: 'Copies to: security, cashier',
  draft: 'Draft (not signed)',
  late: 'Submitted late',
  statuses: { not_received: 'Not received', vacant: 'Vacant', renovating: 'Renovating', owner_occupied: 'Owner-occupied', tenant_occupied: 'Let', office_in_use: 'Office in use' },
  workflows: { handover: 'Handover', renovation: 'Renovation', move_in: 'Move-in', move_out: 'Move-out', transfer: 'Transfer', initial_survey: 'Initial survey', created: 'Unit created' },
};

export function reportLabels(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}
