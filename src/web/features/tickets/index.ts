/** The ticket queue and a ticket's page; its texts include the notifications and the ticket's value sets. */
import { UnorderedListOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { ticketsMessagesZh } from './messages.zh.ts';
import { ticketsMessagesEn } from './messages.en.ts';

export const tickets = defineFeature({
  name: 'tickets',
  routes: [
    { scope: 'project', path: 'tickets', page: () => import('./QueuePage.tsx') },
    { scope: 'project', path: 'tickets/:ticketId', page: () => import('./TicketPage.tsx') },
  ],
  menu: [{ scope: 'project', path: 'tickets', label: 'nav.queue', icon: UnorderedListOutlined, order: 20 }],
  messages: { zh: ticketsMessagesZh, en: ticketsMessagesEn },
});
