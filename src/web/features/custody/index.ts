/** Keys in custody, release passes, the gate's pass check and the monthly status report. */
import { AuditOutlined, SafetyOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { custodyMessagesZh } from './messages.zh.ts';
import { custodyMessagesEn } from './messages.en.ts';

export const custody = defineFeature({
  name: 'custody',
  routes: [
    { scope: 'project', path: 'custody', page: () => import('./CustodyPage.tsx') },
    { scope: 'project', path: 'gate', page: () => import('./gate/GatePage.tsx') },
  ],
  menu: [
    {
      scope: 'project',
      path: 'custody',
      label: 'custody.nav.custody',
      icon: AuditOutlined,
      order: 90,
      anyOf: ['key.manage', 'pass.issue'],
    },
    {
      scope: 'project',
      path: 'gate',
      label: 'custody.nav.gate',
      icon: SafetyOutlined,
      order: 100,
      anyOf: ['pass.check'],
    },
  ],
  messages: { zh: custodyMessagesZh, en: custodyMessagesEn },
});
