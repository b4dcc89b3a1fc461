/**
 * Server messages of the properties module: buildings, units and their numbering, parking
 * areas and spaces, and the unit statuses other modules quote in their refusals. `en:
 * typeof zh` makes a key missing from (or added to) one language a type error.
 */
const zh = {
  'unit_status.not_received': '未接房',
  'unit_status.vacant': '空置',
  'unit_status.renovating': '装修中',
  'unit_status.owner_occupied': '自住',
  'unit_status.tenant_occupied': '出租',
  'unit_status.office_in_use': '办公',
  'what.building': '楼栋',
  'what.unit': '单元',
  'what.parking_area': '停车区',
  'what.parking_space': '车位',
  'property.pattern_invalid': '编号规则须包含楼层占位符 {F}（或 {FF}）和房号占位符 {U}（或 {UU}）',
  'property.floor_range': '楼层范围超出楼栋层数（1–{max}）',
  'property.codes_collide': '编号规则生成了重复的房号：{code}',
  'property.too_many_units': '一次最多创建 {max} 个单元',
  'property.status_via_workflow': '单元状态只能通过交房、装修、入住、退租、转让等流程变更',
};

const en: typeof zh = {
  'unit_status.not_received': 'not received',
  'unit_status.vacant': 'vacant',
  'unit_status.renovating': 'renovating',
  'unit_status.owner_occupied': 'owner-occupied',
  'unit_status.tenant_occupied': 'tenant-occupied',
  'unit_status.office_in_use': 'office in use',
  'what.building': 'Building',
  'what.unit': 'Unit',
  'what.parking_area': 'Parking area',
  'what.parking_space': 'Parking space',
  'property.pattern_invalid':
    'The numbering pattern needs a floor placeholder {F} (or {FF}) and a unit placeholder {U} (or {UU})',
  'property.floor_range': 'Floor range is outside the building (1–{max})',
  'property.codes_collide': 'The numbering pattern produces the same unit number twice: {code}',
  'property.too_many_units': 'At most {max} units can be created at once',
  'property.status_via_workflow':
    'A unit status changes only through handover, renovation, move-in/out or transfer',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };
