/** Staff accounts and roles, in English; typed from messages.zh.ts. */
import type { Messages } from '../../i18n/messages.ts';
import type { staffMessagesZh } from './messages.zh.ts';

export const staffMessagesEn: Messages<typeof staffMessagesZh> = {
  nav: {
    staff: 'Staff',
  },
  staff: {
    count: '{{count}} people',
    count_one: '{{count}} person',
    new: 'New staff',
    newTitle: 'New staff account',
    editTitle: 'Edit staff: {{name}}',
    search: 'Name, username or phone',
    filterRole: 'Filter by role',
    username: 'Username',
    usernameRule: '2–64 letters, digits or . _ -; used to log in',
    displayName: 'Name',
    phone: 'Phone',
    phoneRule: '5–20 digits; + - and spaces allowed',
    roles: 'Roles',
    rolesWithDepartment: 'Roles · department',
    rolesRequired: 'Choose at least one role',
    rolesPlaceholder: 'One or more roles',
    headOf: 'Department headed',
    state: 'State',
    active: 'Active',
    inactive: 'Disabled',
    password: 'Password',
    passwordSet: 'Set',
    mustChange: 'Must change',
    mustChangeHint: 'Must choose a new password at the next login',
    initialPassword: 'Initial password',
    newPassword: 'New password',
    generate: 'Generate another',
    loginName: 'Login',
    createdTitle: 'Account created',
    handoverHint:
      'Hand the login and initial password to the person directly. The password is shown only this once; they must change it at first login.',
    handedOver: 'Handed over',
    reset: 'Reset password',
    resetTitle: 'Reset the password of {{name}}',
    resetHint: 'All their sessions end; they log in with the new password and must change it at once.',
    resetDone: 'Password reset',
    disable: 'Disable',
    enable: 'Enable',
    disableConfirm: 'Disable the account of {{name}}?',
    disableHint:
      'They are logged out at once and cannot log in again. All their records stay; the account can be enabled again at any time.',
    enableConfirm: 'Enable the account of {{name}} again?',
    ownAccountHint:
      'Your own roles, account state and password resets are for your superior; change your password with "Change password" in the user menu',
    outranksHint:
      'This person holds a role at or above yours; only someone above them can manage their account',
    ownRolesHint: 'Your own roles are changed by your superior',
    grantHint: 'You can grant only roles below your own',
  },
  enums: {
    role: {
      cs_clerk: 'Front-desk clerk',
      cs_supervisor: 'CS supervisor',
      cs_manager: 'CS manager',
      project_manager: 'Project manager',
      engineering: 'Engineering',
      security: 'Security',
      cleaning: 'Cleaning',
      cashier: 'Cashier',
      archivist: 'Archivist',
      night_manager: 'Night-duty manager',
      department_head: 'Department head',
    },
  },
};
