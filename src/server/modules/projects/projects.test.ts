import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';

createTestApp('projects, settings and the working-day calendar', (ctx) => {
  test('ORG-1/ORG-3: the company admin creates a project; it comes with the seven departments', async () => {
    const admin = await ctx().login('admin');
    const r = await admin.post('/api/projects', { code: 'APT', name: '学府公寓', kind: 'apartment' });
    assert.equal(r.status, 201);
    assert.equal(r.body.timeZone, 'Asia/Shanghai');
    assert.deepEqual(r.body.workingHours, [
      { start: '08:30', end: '12:20' },
      { start: '13:30', end: '17:10' },
    ]);
    assert.deepEqual(r.body.departments.map((d: { code: string }) => d.code).sort(), [
      'admin',
      'cleaning',
      'cs',
      'engineering',
      'finance',
      'leasing',
      'security',
    ]);
    assert.match(r.body.greetingZh, /学府公寓/);
    assert.equal(
      (await admin.post('/api/projects', { code: 'APT', name: 'again', kind: 'office' })).status,
      409,
    );
    const pm = await ctx().login('pm');
    assert.equal((await pm.post('/api/projects', { code: 'PMX', name: 'x', kind: 'office' })).status, 403);
  });

  test('project settings: time zone, working hours and greeting, with a version check', async () => {
    const pm = await ctx().login('pm');
    const url = `/api/projects/${ctx().projects.CAMPUS}`;
    const p = (await pm.get(url)).body;
    const bad = await pm.patch(url, {
      version: p.version,
      timeZone: 'Mars/Olympus',
      workingHours: [{ start: '13:00', end: '12:00' }],
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.error.fields.map((f: { path: string }) => f.path).sort(), [
      'timeZone',
      'workingHours',
    ]);
    const ok = await pm.patch(url, {
      version: p.version,
      workingHours: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
      greetingZh: '您好，金融中心客服',
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.version, p.version + 1);
    assert.equal(ok.body.greetingZh, '您好，金融中心客服');
    assert.equal((await pm.patch(url, { version: p.version, name: 'stale' })).status, 409);
    const clerk = await ctx().login('clerk');
    assert.equal((await clerk.patch(url, { version: ok.body.version, name: 'x' })).status, 403);
  });

  test('the calendar year is imported from a list; a bad line refuses the whole list', async () => {
    const pm = await ctx().login('estate.pm');
    const url = `/api/projects/${ctx().projects.ESTATE}/calendar/2027`;
    const bad = await pm.put(url, { text: '2027-01-01 holiday 元旦\n2027-13-01 holiday x' });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.fields[0].path, 'text.line.2');
    assert.equal((await pm.get(url)).body.length, 0);
    const ok = await pm.put(url, { text: '2027-01-01..2027-01-03 holiday 元旦\n2027-01-04 workday 调休' });
    assert.equal(ok.status, 200);
    assert.deepEqual(
      ok.body.map((d: { day: string; kind: string }) => `${d.day} ${d.kind}`),
      ['2027-01-01 holiday', '2027-01-02 holiday', '2027-01-03 holiday', '2027-01-04 workday'],
    );
    // Importing again replaces the year; the previous list stays in history.
    const again = await pm.put(url, { text: '2027-01-01 holiday 元旦' });
    assert.equal(again.body.length, 1);
    const hist = await ctx()
      .deps.db.k.selectFrom('history')
      .selectAll()
      .where('entity_type', '=', 'calendar')
      .where('entity_id', '=', `${ctx().projects.ESTATE}:2027`)
      .orderBy('entry_id')
      .execute();
    assert.equal(hist.length, 2);
    assert.equal(JSON.parse(hist[1]!.before_json!).length, 4);
    // Other years are untouched.
    assert.ok((await pm.get(`/api/projects/${ctx().projects.ESTATE}/calendar/2026`)).body.length > 30);
    const clerk = await ctx().login('estate.clerk');
    assert.equal((await clerk.put(url, { text: '' })).status, 403);
    assert.equal((await clerk.get(url)).status, 200);
  });
});
