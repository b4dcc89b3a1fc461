/** Buildings and units, parking areas and spaces, with the labels of their value sets. */
import { ApartmentOutlined, CarOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/feature.ts';
import { propertiesMessagesZh } from './messages.zh.ts';
import { propertiesMessagesEn } from './messages.en.ts';

export const properties = defineFeature({
  name: 'properties',
  routes: [
    { scope: 'project', path: 'properties', page: () => import('./PropertiesPage.tsx') },
    { scope: 'project', path: 'parking', page: () => import('./ParkingPage.tsx') },
  ],
  menu: [
    {
      scope: 'project',
      path: 'properties',
      label: 'nav.properties',
      icon: ApartmentOutlined,
      order: 30,
      anyOf: ['property.read'],
    },
    {
      scope: 'project',
      path: 'parking',
      label: 'nav.parking',
      icon: CarOutlined,
      order: 40,
      anyOf: ['property.read'],
    },
  ],
  messages: { zh: propertiesMessagesZh, en: propertiesMessagesEn },
});
