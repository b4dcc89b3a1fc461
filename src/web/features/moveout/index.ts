/** Move-outs, deposit refunds, transfers and leases ending. */
import { LogoutOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { moveoutMessagesZh } from './messages.zh.ts';
import { moveoutMessagesEn } from './messages.en.ts';

export const moveout = defineFeature({
  name: 'moveout',
  routes: [{ scope: 'project', path: 'moveout', page: () => import('./MoveOutPage.tsx') }],
  menu: [
    {
      scope: 'project',
      path: 'moveout',
      label: 'moveout.nav',
      icon: LogoutOutlined,
      order: 80,
      anyOf: ['occupancy.manage'],
    },
  ],
  messages: { zh: moveoutMessagesZh, en: moveoutMessagesEn },
});
