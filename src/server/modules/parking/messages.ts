/**
 * Server messages of the parking module: monthly rentals, IC cards, visitor stays, and the
 * register and expiry notices. After them, the words of its prints and exports, each
 * read through a *labels.ts file. `en: typeof zh` (and `typeof …Zh`) makes a key missing
 * from (or added to) one language a type error.
 */
const zh = {
  'what.rental': '车位租赁',
  'what.parking_card': '停车IC卡',
  'parking.not_owner_or_tenant': '只有本项目的业主或租户可以月租车位，其他车辆按临时停车收费',
  'parking.licence_unchecked': '请先查验行驶证',
  'parking.end_before_start': '结束日期不能早于开始日期',
  'parking.space_taken': '该车位在此期间已出租',
  'parking.card_in_use': 'IC卡 {card} 正在使用中',
  'parking.card_exists': '该租赁已发放IC卡 {card}',
  'parking.card_returned': '该IC卡已退还',
  'parking.stay_invalid': '离场时间须晚于入场时间，且停车不超过 {days} 天',
  'parking.register': '本周月租车位登记表已更新（{count} 辆）',
  'parking.expiring': '车辆 {plate} 的月租车位将于 {endDay} 到期',
};

const en: typeof zh = {
  'what.rental': 'Parking rental',
  'what.parking_card': 'Parking IC card',
  'parking.not_owner_or_tenant':
    'Only owners and tenants of the project may rent a monthly space; other vehicles pay visitor rates',
  'parking.licence_unchecked': 'Check the vehicle licence first',
  'parking.end_before_start': 'The end date cannot be before the start date',
  'parking.space_taken': 'That space is already rented for this period',
  'parking.card_in_use': 'IC card {card} is in use',
  'parking.card_exists': 'This rental already has IC card {card}',
  'parking.card_returned': 'This IC card has already been returned',
  'parking.stay_invalid': 'Exit must be after entry, and a stay at most {days} days',
  'parking.register': "This week's monthly parking register is ready ({count} vehicles)",
  'parking.expiring': 'The monthly parking of {plate} ends on {endDay}',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };

// The words of the monthly rental register on paper (PRK-4), shared by the Excel sheet and the
// print page so the garage cashier sees the same columns in both. Read through register-labels.ts.
const rentalRegisterZh = {
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

const rentalRegisterEn: typeof rentalRegisterZh = {
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

export const rentalRegister = { zh: rentalRegisterZh, en: rentalRegisterEn };
