/**
 * The words of the monthly rental register on paper (PRK-4), shared by the Excel sheet and
 * the print page so the garage cashier sees the same columns in both.
 */
import type { Locale } from '../../platform/i18n/index.ts';

const zh = {
  title: '月租车位登记表',
  sheet: '月租车位登记表',
  onDay: '在租日期',
  count: '共 {count} 辆',
  printedAt: '打印时间',
  print: '打印',
  empty: '当日没有在租的月租车位',
  note: '每周一更新后交车库收费员；到期前 {days} 天提醒续租。',
  /** PRK-4's columns, in the order of the paper register. */
  columns: ['登记日期', '车主', '电话', '车型', '车牌', '起租日', '到期日', 'IC卡号'],
};

export type RegisterLabels = typeof zh;

const en: RegisterLabels = {
  title: 'Monthly Parking Register',
  sheet: 'Monthly parking',
  onDay: 'In force on',
  count: '{count} vehicles',
  printedAt: 'Printed',
  print: 'Print',
  empty: 'No monthly rental in force on this day',
  note: 'Refreshed every Monday for the garage cashier; renewals are reminded {days} days before the end.',
  columns: ['Registered', 'Owner', 'Phone', 'Model', 'Plate', 'Start', 'End', 'Card no.'],
};

export function registerLabels(locale: Locale): RegisterLabels {
  return locale === 'en' ? en : zh;
}
