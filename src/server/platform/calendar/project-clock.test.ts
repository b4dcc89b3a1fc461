import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../../../../tests/support/harness.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { PROJECT_CLOCK_COLUMNS, projectClock, projectClockOf } from './index.ts';

forEachDatabase("a project's clock", (ctx) => {
  test("its zone and local day are the project's, not the server's", async () => {
    const pc = await projectClock(ctx().deps.db.k, ctx().projects.CAMPUS);
    assert.equal(pc.timeZone, 'Asia/Shanghai');
    assert.equal(
      pc.dayOf(new Date('2026-11-25T16:30:00Z')),
      '2026-11-26',
      'half past midnight in Shanghai is the next day',
    );
    assert.equal(pc.timeOf(new Date('2026-11-25T16:30:00Z')), '00:30');
    assert.equal((await pc.calendar()).timeZone, 'Asia/Shanghai');
  });

  test('an unknown project is NOT_FOUND', async () => {
    await assert.rejects(
      projectClock(ctx().deps.db.k, newId()),
      (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND',
    );
  });

  test('a row already read gives the same clock; a row without a zone reads China Standard Time', async () => {
    const { k } = ctx().deps.db;
    const row = await k
      .selectFrom('projects')
      .select(PROJECT_CLOCK_COLUMNS)
      .where('project_id', '=', ctx().projects.ESTATE)
      .executeTakeFirstOrThrow();
    const pc = projectClockOf(k, row);
    assert.equal(pc.name, (await projectClock(k, row.project_id)).name);
    assert.equal(projectClockOf(k, { ...row, time_zone: '' }).timeZone, 'Asia/Shanghai');
    assert.equal(
      projectClockOf(k, { ...row, time_zone: 'Europe/Berlin' }).dayOf(new Date('2026-11-25T23:30:00Z')),
      '2026-11-26',
    );
  });
});
