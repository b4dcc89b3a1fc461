/** Colours of the report's states (STA-1). */
import type { ReportMonth } from '../api.ts';

export const REPORT_STATE_COLOUR: Record<ReportMonth['state'], string> = {
  none: 'default',
  prepared: 'gold',
  sent: 'green',
};

export const UNIT_STATUSES = [
  'not_received',
  'vacant',
  'renovating',
  'owner_occupied',
  'tenant_occupied',
  'office_in_use',
] as const;
