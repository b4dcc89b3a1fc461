/**
 * No browser journey depends on the day the suite runs (the suite once failed on Mondays):
 * a journey reads "now" from its server's clock (`e2e.clock`) and the page from its own
 * Playwright clock, never from the machine. This scan fails on a journey that reads the real
 * date; a line that means the page's clock says so with a `// the page's clock` comment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';

const REAL_NOW = [
  /\bnew Date\(\s*\)/,
  /\bDate\.now\(\s*\)/,
  /\btodayIn\(\s*[^(),]+\)/,
  /new FixedClock\(\s*new Date\(/,
];

test('tests: no browser journey reads the real date or time', () => {
  const offenders: string[] = [];
  const files = globSync('tests/e2e/**/*.ts');
  assert.ok(files.length > 10, 'the journeys were found');
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.includes("// the page's clock")) return;
        if (REAL_NOW.some((re) => re.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(offenders, [], "use e2e.clock.now() (the server's chosen day) instead");
});
