/** The service desk: taking a call or a visit and saving it as a ticket. */
import { PhoneOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { deskMessagesZh } from './messages.zh.ts';
import { deskMessagesEn } from './messages.en.ts';

export const desk = defineFeature({
  name: 'desk',
  routes: [{ scope: 'project', path: 'desk', page: () => import('./DeskPage.tsx') }],
  // First in the menu: it is what the customer-service department works in all day.
  menu: [
    {
      scope: 'project',
      path: 'desk',
      label: 'nav.desk',
      icon: PhoneOutlined,
      order: 10,
      anyOf: ['ticket.create'],
    },
  ],
  messages: { zh: deskMessagesZh, en: deskMessagesEn },
});
