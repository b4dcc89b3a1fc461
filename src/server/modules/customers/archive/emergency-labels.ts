/** The words of the emergency contact list (CUS-3), shared by the print page and the Excel sheet. */
import type { Locale } from '../../../platform/i18n/index.ts';

const zh = {
  title: '紧急联系人名单',
  sheet: '紧急联系人',
  print: '打印',
  printedAt: '打印时间',
  printedBy: '打印人',
  reason: '用途',
  count: '共 {count} 条',
  note: '内部资料：仅供夜间及突发事件应急联系使用，不得外传、不得复印；每次打印或导出均有记录。',
  empty: '没有登记联系人的单元',
  columns: ['楼栋', '房号', '姓名/名称', '身份', '手机', '紧急联系电话'],
  relation: { owner: '业主', tenant: '租户', occupant: '同住人', staff: '员工' } as Record<string, string>,
};

export type EmergencyLabels = typeof zh;

const en: EmergencyLabels = {
  title: 'Emergency Contact List',
  sheet: 'Emergency contacts',
  print: 'Print',
  printedAt: 'Printed',
  printedBy: 'Printed by',
  reason: 'Purpose',
  count: '{count} entries',
  note: 'Internal: for night-time and emergency contact only; not to be passed on or copied. Every print and export is logged.',
  empty: 'No unit has a registered contact',
  columns: ['Building', 'Unit', 'Name', 'Relation', 'Mobile', 'Emergency phone'],
  relation: { owner: 'Owner', tenant: 'Tenant', occupant: 'Occupant', staff: 'Staff' },
};

export function emergencyLabels(locale: Locale): EmergencyLabels {
  return locale === 'en' ? en : zh;
}
