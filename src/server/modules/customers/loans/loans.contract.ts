/**
 * The HTTP contract of archive loans (CUS-4): the list's query and every answer. Pure zod (the
 * browser imports it).
 */
import { z } from '@hono/zod-openapi';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { SUBJECT_TYPES } from '../archive/archive-rules.ts';
import { LOAN_STATES } from './loan-rules.ts';

export const LendBody = z
  .strictObject({
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.uuid(),
    borrower: singleLineText(60).openapi({
      description: 'who takes the file: a name and department, or an outside party',
    }),
    purpose: z.string().trim().max(200).default(''),
    approverId: z.uuid().openapi({ description: 'the manager (archive.approve) who approved the loan' }),
    outDay: dayField(DATE_WINDOWS.happenedDay),
    dueDay: dayField(DATE_WINDOWS.term),
  })
  .openapi('ArchiveLoan');
export const ReturnBody = z
  .strictObject({ backDay: dayField(DATE_WINDOWS.happenedDay) })
  .openapi('ArchiveLoanReturn');

export const LoansQuery = z.strictObject({
  state: z.enum(['open', 'overdue', 'returned', 'all']).default('open'),
  subjectId: z.uuid().optional(),
});

export const LoanSchema = z
  .object({
    loanId: z.string(),
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.string(),
    subjectTitle: z.string(),
    borrower: z.string(),
    purpose: z.string(),
    approverId: z.string(),
    approverName: z.string(),
    outDay: z.string(),
    dueDay: z.string(),
    backDay: z.string().nullable(),
    state: z.enum(LOAN_STATES),
    daysOverdue: z.number(),
    lentByName: z.string().nullable(),
  })
  .openapi('ArchiveLoanItem');
export type LoanDto = z.infer<typeof LoanSchema>;

/** The loans of one state; `today` is the project's day the states were judged on. */
export const LoanListSchema = z
  .object({ today: z.string(), rows: z.array(LoanSchema) })
  .openapi('ArchiveLoanList');

export const LoanApproverSchema = z
  .object({ userId: z.string(), displayName: z.string() })
  .openapi('ArchiveLoanApprover');
