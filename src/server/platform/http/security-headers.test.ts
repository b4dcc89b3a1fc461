import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { buildApp } from '../../app.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function assertFramingAndLeaksClosed(h: Headers, what: string): void {
  assert.equal(h.get('x-frame-options'), 'DENY', what);
  assert.deepEqual(directives(h.get('content-security-policy'))['frame-ancestors'], ["'none'"], what);
  assert.equal(h.get('referrer-policy'), 'same-origin', what);
  assert.equal(h.get('x-content-type-options'), 'nosniff', what);
}

let webDir = '';
before(() => {
  // A stand-in for dist/web: the shell and one asset, as Vite lays them out.
  webDir = mkdtempSync(join(tmpdir(), 'propdesk-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webDir, 'assets', 'index.js'), 'console.log(1)');
});
after(() => rmSync(webDir, { recursive: true, force: true }));

createTestApp('input: security headers on the UI and the API', (ctx) => {
  test('input: the UI may not be framed, runs only its own scripts and allows antd its inline styles', async () => {
    const app = buildApp(ctx().deps, { webDir });
    for (const path of ['/', '/tickets/some-ticket', '/assets/index.js']) {
      const r = await app.request(path);
      assert.equal(r.status, 200, path);
      assertFramingAndLeaksClosed(r.headers, path);
      const csp = directives(r.headers.get('content-security-policy'));
      assert.deepEqual(csp['default-src'], ["'self'"], path);
      assert.deepEqual(csp['script-src'], ["'self'"], `${path}: no inline or eval'd script`);
      assert.deepEqual(csp['style-src'], ["'self'", "'unsafe-inline'"], path);
      assert.deepEqual(csp['connect-src'], ["'self'"], path);
      assert.deepEqual(csp['object-src'], ["'none'"], path);
      assert.equal(
        r.headers.get('strict-transport-security'),
        null,
        'HSTS only behind HTTPS (COOKIE_SECURE=1)',
      );
    }
  });

  test('input: API answers — JSON, errors and downloads — load nothing and may not be framed', async () => {
    const pm = await ctx().login('pm');
    const P = ctx().projects.CAMPUS;
    for (const [path, status] of [
      [`/api/projects/${P}/buildings`, 200],
      ['/api/no-such-thing', 404],
      [`/api/projects/${P}/reports/weekly.xlsx?week=2026-W47`, 200],
    ] as const) {
      const r = await pm.get(path);
      assert.equal(r.status, status, path);
      assertFramingAndLeaksClosed(r.headers, path);
      assert.deepEqual(directives(r.headers.get('content-security-policy'))['default-src'], ["'none'"], path);
    }
    const anonymous = await ctx().anonymous().get('/api/auth/me');
    assert.equal(anonymous.status, 401);
    assertFramingAndLeaksClosed(anonymous.headers, '401');
  });

  test('input: a print page keeps its own policy (only its print button runs) and may not be framed either', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.get(`/api/projects/${ctx().projects.CAMPUS}/handovers/daily/print?day=2026-11-25`);
    assert.equal(r.status, 200);
    assertFramingAndLeaksClosed(r.headers, 'print');
    const csp = directives(r.headers.get('content-security-policy'));
    assert.equal(csp['script-src']?.length, 1);
    assert.match(csp['script-src']![0]!, /^'sha256-/);
  });
});
