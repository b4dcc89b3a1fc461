/**
 * CUS-4 archive loans (档案借阅): the archivist lends a paper file — a customer's archive or a
 * record — recording the borrower, the manager who approved it (never the lender, ORG-2), the
 * day out and the day due;
 * and takes it back on the day it returns. One file is out to one borrower at a time.
 * Each loan and return is written on the file's own history too.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { requireSeparateApprover, separateApprovers } from '../../../platform/access/separate-approver.ts';
import { permissionsOf } from '../../../platform/access/roles.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { requireAnyOf } from '../archive/access.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import { ENTITY_TYPE, lockSubject, type SubjectType } from '../archive/subjects.ts';
import {
  daysOverdue,
  lendProblems,
  loanState,
  returnProblems,
  type DayProblem,
  type LoanState,
} from './loan-rules.ts';
import type { LendBody, LoanDto, LoansQuery, ReturnBody } from './loans.contract.ts';
import { customersDb } from '../tables.ts';

export type { LoanDto } from './loans.contract.ts';

const refuse = (problems: DayProblem[]) =>
  new AppError('UNPROCESSABLE', {
    key: problems[0]!.key,
    params: problems[0]!.params,
    fields: problems.map((p) => ({ path: p.path, key: p.key, params: p.params })),
  });

/** Whether the approver is one who may approve in this project (a manager holding archive.approve, or the company admin). */
async function isApprover(db: DbOrTrx, projectId: string, userId: string): Promise<boolean> {
  const user = await db
    .selectFrom('users')
    .select(['is_company_admin', 'active'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!user || !user.active) return false;
  if (user.is_company_admin) return true;
  const roles = await db
    .selectFrom('memberships')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .execute();
  return permissionsOf(roles.map((r) => r.role)).has('archive.approve');
}

/** The managers a loan by this actor can name as approver (not the actor, ORG-2). */
export async function loanApprovers(
  deps: Deps,
  actor: Actor,
  projectId: string,
): Promise<{ userId: string; displayName: string }[]> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const members = await deps.db.k
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['u.user_id', 'u.display_name', 'm.role'])
    .where('m.project_id', '=', projectId)
    .where('u.active', '=', 1)
    .orderBy('u.display_name')
    .execute();
  const roles = new Map<string, { name: string; roles: string[] }>();
  for (const m of members)
    roles.set(m.user_id, { name: m.display_name, roles: [...(roles.get(m.user_id)?.roles ?? []), m.role] });
  const managers = [...roles].filter(([, v]) => permissionsOf(v.roles).has('archive.approve'));
  const allowed = new Set(
    await separateApprovers(
      deps.db.k,
      [actor.userId],
      managers.map(([userId]) => userId),
    ),
  );
  return managers
    .filter(([userId]) => allowed.has(userId))
    .map(([userId, v]) => ({ userId, displayName: v.name }));
}

export async function lendFile(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof LendBody>,
): Promise<LoanDto> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const now = deps.clock.now();
  const today = (await projectClock(deps.db.k, projectId)).dayOf(now);
  const problems = lendProblems({ outDay: input.outDay, dueDay: input.dueDay, today });
  if (problems.length) throw refuse(problems);
  const loanId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    await lockSubject(trx, {
      projectId,
      type: input.subjectType,
      id: input.subjectId,
      forUpdate: deps.db.dialect === 'postgres',
      path: 'subjectId',
    });
    if (!(await isApprover(trx, projectId, input.approverId)))
      throw new AppError('UNPROCESSABLE', {
        key: 'loan.approver_not_manager',
        fields: [{ path: 'approverId', key: 'loan.approver_not_manager' }],
      });
    await requireSeparateApprover(trx, {
      requesters: [actor.userId],
      approver: input.approverId,
      path: 'approverId',
    });
    const out = await customersDb(trx)
      .selectFrom('archive_loans')
      .select(['borrower', 'due_day'])
      .where('project_id', '=', projectId)
      .where('subject_type', '=', input.subjectType)
      .where('subject_id', '=', input.subjectId)
      .where('back_day', 'is', null)
      .executeTakeFirst();
    if (out)
      throw new AppError('CONFLICT', {
        key: 'loan.already_out',
        params: { borrower: out.borrower, dueDay: String(out.due_day) },
      });
    await customersDb(trx)
      .insertInto('archive_loans')
      .values({
        project_id: projectId,
        loan_id: loanId,
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        borrower: input.borrower,
        purpose: input.purpose,
        approver_id: input.approverId,
        out_day: input.outDay,
        due_day: input.dueDay,
        back_day: null,
        lent_by: actor.userId || null,
        lent_at: now.toISOString(),
        returned_by: null,
        returned_at: null,
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: ENTITY_TYPE[input.subjectType],
      entityId: input.subjectId,
      action: 'lent',
      actor,
      at: now,
      after: {
        loanId,
        borrower: input.borrower,
        approverId: input.approverId,
        outDay: input.outDay,
        dueDay: input.dueDay,
      },
    });
  });
  return (await loadLoans(deps.db.k, projectId, today, (q) => q.where('l.loan_id', '=', loanId)))[0]!;
}

export async function returnFile(
  deps: Deps,
  actor: Actor,
  projectId: string,
  loanId: string,
  input: z.infer<typeof ReturnBody>,
): Promise<LoanDto> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const now = deps.clock.now();
  const today = (await projectClock(deps.db.k, projectId)).dayOf(now);
  await deps.db.k.transaction().execute(async (trx) => {
    const loan = await customersDb(trx)
      .selectFrom('archive_loans')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('loan_id', '=', loanId)
      .executeTakeFirst();
    if (!loan) throw new AppError('NOT_FOUND', { params: { what: 'what.loan' } });
    if (loan.back_day)
      throw new AppError('CONFLICT', {
        key: 'loan.already_back',
        params: { backDay: String(loan.back_day) },
      });
    const problems = returnProblems({ outDay: String(loan.out_day), backDay: input.backDay, today });
    if (problems.length) throw refuse(problems);
    const done = await customersDb(trx)
      .updateTable('archive_loans')
      .set({ back_day: input.backDay, returned_by: actor.userId || null, returned_at: now.toISOString() })
      .where('project_id', '=', projectId)
      .where('loan_id', '=', loanId)
      .where('back_day', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', { key: 'loan.already_back', params: { backDay: input.backDay } });
    await recordHistory(trx, {
      projectId,
      entityType: ENTITY_TYPE[loan.subject_type as SubjectType],
      entityId: loan.subject_id,
      action: 'returned',
      actor,
      at: now,
      after: { loanId, backDay: input.backDay },
    });
  });
  return (await loadLoans(deps.db.k, projectId, today, (q) => q.where('l.loan_id', '=', loanId)))[0]!;
}

/** Loans of the project: those still out (overdue ones first), overdue only, returned, or all. */
export async function listLoans(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: z.infer<typeof LoansQuery>,
): Promise<{ today: string; rows: LoanDto[] }> {
  requireAnyOf(actor, ['archive.open', 'archive.approve'], projectId);
  const today = (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now());
  const rows = await loadLoans(deps.db.k, projectId, today, (b) => {
    let x = q.subjectId ? b.where('l.subject_id', '=', q.subjectId) : b;
    if (q.state === 'open') x = x.where('l.back_day', 'is', null);
    if (q.state === 'overdue') x = x.where('l.back_day', 'is', null).where('l.due_day', '<', today);
    if (q.state === 'returned') x = x.where('l.back_day', 'is not', null);
    return x;
  });
  return { today, rows };
}

/** The loans of one file still out (the archive's detail shows them). */
export async function openLoansOf(
  db: DbOrTrx,
  projectId: string,
  subjectId: string,
  today: string,
): Promise<LoanDto[]> {
  return loadLoans(db, projectId, today, (q) =>
    q.where('l.subject_id', '=', subjectId).where('l.back_day', 'is', null),
  );
}

function loansQuery(db: DbOrTrx, projectId: string) {
  return customersDb(db)
    .selectFrom('archive_loans as l')
    .innerJoin('users as a', 'a.user_id', 'l.approver_id')
    .leftJoin('users as b', 'b.user_id', 'l.lent_by')
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'l.project_id').onRef('c.customer_id', '=', 'l.subject_id'),
    )
    .leftJoin('archive_records as r', (j) =>
      j.onRef('r.project_id', '=', 'l.project_id').onRef('r.record_id', '=', 'l.subject_id'),
    )
    .select([
      'l.loan_id',
      'l.subject_type',
      'l.subject_id',
      'c.name',
      'r.title',
      'l.borrower',
      'l.purpose',
      'l.approver_id',
      'a.display_name as approver_name',
      'l.out_day',
      'l.due_day',
      'l.back_day',
      'b.display_name as lent_by_name',
    ])
    .where('l.project_id', '=', projectId);
}

async function loadLoans(
  db: DbOrTrx,
  projectId: string,
  today: string,
  filter: (q: ReturnType<typeof loansQuery>) => ReturnType<typeof loansQuery>,
): Promise<LoanDto[]> {
  const rows = await filter(loansQuery(db, projectId))
    .orderBy('l.due_day')
    .orderBy('l.loan_id')
    .limit(500)
    .execute();
  return rows.map((r) => {
    const l = { dueDay: String(r.due_day), backDay: r.back_day ? String(r.back_day) : null };
    return {
      loanId: r.loan_id,
      subjectType: r.subject_type as SubjectType,
      subjectId: r.subject_id,
      subjectTitle: r.name ?? r.title ?? '',
      borrower: r.borrower,
      purpose: r.purpose,
      approverId: r.approver_id,
      approverName: r.approver_name,
      outDay: String(r.out_day),
      ...l,
      state: loanState(l, today),
      daysOverdue: daysOverdue(l, today),
      lentByName: r.lent_by_name ?? null,
    };
  });
}
