/**
 * The tables the platform owns (decision 0010). The organisation (projects, their calendars,
 * people, departments and roles) is the platform's because every request needs it for
 * sessions, access and the project's clock; the modules projects and staff are its admin
 * screens and write it through platform functions. Modules may read the published ones.
 */
export const PLATFORM_TABLES = {
  owns: [
    'projects',
    'calendar_days',
    'users',
    'sessions',
    'login_throttle',
    'departments',
    'memberships',
    'history',
    'timers',
    'idempotency_keys',
    'counters',
    'documents',
    'signatures',
    'notifications',
  ],
  publishes: [
    'projects',
    'calendar_days',
    'users',
    'departments',
    'memberships',
    'history',
    'documents',
    'signatures',
    'notifications',
  ],
} as const;
