/**
 * Who holds a SQLite database file: a small lock file next to it (`<file>.lock`) naming the
 * process. The server takes it at start and gives it back on close; `restore` takes it for
 * the time it swaps the file, so a restore never replaces a file a running server writes to
 * (which corrupted it while the server went on acknowledging writes), and a server never
 * opens a file that is being swapped. A lock whose process is gone (kill -9, a crash) is stale
 * and taken over. PostgreSQL needs none of this: its restore asks the database who is connected.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type LockRole = 'server' | 'restore';

interface LockFile {
  pid: number;
  host: string;
  role: LockRole;
  since: string;
  /** The process's start time in clock ticks (Linux /proc), so a reused pid is not mistaken for the holder. */
  started: string | null;
}

/** The database file is held by another live process. */
export class DatabaseInUseError extends Error {
  readonly holder: LockFile;
  constructor(file: string, holder: LockFile) {
    const who =
      holder.role === 'server'
        ? `a PropDesk server (pid ${holder.pid} on ${holder.host}, since ${holder.since})`
        : `a restore (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
    super(`${file} is in use by ${who}; stop it first`);
    this.holder = holder;
  }
}

export interface HeldLock {
  /** Removes the lock file if it is still this process's. */
  release(): void;
}

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

/** A SQLite location that is a file on disk (not ':memory:' nor a PostgreSQL URL). */
export function isSqliteFile(url: string): boolean {
  return url !== ':memory:' && url !== '' && !/^postgres(ql)?:\/\//.test(url);
}

/** Field 22 of /proc/<pid>/stat (start time); null where /proc is not there. */
function processStarted(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(holder: LockFile): boolean {
  // On another host (a shared disk) nothing can be checked: the lock stands.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStarted(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function parseLock(raw: string | null): LockFile | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<LockFile>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      role: parsed.role === 'restore' ? 'restore' : 'server',
      since: String(parsed.since ?? ''),
      started: parsed.started ?? null,
    };
  } catch {
    // Foreign content (a lock is never half-written, see publish): no live holder to respect.
    return null;
  }
}

/**
 * Creates the lock file whole or not at all: written under a private name, then hard-linked
 * to the lock's name, which fails if it exists. (A reader never sees a half-written lock.)
 */
function publish(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, content, { flag: 'wx' });
  try {
    linkSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Takes the lock of a SQLite file for this process, or throws DatabaseInUseError naming the
 * live holder. Creation is exclusive, so two processes racing for it cannot both win.
 * @example const lock = holdSqliteFile('data/propdesk.sqlite', 'server'); … lock.release();
 */
export function holdSqliteFile(file: string, role: LockRole): HeldLock {
  const path = lockPathOf(file);
  const mine: LockFile = {
    pid: process.pid,
    host: hostname(),
    role,
    since: new Date().toISOString(),
    started: processStarted(process.pid),
  };
  const content = JSON.stringify(mine);
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      publish(path, content);
      return {
        release() {
          if (readRaw(path) === content) rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const raw = readRaw(path);
    const holder = parseLock(raw);
    if (holder && alive(holder)) throw new DatabaseInUseError(file, holder);
    // Stale (its process is gone): removed only if it is still the file judged, so a lock
    // another process has just taken over is not removed in its place.
    if (readRaw(path) === raw) rmSync(path, { force: true });
  }
  throw new Error(`could not take the lock ${path}`);
}
