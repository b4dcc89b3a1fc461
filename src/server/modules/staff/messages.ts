/**
 * Server messages of the staff module: accounts and roles; role names are message keys so a
 * refusal names the role in the user's language. `en: typeof zh` makes a key missing from
 * (or added to) one language a type error.
 */
const zh = {
  'role.name.cs_clerk': '前台接待/客户助理',
  'role.name.cs_supervisor': '客服主管',
  'role.name.cs_manager': '客服经理',
  'role.name.project_manager': '项目经理',
  'role.name.engineering': '工程部',
  'role.name.security': '安保部',
  'role.name.cleaning': '保洁',
  'role.name.cashier': '收费员',
  'role.name.archivist': '档案员',
  'role.name.night_manager': '夜班经理',
  'role.name.department_head': '部门经理',
  'what.user': '用户',
  'what.username': '用户名',
  'staff.last_admin': '不能停用最后一位公司管理员',
  'role.unknown': '未知角色',
  'role.department_required': '该角色须指定部门',
};

const en: typeof zh = {
  'role.name.cs_clerk': 'Front-desk clerk',
  'role.name.cs_supervisor': 'CS supervisor',
  'role.name.cs_manager': 'CS manager',
  'role.name.project_manager': 'Project manager',
  'role.name.engineering': 'Engineering',
  'role.name.security': 'Security',
  'role.name.cleaning': 'Cleaning',
  'role.name.cashier': 'Cashier',
  'role.name.archivist': 'Archivist',
  'role.name.night_manager': 'Night-duty manager',
  'role.name.department_head': 'Department head',
  'what.user': 'User',
  'what.username': 'Username',
  'staff.last_admin': 'The last company admin cannot be disabled',
  'role.unknown': 'Unknown role',
  'role.department_required': 'This role needs a department',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };
