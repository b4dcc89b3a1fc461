/**
 * Roles (DOMAIN.md header, ORG-2) and what each may do. A person may hold several roles in
 * a project; their permissions are the union. The company admin (is_company_admin) holds
 * every permission in every project (ORG-1).
 */
export const ROLES = [
  'cs_clerk', // 前台接待/客户助理 front-desk clerk / customer assistant
  'cs_supervisor', // 客服主管
  'cs_manager', // 客服经理
  'project_manager', // 项目经理
  'engineering', // 工程部
  'security', // 安保部/秩序部
  'cleaning', // 保洁
  'cashier', // 收费员/财务
  'archivist', // 档案员
  'night_manager', // 夜班经理
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'project.read',
  'project.settings', // time zone, working hours, calendar, greeting
  'staff.read',
  'staff.manage', // create accounts in the project, assign roles
  'property.read',
  'property.manage', // buildings, units, parking structure
  'history.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyoneInProject: Permission[] = ['project.read', 'property.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  cs_clerk: [...everyoneInProject, 'staff.read'],
  cs_supervisor: [...everyoneInProject, 'staff.read', 'history.read'],
  cs_manager: [...everyoneInProject, 'staff.read', 'staff.manage', 'property.manage', 'project.settings', 'history.read'],
  project_manager: [...everyoneInProject, 'staff.read', 'staff.manage', 'property.manage', 'project.settings', 'history.read'],
  engineering: [...everyoneInProject],
  security: [...everyoneInProject],
  cleaning: [...everyoneInProject],
  cashier: [...everyoneInProject],
  archivist: [...everyoneInProject, 'history.read'],
  night_manager: [...everyoneInProject, 'staff.read', 'history.read'],
};

/** Roles that belong to one department (ORG-3) and therefore must name it. */
export const ROLE_DEPARTMENT: Partial<Record<Role, string>> = {
  cs_clerk: 'cs',
  cs_supervisor: 'cs',
  cs_manager: 'cs',
  engineering: 'engineering',
  security: 'security',
  cleaning: 'cleaning',
  cashier: 'finance',
  archivist: 'cs',
  night_manager: 'cs',
};

export const DEPARTMENTS = [
  { code: 'cs', zh: '客服部', en: 'Customer Service' },
  { code: 'engineering', zh: '工程部', en: 'Engineering' },
  { code: 'security', zh: '安保部', en: 'Security' },
  { code: 'cleaning', zh: '保洁部', en: 'Cleaning' },
  { code: 'finance', zh: '财务部', en: 'Finance' },
  { code: 'leasing', zh: '租赁部', en: 'Leasing' },
  { code: 'admin', zh: '管理部', en: 'Administration' },
] as const;

export function permissionsOf(roles: readonly string[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r as Role] ?? []) out.add(p);
  return out;
}

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
