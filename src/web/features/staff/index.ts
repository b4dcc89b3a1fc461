/** Staff accounts, their roles and passwords. */
import { TeamOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { staffMessagesZh } from './messages.zh.ts';
import { staffMessagesEn } from './messages.en.ts';

export const staff = defineFeature({
  name: 'staff',
  routes: [{ scope: 'project', path: 'staff', page: () => import('./StaffPage.tsx') }],
  menu: [
    {
      scope: 'project',
      path: 'staff',
      label: 'nav.staff',
      icon: TeamOutlined,
      order: 120,
      anyOf: ['staff.read'],
    },
  ],
  messages: { zh: staffMessagesZh, en: staffMessagesEn },
});
