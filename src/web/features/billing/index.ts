/** Bills, customer accounts, reminders, meter readings, fee items and prepaid meters. */
import { AccountBookOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { billingMessagesZh } from './messages.zh.ts';
import { billingMessagesEn } from './messages.en.ts';

export const billing = defineFeature({
  name: 'billing',
  routes: [{ scope: 'project', path: 'billing', page: () => import('./BillingPage.tsx') }],
  menu: [
    {
      scope: 'project',
      path: 'billing',
      label: 'nav.billing',
      icon: AccountBookOutlined,
      order: 50,
      anyOf: ['billing.read'],
    },
  ],
  messages: { zh: billingMessagesZh, en: billingMessagesEn },
});
