/** A project's settings and working-day calendar; the company's list of projects for its admins. */
import { ProjectOutlined, SettingOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { projectsMessagesZh } from './messages.zh.ts';
import { projectsMessagesEn } from './messages.en.ts';

export const projects = defineFeature({
  name: 'projects',
  routes: [
    { scope: 'project', path: 'settings', page: () => import('./SettingsPage.tsx') },
    {
      scope: 'company',
      path: '/admin/projects',
      page: () => import('./ProjectsPage.tsx'),
      requires: 'companyAdmin',
    },
  ],
  menu: [
    {
      scope: 'project',
      path: 'settings',
      label: 'nav.settings',
      icon: SettingOutlined,
      order: 130,
      anyOf: ['project.read'],
    },
    { scope: 'company', path: '/admin/projects', label: 'nav.projects', icon: ProjectOutlined, order: 1000 },
  ],
  messages: { zh: projectsMessagesZh, en: projectsMessagesEn },
});
