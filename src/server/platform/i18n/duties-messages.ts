/**
 * Server messages of the separation of duties (ORG-2): staff ranks, four-eyes approvals and
 * the forced password change; merged into messages.ts. Same keys in both languages.
 */
type Catalogue = Record<string, string>;

export const dutiesZh: Catalogue = {
  'error.PASSWORD_CHANGE_REQUIRED': '请先修改密码：首次登录或密码被重置后，须设置您自己的密码才能继续使用',
  'staff.own_account': '不能修改自己的角色、账号状态或在此重置自己的密码，请由上级处理（修改密码请用“修改密码”）',
  'staff.rank_target': '{name} 的角色与您同级或高于您，只能由其上级管理',
  'staff.rank_grant': '不能授予“{role}”：该角色与您同级或高于您',
  'approval.own_request': '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定',
  'approval.issued_credentials': '你们之间一方为另一方开立了账号或重置过密码，不能互相审批，请由另一位有权审批的人决定',
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
};

export const dutiesEn: Catalogue = {
  'error.PASSWORD_CHANGE_REQUIRED': 'Please change your password first: after a first login or a reset you must choose your own password before going on',
  'staff.own_account': 'You cannot change your own roles or account state, or reset your own password here; your superior does that (use "Change password" for your password)',
  'staff.rank_target': "{name} holds a role at or above yours; only someone above them can manage their account",
  'staff.rank_grant': 'You cannot grant "{role}": that role is at or above your own',
  'approval.own_request': 'You cannot approve something you asked for or that concerns you; another person with the authority must decide it',
  'approval.issued_credentials': "One of you created the other's account or reset its password, so you cannot approve for each other; another person with the authority must decide it",
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
};
