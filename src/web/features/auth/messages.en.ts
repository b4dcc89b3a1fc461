/** Login and password change, in English; typed from messages.zh.ts. */
import type { Messages } from '../../i18n/messages.ts';
import type { authMessagesZh } from './messages.zh.ts';

export const authMessagesEn: Messages<typeof authMessagesZh> = {
  auth: {
    login: 'Log in',
    loginButton: 'Log in',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    demoHint: 'Demo logins are printed at start',
    retryAt: 'You may log in again at {{time}}',
    retryIn: 'Try again in {{seconds}} s',
    demoLogins: 'Demo logins (click to fill; password {{password}} for all)',
    demoLoginFill: 'Fill in this login',
    companyAdmin: 'Company admin',
    changePassword: 'Change password',
    mustChangePassword:
      'This is a first login or your password was reset: please choose your own password first.',
    currentPassword: 'Current password',
    initialPassword: 'Initial password',
    newPassword: 'New password',
    confirmPassword: 'Repeat new password',
    passwordRule: 'At least 8 characters with letters and digits',
    passwordMismatch: 'The two passwords differ',
    savePassword: 'Save new password',
    passwordChanged: 'Password changed',
  },
};
