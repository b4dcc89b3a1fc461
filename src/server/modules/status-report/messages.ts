/**
 * Server messages of the status-report module: the monthly property status report. `en:
 * typeof zh` makes a key missing from (or added to) one language a type error.
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
  'status_report.not_prepared': 'The status report of {month} has not been drawn up; draw it up before signing',
  'status_report.pm_only': 'The status report is signed by the project manager',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };
