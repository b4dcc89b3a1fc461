import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { AppError } from '../errors.ts';
import { addWorkingDays, isWorkingDay, loadWorkCalendar } from './index.ts';

createTestApp('working calendar from the database', (ctx) => {
  test("time words: a project's calendar is its zone, its working hours and its calendar_days rows", async () => {
    const cal = await loadWorkCalendar(ctx().deps.db.k, ctx().projects.CAMPUS);
    assert.equal(cal.timeZone, 'Asia/Shanghai');
    assert.deepEqual(cal.periods, [
      { start: '08:30', end: '12:20' },
      { start: '13:30', end: '17:10' },
    ]);
    // The demo imports 2026: 33 holiday dates and 6 make-up working days.
    assert.equal(cal.exceptions.size, 39);
    assert.equal([...cal.exceptions.values()].filter((k) => k === 'workday').length, 6);
    assert.equal(cal.exceptions.get('2026-10-01'), 'holiday');
    assert.equal(cal.exceptions.get('2026-10-10'), 'workday');
    assert.equal(cal.exceptions.get('2026-02-14'), 'workday');
    assert.equal(isWorkingDay('2026-09-20', cal), true);
  });

  test('MVO-6: 15 working days across National Day on the stored calendar', async () => {
    const cal = await loadWorkCalendar(ctx().deps.db.k, ctx().projects.ESTATE);
    assert.equal(
      addWorkingDays(new Date('2026-09-24T07:00:00Z'), 15, cal).toISOString(),
      '2026-10-22T09:10:00.000Z',
    );
  });

  test('a day range reads only the exceptions inside it, both ends included', async () => {
    const cal = await loadWorkCalendar(ctx().deps.db.k, ctx().projects.CAMPUS, '2026-10-01', '2026-10-10');
    assert.deepEqual(
      [...cal.exceptions.keys()],
      [
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
        '2026-10-10',
      ],
    );
    const from = await loadWorkCalendar(ctx().deps.db.k, ctx().projects.CAMPUS, '2026-10-08');
    assert.deepEqual([...from.exceptions.keys()], ['2026-10-10']);
  });

  test("ORG-1: a project's calendar never includes another project's days, and settings are per project", async () => {
    const { k } = ctx().deps.db;
    const estate = ctx().projects.ESTATE;
    await k
      .insertInto('calendar_days')
      .values({
        project_id: estate,
        day: '2026-11-27',
        kind: 'holiday',
        name: '社区活动',
        updated_at: ctx().clock.now().toISOString(),
      })
      .execute();
    await k
      .updateTable('projects')
      .set({
        time_zone: 'America/New_York',
        working_hours: JSON.stringify([{ start: '09:00', end: '17:00' }]),
      })
      .where('project_id', '=', estate)
      .execute();
    const e = await loadWorkCalendar(k, estate);
    const c = await loadWorkCalendar(k, ctx().projects.CAMPUS);
    assert.equal(e.exceptions.get('2026-11-27'), 'holiday');
    assert.equal(c.exceptions.has('2026-11-27'), false);
    assert.equal(e.timeZone, 'America/New_York');
    assert.equal(c.timeZone, 'Asia/Shanghai');
    // Wed 2026-11-25 10:00 EST + 1 working day: Thursday 11-26 17:00 EST.
    assert.equal(
      addWorkingDays(new Date('2026-11-25T15:00:00Z'), 1, e).toISOString(),
      '2026-11-26T22:00:00.000Z',
    );
    assert.equal(
      addWorkingDays(new Date('2026-11-25T15:00:00Z'), 2, e).toISOString(),
      '2026-11-30T22:00:00.000Z',
    );
  });

  test('an unknown project is NOT_FOUND; a corrupted setting is a clear error', async () => {
    const { k } = ctx().deps.db;
    await assert.rejects(
      loadWorkCalendar(k, '01930000-0000-7000-8000-000000000000'),
      (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND',
    );
    const estate = ctx().projects.ESTATE;
    await k
      .updateTable('projects')
      .set({ working_hours: 'not json' })
      .where('project_id', '=', estate)
      .execute();
    await assert.rejects(loadWorkCalendar(k, estate), /unreadable working_hours/);
    await k
      .updateTable('projects')
      .set({ working_hours: JSON.stringify([{ start: '17:00', end: '09:00' }]) })
      .where('project_id', '=', estate)
      .execute();
    await assert.rejects(
      loadWorkCalendar(k, estate),
      /unusable calendar settings: .*must start before it ends/,
    );
    await k
      .updateTable('projects')
      .set({ working_hours: JSON.stringify([{ start: '09:00', end: '17:00' }]), time_zone: 'Mars/Olympus' })
      .where('project_id', '=', estate)
      .execute();
    await assert.rejects(loadWorkCalendar(k, estate), /unusable calendar settings: Unknown time zone/);
  });
});
