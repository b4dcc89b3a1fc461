/**
 * Reads the source tree and lists what breaks the module boundaries (issue #10, decision
 * 0010): deep imports between modules, platform importing a module, impure files the
 * browser shares, and SQL that writes (or reads) a table its module neither owns nor may read.
 * `node tests/support/boundaries.ts` prints the list; tests/integration/boundaries.test.ts wants it empty.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'src/server');
const MODULES_DIR = join(SERVER, 'modules');
const PLATFORM_DIR = join(SERVER, 'platform');

/** Packages a file shared with the browser must never reach, directly or through another file. */
const SERVER_ONLY = /^(node:|kysely|pg$|pg\/|better-sqlite3|hono$|hono\/|@hono\/node-server|pino|exceljs)/;

export interface Violation {
  rule:
    | 'deep-import'
    | 'module-reaches-list'
    | 'platform-imports-module'
    | 'web-imports-internal'
    | 'impure-shared-file'
    | 'foreign-table-write'
    | 'foreign-table-read'
    | 'unknown-table';
  file: string;
  detail: string;
}

const rel = (f: string) => relative(ROOT, f);

interface Import {
  spec: string;
  /** Erased when types are stripped: `import type`, or every name marked `type`. */
  typeOnly: boolean;
  /** The resolved file for a relative import, else null. */
  file: string | null;
}

const importCache = new Map<string, Import[]>();
function importsOf(file: string): Import[] {
  let out = importCache.get(file);
  if (out) return out;
  const text = readFileSync(file, 'utf8');
  out = [];
  const re =
    /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:([^'"]*?)\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) {
    const spec = (m[3] ?? m[4])!;
    const names = m[2]?.match(/^\{([^}]*)\}$/s)?.[1];
    const typeOnly =
      Boolean(m[1]) ||
      (names !== undefined && names.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim())));
    out.push({ spec, typeOnly, file: spec.startsWith('.') ? resolve(dirname(file), spec) : null });
  }
  importCache.set(file, out);
  return out;
}

/** The module a file belongs to ('tickets'), or null outside src/server/modules/<name>/. */
export function moduleOf(file: string): string | null {
  const r = relative(MODULES_DIR, file);
  if (r.startsWith('..')) return null;
  const parts = r.split('/');
  return parts.length > 1 ? parts[0]! : null;
}

function sources(pattern: string): string[] {
  return globSync(pattern, { cwd: ROOT }).map((f) => join(ROOT, f));
}

/** Why a file may not be shared with the browser (a server-only package it reaches), or null. */
const impurityCache = new Map<string, string | null>();
function impurity(file: string, seen = new Set<string>()): string | null {
  if (impurityCache.has(file)) return impurityCache.get(file)!;
  if (seen.has(file)) return null;
  seen.add(file);
  let why: string | null = null;
  for (const imp of importsOf(file)) {
    if (imp.typeOnly) continue;
    if (imp.file === null) {
      if (SERVER_ONLY.test(imp.spec)) why = `imports ${imp.spec}`;
    } else {
      const inner = impurity(imp.file, seen);
      if (inner) why = `${rel(imp.file)} ${inner}`;
    }
    if (why) break;
  }
  impurityCache.set(file, why);
  return why;
}

/** Files the browser may import: pure rules, state tables and HTTP contracts (and the platform's role table). */
export function isShared(file: string): boolean {
  if (file.endsWith('.test.ts')) return false;
  const base = file.split('/').pop()!;
  return (
    /^(rules|states|contract)\.ts$|-(rules|contract)\.ts$|\.contract\.ts$/.test(base) ||
    /platform\/access\/(roles|ranks)\.ts$/.test(file)
  );
}

export function importViolations(): Violation[] {
  const out: Violation[] = [];
  for (const file of sources('src/server/**/*.ts')) {
    const own = moduleOf(file);
    const inPlatform = !relative(PLATFORM_DIR, file).startsWith('..');
    for (const imp of importsOf(file)) {
      if (!imp.file) continue;
      const target = moduleOf(imp.file);
      if (inPlatform && (target !== null || imp.file === join(MODULES_DIR, 'index.ts')))
        out.push({ rule: 'platform-imports-module', file: rel(file), detail: imp.spec });
      // A module's pure rules and contract are public as they are (the browser imports them); a file
      // shared with the browser reaches another module's through them, since index.ts is server code.
      const sharedToShared = isShared(file) && isShared(imp.file);
      if (
        own !== null &&
        target !== null &&
        target !== own &&
        imp.file !== join(MODULES_DIR, target, 'index.ts') &&
        !sharedToShared
      ) {
        out.push({ rule: 'deep-import', file: rel(file), detail: `${imp.spec} (use ${target}/index.ts)` });
      }
    }
  }
  // Pure rules and contracts: the browser imports them, so they may reach no server-only package.
  const shared = new Set(sources('src/server/**/*.ts').filter(isShared));
  // The web's own tests may use server fixtures; the app itself may not reach server internals.
  for (const file of sources('src/web/**/*.{ts,tsx}').filter((f) => !/\.test\.tsx?$/.test(f))) {
    for (const imp of importsOf(file)) {
      if (!imp.file || relative(SERVER, imp.file).startsWith('..')) continue;
      if (!isShared(imp.file))
        out.push({
          rule: 'web-imports-internal',
          file: rel(file),
          detail: `${imp.spec} (the web imports only rules, states and contracts)`,
        });
    }
  }
  // A front door that reaches the module list (through app.ts, runtime.ts or a test harness)
  // makes the list evaluate while that module is half loaded: "Cannot access … before initialization".
  const list = join(MODULES_DIR, 'index.ts');
  for (const door of sources('src/server/modules/*/index.ts')) {
    const seen = new Set<string>();
    const stack = [door];
    for (let f = stack.pop(); f; f = stack.pop()) {
      if (seen.has(f)) continue;
      seen.add(f);
      for (const imp of importsOf(f)) if (!imp.typeOnly && imp.file) stack.push(imp.file);
    }
    if (seen.has(list))
      out.push({
        rule: 'module-reaches-list',
        file: rel(door),
        detail: 'reaches src/server/modules/index.ts',
      });
  }
  for (const file of shared) {
    const why = impurity(file);
    if (why) out.push({ rule: 'impure-shared-file', file: rel(file), detail: why });
  }
  return out;
}

/** Table names a file's queries touch, split into writes and reads. */
export function tablesTouched(text: string): { writes: Set<string>; reads: Set<string> } {
  const writes = new Set<string>();
  const reads = new Set<string>();
  const name = `['"\`]([a-z_][a-z0-9_]*)(?:\\s+as\\s+[a-z_0-9]+)?['"\`]`;
  for (const m of text.matchAll(
    new RegExp(`\\.(insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\\(\\s*${name}`, 'g'),
  ))
    writes.add(m[2]!);
  for (const m of text.matchAll(
    new RegExp(`\\.(selectFrom|innerJoin|leftJoin|rightJoin|fullJoin)\\(\\s*${name}`, 'g'),
  ))
    reads.add(m[2]!);
  // Raw SQL inside sql`…` templates.
  for (const tpl of text.matchAll(/sql(?:<[^>]*>)?`([^`]*)`/g)) {
    const body = tpl[1]!;
    for (const m of body.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_][a-z0-9_]*)/gi))
      writes.add(m[1]!);
    for (const m of body.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)/gi))
      if (!/^(select|lateral|unnest|json_each|generate_series)$/i.test(m[1]!)) reads.add(m[1]!);
  }
  for (const w of writes) reads.delete(w);
  return { writes, reads };
}

export interface TableOwners {
  /** table → owner ('platform' or a module name). */
  owner: Map<string, string>;
  /** Tables their owner lets other modules read. */
  published: Set<string>;
}

export function tableViolations(owners: TableOwners): Violation[] {
  const out: Violation[] = [];
  const files = sources('src/server/modules/**/*.ts').filter(
    (f) => !/\.test\.ts$|test-|\/migrations\//.test(f),
  );
  for (const file of files) {
    const own = moduleOf(file);
    if (!own) continue;
    const { writes, reads } = tablesTouched(readFileSync(file, 'utf8'));
    for (const t of writes) {
      const o = owners.owner.get(t);
      if (o === undefined) out.push({ rule: 'unknown-table', file: rel(file), detail: t });
      else if (o !== own)
        out.push({ rule: 'foreign-table-write', file: rel(file), detail: `${t} (owned by ${o})` });
    }
    for (const t of reads) {
      const o = owners.owner.get(t);
      if (o === undefined) out.push({ rule: 'unknown-table', file: rel(file), detail: t });
      else if (o !== own && !owners.published.has(t))
        out.push({
          rule: 'foreign-table-read',
          file: rel(file),
          detail: `${t} (owned by ${o}, not published)`,
        });
    }
  }
  return out;
}

/** Every violation in the tree, with the owner map read from the module list. */
export async function allViolations(): Promise<Violation[]> {
  const { MODULES } = await import('../../src/server/modules/index.ts');
  const { PLATFORM_TABLES } = await import('../../src/server/platform/db/platform-tables.ts');
  const owner = new Map<string, string>();
  const published = new Set<string>(PLATFORM_TABLES.publishes);
  for (const t of PLATFORM_TABLES.owns) owner.set(t, 'platform');
  for (const m of MODULES) {
    for (const t of m.tables?.owns ?? []) owner.set(t, m.name);
    for (const t of m.tables?.publishes ?? []) published.add(t);
  }
  return [...importViolations(), ...tableViolations({ owner, published })];
}

if (import.meta.main) {
  const all = await allViolations();
  const only = process.argv[2];
  const shown = only ? all.filter((v) => v.file.includes(only)) : all;
  for (const v of shown) console.log(`${v.rule.padEnd(24)} ${v.file}  ${v.detail}`);
  const byRule = new Map<string, number>();
  for (const v of shown) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
  console.log(`\n${shown.length} violations`, Object.fromEntries(byRule));
}
