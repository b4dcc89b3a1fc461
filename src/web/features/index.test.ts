/**
 * The feature list: each text key has one owner (the shared catalogue or one feature), so
 * merging the catalogues at start cannot let one feature's text silently replace another's;
 * and every page path and menu entry is claimed once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURES } from './index.ts';
import { sharedZh } from '../i18n/zh-CN.ts';
import { sharedEn } from '../i18n/en.ts';

type Tree = { [key: string]: string | Tree };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree as Tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

/** Keys claimed by more than one owner, with the owners, e.g. `nav.desk: desk, tickets`. */
function claimedTwice(owners: [string, object][]): string[] {
  const byKey = new Map<string, string[]>();
  for (const [owner, tree] of owners)
    for (const key of keys(tree)) byKey.set(key, [...(byKey.get(key) ?? []), owner]);
  // A text and a group of the same name would also collide: `a.b` and `a.b.c`.
  for (const key of byKey.keys()) {
    const parent = key.split('.').slice(0, -1).join('.');
    if (byKey.has(parent)) byKey.set(parent, [...byKey.get(parent)!, ...byKey.get(key)!]);
  }
  return [...byKey].filter(([, o]) => o.length > 1).map(([k, o]) => `${k}: ${o.join(', ')}`);
}

test('no text key is owned twice, in Chinese or English', () => {
  assert.deepEqual(
    claimedTwice([['shared', sharedZh], ...FEATURES.map((f): [string, object] => [f.name, f.messages.zh])]),
    [],
  );
  assert.deepEqual(
    claimedTwice([['shared', sharedEn], ...FEATURES.map((f): [string, object] => [f.name, f.messages.en])]),
    [],
  );
});

test('the check finds a key two features both claim', () => {
  assert.deepEqual(
    claimedTwice([
      ['a', { nav: { desk: 'x' } }],
      ['b', { nav: { desk: 'y', queue: 'z' } }],
    ]),
    ['nav.desk: a, b'],
  );
  assert.deepEqual(
    claimedTwice([
      ['a', { enums: { kind: 'x' } }],
      ['b', { enums: { kind: { one: 'y' } } }],
    ]),
    ['enums.kind: a, b'],
  );
});

test('every feature has its own name, and no page path or menu entry is claimed twice', () => {
  const twice = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
  assert.deepEqual(twice(FEATURES.map((f) => f.name)), []);
  assert.deepEqual(twice(FEATURES.flatMap((f) => f.routes.map((r) => `${r.scope} ${r.path}`))), []);
  assert.deepEqual(twice(FEATURES.flatMap((f) => (f.menu ?? []).map((m) => `${m.scope} ${m.path}`))), []);
  assert.deepEqual(twice(FEATURES.flatMap((f) => (f.menu ?? []).map((m) => String(m.order)))), []);
});
