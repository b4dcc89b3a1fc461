/**
 * Server messages of the parking module: monthly rentals, IC cards, visitor stays, and the
 * register and expiry notices. `en: typeof zh` makes a key missing from (or added to) one
 * language a type error.
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
  'parking.not_owner_or_tenant': 'Only owners and tenants of the project may rent a monthly space; other vehicles pay visitor rates',
  'parking.licence_unchecked': "Check the vehicle licence first",
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
