/** Customer archives: the archive list, roster import, loans, access log and export requests. */
import { FolderOpenOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { customersMessagesZh } from './messages.zh.ts';
import { customersMessagesEn } from './messages.en.ts';

export const customers = defineFeature({
  name: 'customers',
  routes: [{ scope: 'project', path: 'archives', page: () => import('./ArchivesPage.tsx') }],
  menu: [
    {
      scope: 'project',
      path: 'archives',
      label: 'archives.title',
      icon: FolderOpenOutlined,
      order: 60,
      anyOf: ['customer.read'],
    },
  ],
  messages: { zh: customersMessagesZh, en: customersMessagesEn },
});
