/**
 * Value sets the UI offers, mirrored from the server where importing the server's file would
 * pull its database code into the bundle (deadline-rules.ts loads the calendar);
 * messages.test.ts checks they match and that each has a label.
 */
export const COMPLAINT_LEVELS = ['major', 'important', 'minor'] as const;
export const URGENCIES = ['urgent', 'scheduled'] as const;
export const CHARGES = ['warranty', 'paid', 'not_repair'] as const;
export const SATISFACTIONS = ['satisfied', 'basically', 'unsatisfied'] as const;
export const PAUSE_REASONS = ['customer_rescheduled', 'customer_parts', 'customer_absent', 'other'] as const;
/** The deadlines a person may extend (TKT-6); the internal escalation timers are not. */
export const EXTENDABLE_DEADLINES = ['forward', 'pickup', 'answer', 'resolve', 'callback'] as const;
/** Intake channels (TKT-1), as in the server's schema.ts (which imports zod). */
export const CHANNELS = ['phone', 'walk_in', 'letter', 'email', 'web', 'patrol', 'staff'] as const;
