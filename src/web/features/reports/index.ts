/** The weekly report; /reports leads to it until there are other reports. */
import { BarChartOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { reportsMessagesZh } from './messages.zh.ts';
import { reportsMessagesEn } from './messages.en.ts';

export const reports = defineFeature({
  name: 'reports',
  routes: [
    { scope: 'project', path: 'reports', redirect: 'weekly' },
    { scope: 'project', path: 'reports/weekly', page: () => import('./WeeklyReportPage.tsx') },
  ],
  menu: [
    {
      scope: 'project',
      path: 'reports/weekly',
      label: 'nav.reports',
      icon: BarChartOutlined,
      order: 110,
      anyOf: ['ticket.stats'],
    },
  ],
  messages: { zh: reportsMessagesZh, en: reportsMessagesEn },
});
