/** Words of the printed release pass (物品放行条), Chinese (the company's form) and English. */
import type { Locale } from '../../platform/i18n/index.ts';

const zh = {
  print: '打印',
  title: '物品放行条',
  number: '编号',
  validOn: '限当日有效',
  unit: '房号',
  carrier: '携带人',
  carrierType: '身份',
  phone: '电话',
  idNumber: '证件号码',
  purpose: '出门性质',
  reason: '原因',
  no: '序号',
  category: '类别',
  item: '物品名称',
  quantity: '数量',
  blankBelow: '以下空白',
  arrears: '费用核查',
  arrearsSettled: '截至 {at} 已结清所有费用',
  arrearsNotNeeded: '临时携带，不需核查',
  call: '电话核实',
  callLine: '{party} {name}（{phone}），{at} 致电，意见：{answer}',
  callNotNeeded: '业主本人携带，无需核实',
  flags: '提示',
  signatures: '签字',
  signedOnPaper: '纸质签字（见扫描件）',
  issued: '开具',
  issuedLine: '{by} 于 {at} 开具',
  checked: '门岗核验',
  copies: ['第一联 存档联（客服部档案员存档）', '第二联 门卫联（出门时交保安）'],
  carrierTypes: { owner: '业主', tenant: '租户', family: '家属', domestic_helper: '保姆/家政', company_staff: '公司职员' } as Record<string, string>,
  purposes: { moving_out: '搬家迁出', temporary: '临时携带' } as Record<string, string>,
  categories: { furniture: '家具', desk: '办公桌', computer: '电脑', appliance: '电器', box: '纸箱', large_bag: '大件包裹/袋子' } as Record<string, string>,
  parties: { owner: '业主', company_head: '公司负责人' } as Record<string, string>,
  answers: { agreed: '同意', refused: '不同意', unreachable: '联系不上' } as Record<string, string>,
  signers: { 'pass.clerk': '经办人', 'pass.carrier': '携带人', 'pass.owner': '业主' } as Record<string, string>,
  flagNames: { frequent: '近期频繁临时搬运', bulk_temporary: '临时携带大量物品' } as Record<string, string>,
};

const en: typeof zh = {
  print: 'Print',
  title: 'Item release pass',
  number: 'No.',
  validOn: 'valid on',
  unit: 'Unit',
  carrier: 'Carrier',
  carrierType: 'Carrier is',
  phone: 'Phone',
  idNumber: 'ID number',
  purpose: 'Purpose',
  reason: 'Reason',
  no: 'No.',
  category: 'Kind',
  item: 'Item',
  quantity: 'Qty',
  blankBelow: 'nothing below',
  arrears: 'Fees check',
  arrearsSettled: 'All fees settled as of {at}',
  arrearsNotNeeded: 'Temporary removal: no check needed',
  call: 'Confirmation call',
  callLine: '{party} {name} ({phone}) called at {at}, answer: {answer}',
  callNotNeeded: 'Carried by the owner: no call needed',
  flags: 'Attention',
  signatures: 'Signatures',
  signedOnPaper: 'signed on paper (scan on file)',
  issued: 'Issued',
  issuedLine: 'by {by} at {at}',
  checked: 'Gate check',
  copies: ['Copy 1: archive copy (filed by the CS archivist)', "Copy 2: guard's copy (handed to security at the gate)"],
  carrierTypes: { owner: 'owner', tenant: 'tenant', family: 'family member', domestic_helper: 'domestic helper', company_staff: 'company staff' },
  purposes: { moving_out: 'moving out', temporary: 'temporary' },
  categories: { furniture: 'furniture', desk: 'desk', computer: 'computer', appliance: 'appliance', box: 'box', large_bag: 'large bag' },
  parties: { owner: 'Owner', company_head: "Company's head" },
  answers: { agreed: 'agreed', refused: 'refused', unreachable: 'unreachable' },
  signers: { 'pass.clerk': 'CS clerk', 'pass.carrier': 'Carrier', 'pass.owner': 'Owner' },
  flagNames: { frequent: 'frequent temporary removals', bulk_temporary: 'many items for a temporary removal' },
};

export function passPrintLabels(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}

/** '{a} and {b}' templates of the form filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
