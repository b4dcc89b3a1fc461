/**
 * CUS-4 archive loans over HTTP on both databases: the archivist lends a paper file with a
 * manager's approval, it shows as out and then overdue, comes back; refusals change nothing.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, importOwners } from '../../../../../tests/support/factory/index.ts';
import { residentId } from '../roster/roster-file.ts';
import { customersDb } from '../tables.ts';

createTestApp('customers — archive loans', (ctx) => {
  let archivist: Client;
  let P = '';
  let url = '';
  let customerId = '';
  let recordId = '';
  let approverId = '';
  let clerkId = '';
  let loanId = '';
  const loanCount = async () =>
    Number(
      (
        await customersDb(ctx().deps.db.k)
          .selectFrom('archive_loans')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const lend = (body: Record<string, unknown>) =>
    archivist.post(`${url}/loans`, {
      subjectType: 'customer',
      subjectId: customerId,
      borrower: '工程部 刘强',
      purpose: '核对装修图纸',
      approverId,
      outDay: '2026-11-25',
      dueDay: '2026-11-30',
      ...body,
    });

  before(async () => {
    P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/archives`;
    archivist = await ctx().login('archivist');
    archivist.lang = 'zh-CN';
    customerId = (
      await importOwners(archivist, P, [
        ['2-501', '秦岚', '身份证', residentId('110105', '19880512', 31), '13700001111', ''],
      ])
    )['2-501']!;
    recordId = (
      await archivist.post(`${url}/records`, {
        class: 'contract',
        title: '电梯维保合同',
        reference: 'DT-2026',
      })
    ).body.recordId;
    const approvers = (await archivist.get(`${url}/loans/approvers`)).body as {
      userId: string;
      displayName: string;
    }[];
    assert.deepEqual(
      approvers.map((a) => a.displayName).sort(),
      ['张伟（客服经理）', '陈明（项目经理）'].sort(),
    );
    approverId = approvers.find((a) => a.displayName === '张伟（客服经理）')!.userId;
    clerkId = (await (await ctx().login('admin')).get('/api/staff')).body.find(
      (s: { username: string }) => s.username === 'clerk',
    ).userId;
  });

  test('CUS-4: lending a paper file records borrower, approver, day out and day due; it shows as out', async () => {
    const res = await lend({});
    assert.equal(res.status, 201, JSON.stringify(res.body));
    loanId = res.body.loanId;
    assert.deepEqual(
      [
        res.body.subjectTitle,
        res.body.borrower,
        res.body.approverName,
        res.body.outDay,
        res.body.dueDay,
        res.body.backDay,
        res.body.state,
        res.body.lentByName,
      ],
      ['秦岚', '工程部 刘强', '张伟（客服经理）', '2026-11-25', '2026-11-30', null, 'out', '吴红（档案员）'],
    );
    const detail = (await archivist.get(`${url}/customers/${customerId}`)).body;
    assert.deepEqual(
      detail.loans.map((l: { borrower: string }) => l.borrower),
      ['工程部 刘强'],
    );
    assert.equal((await archivist.get(`${url}?q=秦岚`)).body.rows[0].onLoan, true);
  });

  test('CUS-4: a file already out cannot be lent again; bad days, a non-manager approver and other staff are refused; nothing is written', async () => {
    const before = await loanCount();
    const twice = await lend({ borrower: '财务部' });
    assert.deepEqual(
      [twice.status, twice.body.error.message],
      [409, '该档案已借给工程部 刘强，应于 2026-11-30 归还，归还后才能再借'],
    );
    const dueFirst = await lend({ subjectType: 'record', subjectId: recordId, dueDay: '2026-11-24' });
    assert.deepEqual(
      [dueFirst.status, dueFirst.body.error.fields[0].path, dueFirst.body.error.message],
      [422, 'dueDay', '应还日期不能早于借出日期（2026-11-25）'],
    );
    const future = await lend({
      subjectType: 'record',
      subjectId: recordId,
      outDay: '2026-11-26',
      dueDay: '2026-11-30',
    });
    assert.deepEqual([future.status, future.body.error.fields[0].path], [422, 'outDay']);
    const clerkApproves = await lend({ subjectType: 'record', subjectId: recordId, approverId: clerkId });
    assert.deepEqual(
      [clerkApproves.status, clerkApproves.body.error.fields[0].path, clerkApproves.body.error.message],
      [422, 'approverId', '批准人须为有档案审批权限的经理'],
    );
    const noBorrower = await lend({ subjectType: 'record', subjectId: recordId, borrower: '' });
    assert.deepEqual([noBorrower.status, noBorrower.body.error.fields[0].path], [400, 'borrower']);
    const unknown = await lend({ subjectType: 'record', subjectId: customerId });
    assert.deepEqual([unknown.status, unknown.body.error.fields[0].path], [404, 'subjectId']);
    const clerk = await ctx().login('clerk');
    assert.equal(
      (
        await clerk.post(`${url}/loans`, {
          subjectType: 'record',
          subjectId: recordId,
          borrower: 'x',
          approverId,
          outDay: '2026-11-25',
          dueDay: '2026-11-30',
        })
      ).status,
      403,
    );
    assert.equal(await loanCount(), before);
  });

  test('CUS-4: a loan past its due day is overdue and listed as such, with the days', async () => {
    const record = await lend({
      subjectType: 'record',
      subjectId: recordId,
      borrower: '客服部 王芳',
      outDay: '2026-11-20',
      dueDay: '2026-11-24',
    });
    assert.equal(record.status, 201, JSON.stringify(record.body));
    assert.deepEqual([record.body.state, record.body.daysOverdue], ['overdue', 1]);
    const overdue = await archivist.get(`${url}/loans?state=overdue`);
    assert.deepEqual(
      overdue.body.rows.map((l: { subjectTitle: string; daysOverdue: number }) => [
        l.subjectTitle,
        l.daysOverdue,
      ]),
      [['电梯维保合同', 1]],
    );
    ctx().clock.set('2026-12-03T01:00:00Z');
    const later = await (await ctx().login('csmanager')).get(`${url}/loans?state=open`);
    assert.deepEqual(
      later.body.rows.map((l: { subjectTitle: string; state: string; daysOverdue: number }) => [
        l.subjectTitle,
        l.state,
        l.daysOverdue,
      ]),
      [
        ['电梯维保合同', 'overdue', 9],
        ['秦岚', 'overdue', 3],
      ],
    );
    assert.equal((await (await ctx().login('guard')).get(`${url}/loans`)).status, 403);
  });

  test('CUS-4: the file comes back on a day between out and today, once; then it may be lent again', async () => {
    const early = await archivist.post(`${url}/loans/${loanId}/return`, { backDay: '2026-11-24' });
    assert.deepEqual(
      [early.status, early.body.error.message],
      [422, '归还日期不能早于借出日期（2026-11-25）'],
    );
    const back = await archivist.post(`${url}/loans/${loanId}/return`, { backDay: '2026-11-25' });
    assert.deepEqual([back.status, back.body.state, back.body.backDay], [200, 'returned', '2026-11-25']);
    const again = await archivist.post(`${url}/loans/${loanId}/return`, { backDay: '2026-11-25' });
    assert.deepEqual([again.status, again.body.error.message], [409, '该档案已于 2026-11-25 归还']);
    assert.deepEqual(
      (await archivist.get(`${url}/loans?state=returned`)).body.rows.map((l: { loanId: string }) => l.loanId),
      [loanId],
    );
    assert.equal((await lend({ borrower: '法务部' })).status, 201);
    const h = (await archivist.get(`${url}/customers/${customerId}`)).body.history.map(
      (e: { action: string }) => e.action,
    );
    assert.deepEqual(h, ['created', 'lent', 'returned', 'lent']);
  });

  test('ORG-2: the one who lends a file never names himself, or the manager who made his account, as its approver; nothing is written', async () => {
    const admin = await ctx().login('admin');
    admin.lang = 'zh-CN';
    const file = (
      await admin.post(`${url}/records`, { class: 'contract', title: '消防维保合同', reference: 'XF-2026' })
    ).body.recordId as string;
    const adminId = (await admin.get('/api/auth/me')).body.user.userId as string;
    const before = await loanCount();
    const own = await admin.post(`${url}/loans`, {
      subjectType: 'record',
      subjectId: file,
      borrower: '工程部 刘强',
      approverId: adminId,
      outDay: '2026-11-25',
      dueDay: '2026-11-30',
    });
    assert.deepEqual(
      [own.status, own.body.error.fields],
      [
        422,
        [{ path: 'approverId', message: '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定' }],
      ],
    );
    // An archivist the project manager made: he is neither offered nor taken as her approver.
    const pm = await ctx().login('pm');
    assert.equal(
      (
        await pm.post('/api/staff', {
          username: 'arch3',
          displayName: '新档案员',
          password: 'Start2026',
          projectId: P,
          roles: [{ role: 'archivist' }],
        })
      ).status,
      201,
    );
    const arch3 = await ctx().login('arch3', 'Start2026');
    assert.equal(
      (await arch3.post('/api/auth/password', { currentPassword: 'Start2026', newPassword: 'Mine2026x' }))
        .status,
      204,
    );
    const offered = (await arch3.get(`${url}/loans/approvers`)).body as {
      userId: string;
      displayName: string;
    }[];
    assert.deepEqual(
      offered.map((a) => a.displayName),
      ['张伟（客服经理）'],
    );
    const pmId = (await pm.get('/api/auth/me')).body.user.userId as string;
    const byCreator = await arch3.post(`${url}/loans`, {
      subjectType: 'record',
      subjectId: file,
      borrower: '工程部 刘强',
      approverId: pmId,
      outDay: '2026-11-25',
      dueDay: '2026-11-30',
    });
    assert.deepEqual([byCreator.status, byCreator.body.error.fields[0].path], [422, 'approverId']);
    assert.equal(await loanCount(), before);
    assert.equal(
      (
        await arch3.post(`${url}/loans`, {
          subjectType: 'record',
          subjectId: file,
          borrower: '工程部 刘强',
          approverId,
          outDay: '2026-11-25',
          dueDay: '2026-11-30',
        })
      ).status,
      201,
    );
  });
});
