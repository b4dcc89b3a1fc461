/** Project settings, the working-day calendar and the company's projects, in English; typed from messages.zh.ts. */
import type { Messages } from '../../i18n/messages.ts';
import type { projectsMessagesZh } from './messages.zh.ts';

export const projectsMessagesEn: Messages<typeof projectsMessagesZh> = {
  nav: {
    settings: 'Settings',
    projects: 'Projects',
  },
  settings: {
    basics: 'Basics',
    workingHours: 'Front-desk working hours',
    workingHoursHelp: 'In order and not overlapping; used for deadlines counted in working hours',
    addPeriod: 'Add period',
    greetingZh: 'Phone greeting (Chinese)',
    greetingEn: 'Phone greeting (English)',
    readOnly: 'You can view the settings; a project manager or CS manager changes them.',
  },
  calendar: {
    title: 'Working-day calendar',
    import: 'Import / edit',
    importTitle: 'Import holidays and make-up workdays of {{year}}',
    importHelp:
      'One date or date range per line, then the kind (holiday or 休 for a day off, workday or 班 for a make-up working day) and a name, e.g.:',
    importOk: 'Import and replace',
    imported: 'Calendar {{year}} saved: {{count}} days',
    imported_one: 'Calendar {{year}} saved: {{count}} day',
    importRefused: '{{count}} lines could not be read; nothing was changed:',
    importRefused_one: '{{count}} line could not be read; nothing was changed:',
    replaceWarning: 'Importing replaces all holidays and make-up workdays of {{year}}.',
    empty: 'No holidays imported for {{year}} yet',
    dates: 'Dates',
    kind: 'Kind',
    name: 'Name',
    days: 'Days',
    holiday: 'Holiday',
    workday: 'Workday',
    holidayMark: 'Off',
    workdayMark: 'Work',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
  },
  projects: {
    count: '{{count}} projects',
    count_one: '{{count}} project',
    new: 'New project',
    created: 'Project {{name}} created',
    code: 'Project code',
    codeRule: 'Letters, digits, _ or -, e.g. CAMPUS',
    name: 'Project name',
    kind: 'Project kind',
    timeZone: 'Time zone',
    open: 'Open',
  },
  enums: {
    projectKind: {
      office: 'Office campus',
      residential: 'Residential estate',
      apartment: 'Apartments',
      mixed: 'Mixed use',
    },
  },
};
