/**
 * The weekly report on the days a calendar turns (tests/support/chosen-dates.ts): on each, the
 * default is the last complete Monday–Sunday week of the project's zone, and "this week" holds
 * a complaint received that day — whatever day of the week, month or year it is, and on a
 * public holiday. The browser side of the same days is tests/e2e/report-dates.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../../tests/support/factory/index.ts';
import { CHOSEN_DATES } from '../../../../../tests/support/chosen-dates.ts';
import {
  lastCompleteMonday,
  mondayOf,
  todayIn,
  weekQuery,
  weekRange,
} from '../../../../web/features/reports/week.ts';
import { Scenario } from './scenario.ts';

createTestApp('weekly report on the days a calendar turns', (ctx) => {
  const s = new Scenario(ctx);
  const weekly = (q: string) => `/api/projects/${ctx().projects.CAMPUS}/reports/weekly${q}`;
  const inOrder = [...CHOSEN_DATES].sort((a, b) => a.at.localeCompare(b.at));

  for (const d of inOrder) {
    test(`RPT-1/CMP-10: on ${d.label} (${d.day}) the default is the last complete week and this week counts today's complaint`, async () => {
      s.at(d.at);
      assert.equal(todayIn('Asia/Shanghai', new Date(d.at)), d.day, 'the local day of the instant');
      const sup = await s.as('supervisor');
      const thisWeek = weekQuery(mondayOf(d.day));
      const before = (await sup.get(weekly(`?${thisWeek}`))).body;

      const t = await s.intake({
        kind: 'complaint',
        customerName: '周建国',
        contactPhone: '13801010001',
        publicArea: '2号楼大堂',
        description: '大堂空调不制冷',
      });
      await s.act('supervisor', t, 'classify', {
        validity: 'valid',
        level: 'important',
        complaintType: 'energy',
      });

      const byDefault = await sup.get(weekly(''));
      assert.equal(byDefault.status, 200, JSON.stringify(byDefault.body));
      assert.deepEqual(
        [byDefault.body.range.from, byDefault.body.range.to],
        Object.values(weekRange(lastCompleteMonday(d.day))),
        'the last complete week',
      );
      assert.equal(
        new Date(byDefault.body.range.end).getTime() <= new Date(d.at).getTime(),
        true,
        'the default week has ended by now',
      );

      const now = await sup.get(weekly(`?${thisWeek}`));
      assert.equal(now.status, 200, JSON.stringify(now.body));
      assert.equal(now.body.range.from, mondayOf(d.day));
      assert.ok(
        new Date(now.body.range.start).getTime() <= new Date(d.at).getTime() &&
          new Date(d.at).getTime() < new Date(now.body.range.end).getTime(),
        'this week holds the instant',
      );
      assert.equal(
        now.body.complaints.received,
        before.complaints.received + 1,
        "today's complaint is in this week",
      );
      const energy = (r: { complaints: { matrix: { type: string; important: number }[] } }) =>
        r.complaints.matrix.find((m) => m.type === 'energy')!.important;
      assert.equal(energy(now.body), energy(before) + 1);
    });
  }
});
