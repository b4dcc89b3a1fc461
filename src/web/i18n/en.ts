/** The shared screen text in English, typed from zh-CN.ts: every key there must exist here. */
import type { Messages } from './messages.ts';
import type { sharedZh } from './zh-CN.ts';

export const sharedEn: Messages<typeof sharedZh> = {
  app: {
    name: 'PropDesk',
    tagline: 'Customer Service Center',
  },
  format: {
    date: 'D MMM YYYY',
    dateTime: 'D MMM YYYY HH:mm',
    monthDay: 'D MMM',
    yearMonth: 'MMMM YYYY',
  },
  common: {
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    create: 'Create',
    add: 'Add',
    edit: 'Edit',
    delete: 'Delete',
    actions: 'Actions',
    all: 'All',
    required: 'Required',
    retry: 'Retry',
    home: 'Back to home',
    m2: 'm²',
    archivedPhone: 'Empty: the archived number {{phone}}',
  },
  shell: {
    project: 'Current project',
    chooseProject: 'Choose a project',
    changePassword: 'Change password',
    logout: 'Log out',
    collapseMenu: 'Collapse menu',
    expandMenu: 'Expand menu',
    noProjectTitle: 'You are not assigned to any project yet',
    noProjectHint:
      'Ask your project manager or the system administrator to add you to a project with a role.',
    notInProjectTitle: 'You are not in this project',
    notInProjectHint: 'This link belongs to a project you have no access to.',
  },
  errors: {
    network: 'Cannot reach the server; check the network and try again',
    unexpected: 'Something went wrong; please try again',
    loadFailed: 'Could not load the data',
    versionConflictTitle: 'Someone else changed this record',
    versionConflict:
      'While you were editing, someone else saved a change to this record. Reload the latest version, then make your change again.',
    reload: 'Reload',
    noPermission: 'You do not have access to this page',
    pageNotFound: 'This page does not exist',
    crashed: 'This page ran into a problem',
    newVersion: 'A new version is available; please reload',
  },
  signature: {
    signHere: 'Sign in the box',
    clear: 'Clear',
    onScreen: 'Sign on screen',
    onPaper: 'Signed on paper (upload the scan)',
    upload: 'Upload the signed page',
    uploaded: 'Uploaded: {{name}}',
    signer: 'Signed by',
  },
  enums: {
    customerKind: { person: 'Person', company: 'Company' },
    unitRelation: { owner: 'Owner', tenant: 'Tenant', occupant: 'Occupant', staff: 'Staff' },
  },
};
