/**
 * The one screen catalogue per language: the shared texts (src/web/i18n) with every
 * feature's own merged in at start. No two features own the same key
 * (features/index.test.ts), so merging only nests: `nav` and `enums` are filled by several.
 */
import { FEATURES } from '../features/index.ts';
import { sharedZh } from '../i18n/zh-CN.ts';
import { sharedEn } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Every text's key, as the type-checked `t('…')` sees them. */
export type Catalogue = typeof sharedZh & UnionToIntersection<(typeof FEATURES)[number]['messages']['zh']>;

type Tree = { [key: string]: string | Tree };

function mergeInto(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    into[key] =
      typeof value === 'object' && typeof there === 'object' ? mergeInto({ ...there }, value) : value;
  }
  return into;
}

function merged<T>(parts: readonly object[]): T {
  // Each part is a typed catalogue; their merge is the intersection of their types.
  return parts.reduce<Tree>((all, part) => mergeInto(all, part as Tree), {}) as T;
}

export const zhCN = merged<Catalogue>([sharedZh, ...FEATURES.map((f) => f.messages.zh)]);
export const en = merged<Messages<Catalogue>>([sharedEn, ...FEATURES.map((f) => f.messages.en)]);
