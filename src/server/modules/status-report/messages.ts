/**
 * Server messages of the status-report module: the monthly property status report. After
 * them, the words of its prints and exports, each read through a *labels.ts file. `en:
 * typeof zh` (and `typeof …Zh`) makes a key missing from (or added to) one language a type
 * error.
 */
const zh = {
  'status_report.future_month': '{month} 尚未开始，不能制表',
  'status_report.already_sent': '{month} 的物业动态已签阅报送，不能再修改',
  'status_report.not_prepared': '{month} 的物业动态尚未制表，请先制表再签阅',
  'status_report.pm_only': '物业动态须由项目经理签阅',
};

const en: typeof zh = {
  'status_report.future_month': '{month} has not begun; its report cannot be drawn up yet',
  'status_report.already_sent': 'The status report of {month} is signed and sent; it cannot change',
  'status_report.not_prepared':
    'The status report of {month} has not been drawn up; draw it up before signing',
  'status_report.pm_only': 'The status report is signed by the project manager',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };

// Words of the printed and exported monthly property status report (月度物业动态信息表). Read through
// labels.ts.
const statusReportPrintZh = {
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
  statuses: {
    not_received: '未接房',
    vacant: '空置',
    renovating: '装修中',
    owner_occupied: '自住',
    tenant_occupied: '出租',
    office_in_use: '办公',
  } as Record<string, string>,
  workflows: {
    handover: '交房',
    renovation: '装修',
    move_in: '入住',
    move_out: '退租/迁出',
    transfer: '转让',
    initial_survey: '初始普查',
    created: '新建单元',
  } as Record<string, string>,
};

const statusReportPrintEn: typeof statusReportPrintZh = {
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
  statuses: {
    not_received: 'Not received',
    vacant: 'Vacant',
    renovating: 'Renovating',
    owner_occupied: 'Owner-occupied',
    tenant_occupied: 'Let',
    office_in_use: 'Office in use',
  },
  workflows: {
    handover: 'Handover',
    renovation: 'Renovation',
    move_in: 'Move-in',
    move_out: 'Move-out',
    transfer: 'Transfer',
    initial_survey: 'Initial survey',
    created: 'Unit created',
  },
};

export const statusReportPrint = { zh: statusReportPrintZh, en: statusReportPrintEn };
