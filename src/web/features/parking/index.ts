/** The parking cashier's monthly rentals, reached from the parking page (no menu entry of its own). */
import { defineFeature } from '../../app/feature.ts';
import { parkingMessagesZh } from './messages.zh.ts';
import { parkingMessagesEn } from './messages.en.ts';

export const parking = defineFeature({
  name: 'parking',
  routes: [{ scope: 'project', path: 'parking/rentals', page: () => import('./ParkingRentalsPage.tsx') }],
  messages: { zh: parkingMessagesZh, en: parkingMessagesEn },
});
