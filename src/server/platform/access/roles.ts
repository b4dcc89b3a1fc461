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
  'department_head', // 部门经理: heads one department (named when the role is given); escalations reach them (CMP-6, REP-6)
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
  'customer.read', // search customers by name, see their units; phones and ID numbers masked (CUS-3)
  'customer.caller_id', // find a customer by phone — the whole number or its last 4+ digits: the roles that take calls (CUS-3)
  'customer.manage', // create/edit customers inline at intake
  'ticket.create', // intake (TKT-1): anyone on staff may record a request, e.g. from a patrol
  'ticket.read_all', // the whole project's queue (customer service, managers)
  'ticket.read_department', // the tickets of one's own department (engineering, security, cleaning)
  'ticket.desk', // forward, settle, chase, confirm, callback, hand over (the CS desk)
  'ticket.work', // pick up, complete, pause (department staff, on their department's tickets)
  'ticket.assign', // assign within a department
  'complaint.classify', // valid/invalid and level (CMP-2, CMP-3): the CS supervisor and above
  'ticket.cancel',
  'ticket.stats', // weekly statistics and export (CMP-10, REQ-3, CBK-2)
  'price.manage', // the paid-service price list (REP-3), fee items and meters (FEE-1)
  'billing.read', // bills, ledger, balances, arrears, registers
  'billing.collect', // readings, bill runs, payments, prepayments, deposits, parking rentals and cards
  'billing.adjust', // refunds; asking for a deduction or the reversal of an entry
  'billing.approve', // FEE-6/ORG-2: the second person who approves or rejects a deduction or reversal
  'archive.open', // CUS-3: open a full owner archive (unmasked ID and phones), with a reason, logged; lend paper files (CUS-4)
  'archive.manage', // import the roster (CUS-2), fill and classify archives, seal them (CUS-5)
  'archive.approve', // CUS-3: approve an export of owner data; read the archive access log
  'archive.emergency_list', // CUS-3: the night supervisor's list of units with their emergency phones (unmasked, logged)
  'occupancy.manage', // handover, move-in, move-out, transfer workflows (HND, MVI, MVO, TRF)
  'occupancy.approve', // the manager's approval steps of move-in (HND-6) and irregular key requests (KEY-4)
  'key.manage', // key register, issue and return (KEY-1..4)
  'pass.issue', // release passes (REL-1..5)
  'pass.check', // the guard checks a pass at the gate (REL-5)
  'status.report', // the monthly property status report (STA-1)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyoneInProject: Permission[] = ['project.read', 'property.read', 'customer.read', 'ticket.create'];
const desk: Permission[] = [
  'ticket.read_all',
  'ticket.desk',
  'customer.caller_id',
  'customer.manage',
  'occupancy.manage',
  'key.manage',
  'pass.issue',
  'archive.manage',
];
const department: Permission[] = ['ticket.read_department', 'ticket.work', 'ticket.assign'];
/** Cleaning and security work on units, not on people: no customer search, no archive (CUS-3). */
const withoutCustomers = (ps: Permission[]): Permission[] => ps.filter((p) => p !== 'customer.read');
const supervisor: Permission[] = [
  ...desk,
  'billing.read',
  'complaint.classify',
  'ticket.cancel',
  'ticket.assign',
  'ticket.stats',
  'history.read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  cs_clerk: [...everyoneInProject, 'staff.read', ...desk, 'billing.read'],
  cs_supervisor: [...everyoneInProject, 'staff.read', ...supervisor, 'ticket.work'],
  cs_manager: [
    ...everyoneInProject,
    'staff.read',
    'staff.manage',
    'property.manage',
    'project.settings',
    ...supervisor,
    'ticket.work',
    'price.manage',
    'billing.approve',
    'archive.approve',
    'archive.emergency_list',
    'status.report',
  ],
  project_manager: [
    ...everyoneInProject,
    'staff.read',
    'staff.manage',
    'property.manage',
    'project.settings',
    ...supervisor,
    'ticket.work',
    'price.manage',
    'billing.adjust',
    'billing.approve',
    'archive.approve',
    'archive.emergency_list',
    'occupancy.approve',
    'status.report',
    'pass.check',
  ],
  engineering: [...everyoneInProject, ...department],
  security: withoutCustomers([...everyoneInProject, ...department, 'pass.check']),
  cleaning: withoutCustomers([...everyoneInProject, ...department]),
  cashier: [...everyoneInProject, 'billing.read', 'billing.collect', 'billing.adjust'],
  archivist: [
    ...everyoneInProject,
    'history.read',
    'archive.open',
    'archive.manage',
    'customer.manage',
    'archive.emergency_list',
  ],
  night_manager: [...everyoneInProject, 'staff.read', ...supervisor, 'ticket.work', 'archive.emergency_list'],
  department_head: [...everyoneInProject, 'staff.read', ...department, 'ticket.stats', 'history.read'],
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
