/**
 * Rule ids (CMP-10, MVO-2 …) name rules in code, tests and docs; users read words. This scans
 * everything a user reads — the screen catalogues, the server's messages, the labels of every
 * print and export, the standard phrases, and the literal text of the web code and the print
 * templates — in Chinese and English, and fails on anything shaped like a rule id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { zhCN, en } from '../app/messages.ts';
import { zh as serverZh, en as serverEn } from '../../server/platform/i18n/catalogue.ts';
import '../../server/modules/index.ts';
import { STANDARD_PHRASES, TABOO_PHRASES } from '../../server/modules/tickets/phrases.ts';

/** Two to four capitals, a hyphen, one or two digits: CMP-4, MVO-10, CAMP-2, FD-3 (not FX-2026-0001). */
const RULE_ID = /\b[A-Z]{2,4}-\d{1,2}\b/;
const LOCALES = ['zh-CN', 'en'] as const;

/** Every string reachable in a value; functions (labels with parameters) are called with stand-ins. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const standIn: unknown = new Proxy({}, { get: (_, k) => (k === Symbol.toPrimitive ? () => '1' : 1) });
    texts(
      (value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => standIn)),
      `${path}()`,
      out,
    );
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) texts(v, path ? `${path}.${k}` : k, out);
  return out;
}

function offenders(all: [string, string][]): string[] {
  return all.filter(([, s]) => RULE_ID.test(s)).map(([p, s]) => `${p}: ${s}`);
}

/** Source text without comments, where the ids are welcome. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

test('the pattern finds rule ids and leaves document numbers alone', () => {
  for (const s of ['投诉统计（CMP-10）', 'Move-out notice (MVO-2)', 'HND-1 核对身份', 'FD-3', 'CAMP-2'])
    assert.ok(RULE_ID.test(s), s);
  for (const s of ['放行条编号，如 FX-2026-0001', 'SK-0001', 'A4', 'BX20261125-0001'])
    assert.ok(!RULE_ID.test(s), s);
});

test('no screen text shows a rule id, in Chinese or English', () => {
  assert.deepEqual(offenders([...texts(zhCN, 'zh-CN'), ...texts(en, 'en')]), []);
});

test('no server message shows a rule id, in Chinese or English', () => {
  assert.deepEqual(
    offenders([
      ...texts(serverZh, 'zh-CN'),
      ...texts(serverEn, 'en'),
      ...texts(STANDARD_PHRASES, 'phrases'),
      ...texts(TABOO_PHRASES, 'taboo'),
    ]),
    [],
  );
});

test('no print or export label shows a rule id, in Chinese or English', async () => {
  const files = globSync('src/server/modules/**/*labels.ts');
  let catalogues = 0;
  const all: [string, string][] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function' || !name.endsWith('Labels')) continue;
      catalogues++;
      for (const locale of LOCALES)
        texts((fn as (l: string) => unknown)(locale), `${file}#${name}(${locale})`, all);
    }
  }
  assert.ok(catalogues >= 10, `found ${catalogues} label catalogues in ${files.length} files`);
  assert.deepEqual(offenders(all), []);
});

test('no literal text of the web code or of a print template carries a rule id', () => {
  const web = globSync('src/web/**/*.{ts,tsx}').filter((f) => !f.endsWith('.test.ts'));
  const prints = globSync('src/server/modules/**/*.ts').filter(
    (f) => !f.endsWith('.test.ts') && /html`|<html|exceljs/i.test(readFileSync(f, 'utf8')),
  );
  assert.ok(prints.length >= 8, `found ${prints.length} print/export templates`);
  const hits: string[] = [];
  for (const file of [...web, ...prints]) {
    withoutComments(readFileSync(file, 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        if (RULE_ID.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(hits, []);
});
