/** Words of the printed move-in notice (入住知会单), Chinese (the company's form) and English. */
import type { Locale } from '../../../platform/i18n/index.ts';

const zh = {
  print: '打印',
  title: '入住知会单',
  to: '致：工程部、安保部、保洁部、财务部、客服部',
  date: '日期',
  unit: '房号',
  moveInDay: '入住（计费）日期',
  tenant: '客户',
  phone: '联系电话',
  lease: '租期',
  owner: '业主确认',
  deposit: '物业费押金',
  keys: '交付钥匙（把）',
  parking: '车位',
  inspectedBy: '验房（工程/安保）',
  readings: '能源表初始读数',
  fixtures: '移交设施',
  serviceGiven: '已告知服务',
  departments: '请各部门',
  asks: ['工程部：关注该单元设施设备运行，配合二次装修审批（如有）。', '安保部：登记客户车辆与出入，做好安全巡查。', '保洁部：做好该楼层环境卫生，重点服务。', '财务部：自入住日起计收物业费，留意收费时间段。'],
  customerSigned: '客户确认签字',
  issuedBy: '客服部经办人',
  receivedBy: '各部门签收',
  none: '无',
  service: { hotline: '服务热线', telecom: '电话/网络/有线电视开通协助', parkingCard: '车场月卡' } as Record<string, string>,
  meterKinds: { electricity: '电表', water: '水表', gas: '燃气表' } as Record<string, string>,
  conditions: { good: '完好', damaged: '损坏', missing: '缺失' } as Record<string, string>,
};

type Labels = typeof zh;

const en: Labels = {
  print: 'Print',
  title: 'Move-in notice',
  to: 'To: Engineering, Security, Cleaning, Finance, Customer Service',
  date: 'Date',
  unit: 'Unit',
  moveInDay: 'Moves in (billed) from',
  tenant: 'Customer',
  phone: 'Phone',
  lease: 'Lease',
  owner: 'Confirmed by owner',
  deposit: 'Management-fee deposit',
  keys: 'Keys handed over',
  parking: 'Parking',
  inspectedBy: 'Inspected by (engineering / security)',
  readings: 'First meter readings',
  fixtures: 'Fixtures handed over',
  serviceGiven: 'Service information given',
  departments: 'Departments please',
  asks: ['Engineering: watch the unit’s equipment; help with any renovation approval.', 'Security: register the customer’s vehicles and access; include the unit in patrols.', 'Cleaning: keep the floor clean; give it particular attention.', 'Finance: bill the management fee from the move-in day.'],
  customerSigned: "Customer's signature",
  issuedBy: 'Issued by (Customer Service)',
  receivedBy: 'Received by the departments',
  none: 'None',
  service: { hotline: 'Service hotline', telecom: 'Phone / network / cable TV set-up', parkingCard: 'Monthly parking card' },
  meterKinds: { electricity: 'Electricity', water: 'Water', gas: 'Gas' },
  conditions: { good: 'good', damaged: 'damaged', missing: 'missing' },
};

export function moveInPrintLabels(locale: Locale): Labels {
  return locale === 'en' ? en : zh;
}
