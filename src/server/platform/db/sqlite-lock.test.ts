/**
 * The SQLite lock file (restore vs a running server): one holder at a time, given back on
 * release; a lock whose process is gone — or whose pid now belongs to another process — is
 * stale and taken over; a lock from another host is respected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseInUseError, holdSqliteFile, lockPathOf } from './sqlite-lock.ts';

function withFile(run: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'propdesk-lock-'));
  try {
    run(join(dir, 'db.sqlite'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('one holder at a time: a second hold is refused naming the holder, and release gives the file back', () => {
  withFile((file) => {
    const server = holdSqliteFile(file, 'server');
    assert.equal(JSON.parse(readFileSync(lockPathOf(file), 'utf8')).pid, process.pid);
    assert.throws(
      () => holdSqliteFile(file, 'restore'),
      (err: unknown) =>
        err instanceof DatabaseInUseError && /in use by a PropDesk server \(pid \d+ on /.test(err.message),
    );
    server.release();
    assert.equal(existsSync(lockPathOf(file)), false);
    const restore = holdSqliteFile(file, 'restore');
    assert.throws(() => holdSqliteFile(file, 'server'), /in use by a restore/);
    restore.release();
  });
});

test('a stale lock — its process is gone, its pid reused by another process, or its content unreadable — is taken over', () => {
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  const stale = [
    JSON.stringify({
      pid: dead,
      host: hostname(),
      role: 'server',
      since: '2026-01-01T00:00:00.000Z',
      started: null,
    }),
    JSON.stringify({
      pid: process.pid,
      host: hostname(),
      role: 'server',
      since: '2026-01-01T00:00:00.000Z',
      started: 'another-start-time',
    }),
    'not a lock',
  ];
  for (const content of stale) {
    withFile((file) => {
      writeFileSync(lockPathOf(file), content);
      const lock = holdSqliteFile(file, 'restore');
      assert.equal(JSON.parse(readFileSync(lockPathOf(file), 'utf8')).role, 'restore', content);
      lock.release();
    });
  }
});

test('a lock written on another host (a shared disk) cannot be checked and is respected', () => {
  withFile((file) => {
    writeFileSync(
      lockPathOf(file),
      JSON.stringify({
        pid: 1,
        host: `not-${hostname()}`,
        role: 'server',
        since: '2026-01-01T00:00:00.000Z',
        started: null,
      }),
    );
    assert.throws(() => holdSqliteFile(file, 'restore'), DatabaseInUseError);
  });
});

test('release never removes a lock that is no longer its own', () => {
  withFile((file) => {
    const mine = holdSqliteFile(file, 'server');
    const other = JSON.stringify({
      pid: process.pid,
      host: hostname(),
      role: 'restore',
      since: 'later',
      started: null,
    });
    writeFileSync(lockPathOf(file), other);
    mine.release();
    assert.equal(readFileSync(lockPathOf(file), 'utf8'), other);
  });
});
