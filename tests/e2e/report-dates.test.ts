/**
 * Journey (RPT-1) on the days a calendar turns (tests/support/chosen-dates.ts): the supervisor
 * opens the weekly report on a Monday just after midnight, on the 1st and the last day of a
 * month, at the turn of a year and inside the National Day holiday. Each day gets its own
 * server living on that day, and a browser whose clock says the same: the page opens on the last
 * complete week, "this week" is one click away and counts the complaint taken that day, and the
 * Excel link names the same week. A failure here is a date the product gets wrong — found by
 * the suite instead of on that day of the calendar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { CHOSEN_DATES } from '../support/chosen-dates.ts';
import { RunningClock } from '../../src/server/platform/clock.ts';
import { lastCompleteMonday, mondayOf, todayIn, weekQuery } from '../../src/web/features/reports/week.ts';

for (const d of CHOSEN_DATES) {
  test(`RPT-1: the weekly report on ${d.label} (${d.day}) — last complete week by default, this week in one click`, async () => {
    const e2e = await startE2E({ clock: new RunningClock(d.at) });
    try {
      const sup = await e2e.newPage();
      await e2e.login(sup, 'supervisor');
      assert.equal(
        await sup.evaluate(
          (zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date()), // the page's clock
          'Asia/Shanghai',
        ),
        d.day,
        'the page lives on the chosen day',
      );
      const api = await pageApi(sup);
      const pid = api.projectId('CAMPUS');
      assert.equal(todayIn((await api.get(`/api/projects/${pid}`)).timeZone, e2e.clock.now()), d.day);
      const monday = mondayOf(d.day);
      const t = await api.post(`/api/projects/${pid}/tickets`, {
        kind: 'complaint',
        customerName: '周建国',
        company: '华信证券北京分公司',
        contactPhone: '13801010001',
        publicArea: '2号楼大堂',
        description: '大堂空调不制冷',
      });
      await api.post(`/api/projects/${pid}/tickets/${t.ticketId}/classify`, {
        version: t.version,
        validity: 'valid',
        level: 'important',
        complaintType: 'energy',
      });

      await sup.getByTestId('main-menu').getByText('周报统计').click();
      await sup.locator(`[data-testid="weekly-report"][data-from="${lastCompleteMonday(d.day)}"]`).waitFor();
      await sup.getByTestId('week-this').click();
      await sup.locator(`[data-testid="weekly-report"][data-from="${monday}"]`).waitFor();
      const report = await api.get(`/api/projects/${pid}/reports/weekly?${weekQuery(monday)}`);
      assert.ok(report.complaints.received >= 1, 'the complaint taken today is in this week');
      await sup
        .getByTestId('complaints-received')
        .filter({ hasText: String(report.complaints.received) })
        .waitFor();
      const href = await sup.getByTestId('weekly-export').getAttribute('href');
      assert.equal(new URL(href!, 'http://x').searchParams.get('from'), monday);
      await sup.getByTestId('week-last').click();
      await sup.locator(`[data-testid="weekly-report"][data-from="${lastCompleteMonday(d.day)}"]`).waitFor();
      assert.deepEqual(e2e.problems(sup), []);
    } finally {
      await e2e.close();
    }
  });
}
