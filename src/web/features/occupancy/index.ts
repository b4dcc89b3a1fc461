/** Handing units over and moving tenants in. */
import { HomeOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { occupancyMessagesZh } from './messages.zh.ts';
import { occupancyMessagesEn } from './messages.en.ts';

export const occupancy = defineFeature({
  name: 'occupancy',
  routes: [{ scope: 'project', path: 'occupancy', page: () => import('./OccupancyPage.tsx') }],
  menu: [
    // The cashier collects the fees of a handover, so billing.collect opens it too.
    {
      scope: 'project',
      path: 'occupancy',
      label: 'occupancy.nav',
      icon: HomeOutlined,
      order: 70,
      anyOf: ['occupancy.manage', 'occupancy.approve', 'billing.collect'],
    },
  ],
  messages: { zh: occupancyMessagesZh, en: occupancyMessagesEn },
});
