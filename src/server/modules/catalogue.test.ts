import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en, zh } from '../platform/i18n/catalogue.ts';
import './index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    // phrases.ts keys are phrase ids, not message keys.
    return n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'phrases.ts' ? [p] : [];
  });
}

test('every server message exists in Chinese and English with the same placeholders', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
  for (const key of Object.keys(zh)) assert.deepEqual(placeholders(en[key]!), placeholders(zh[key]!), key);
});

test('every message key the server code uses is defined', () => {
  const root = join(import.meta.dirname, '..');
  const used = new Set<string>();
  const re =
    /key: '([a-z_]+\.[a-z_]+)'|fail\('([a-z_]+\.[a-z_]+)'|unprocessable\('([a-z_]+\.[a-z_]+)'|what: '(what\.[a-z_]+)'/g;
  for (const file of sources(root)) {
    for (const m of readFileSync(file, 'utf8').matchAll(re)) used.add((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  assert.ok(used.size > 40, `found ${used.size} keys`);
  const missing = [...used].filter((k) => !(k in zh));
  assert.deepEqual(missing, []);
});
