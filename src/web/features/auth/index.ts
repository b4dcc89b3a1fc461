/** Logging in and changing one's password: pages outside the frame, no menu entry. */
import { defineFeature } from '../../app/feature.ts';
import { authMessagesZh } from './messages.zh.ts';
import { authMessagesEn } from './messages.en.ts';

export const auth = defineFeature({
  name: 'auth',
  routes: [
    { scope: 'public', path: '/login', page: () => import('./LoginPage.tsx') },
    { scope: 'account', path: '/change-password', page: () => import('./ChangePasswordPage.tsx') },
  ],
  messages: { zh: authMessagesZh, en: authMessagesEn },
});
