import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDirs } from '../support/run-cli.ts';
import { DataFolderLockedError, LOCK_FILE_NAME, acquireDataLock, readDataLock } from '../../electron/main/data-lock.ts';

const cli = (...args: string[]) => runCli(args);
const dir = scratchDirs();

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('data folder lock', () => {
  it('is exclusive within and across processes, names its holder, and is gone after release', () => {
    const d = dir();
    const lock = acquireDataLock(d, 'Sipena web harness', new Date('2024-11-04T03:00:00Z'));
    expect(readDataLock(d)).toEqual({ pid: process.pid, host: hostname(), what: 'Sipena web harness', since: '2024-11-04T03:00:00.000Z' });
    let err: unknown;
    try {
      acquireDataLock(d, 'admin CLI "restore"');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataFolderLockedError);
    expect((err as Error).message).toBe(`the data folder ${d} is in use by Sipena web harness (pid ${process.pid} on ${hostname()}, since 2024-11-04T03:00:00.000Z)`);
    lock.release();
    expect(existsSync(join(d, LOCK_FILE_NAME))).toBe(false);
    acquireDataLock(d, 'again').release();
  });

  it('takes over a lock whose process is gone (killed, crashed) and one that is not a lock at all', () => {
    const d = dir();
    writeFileSync(join(d, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid(), host: hostname(), what: 'Sipena desktop app', since: '2024-01-01T00:00:00.000Z' }));
    const lock = acquireDataLock(d, 'admin CLI "init"');
    expect(readDataLock(d)?.pid).toBe(process.pid);
    lock.release();
    writeFileSync(join(d, LOCK_FILE_NAME), 'garbage');
    acquireDataLock(d, 'x').release();
  });

  it('respects a lock held on another computer (a shared folder), which it cannot check', () => {
    const d = dir();
    writeFileSync(join(d, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid(), host: 'pc-lain', what: 'Sipena desktop app', since: '2024-01-01T00:00:00.000Z' }));
    expect(() => acquireDataLock(d, 'x')).toThrow(/in use by Sipena desktop app \(pid \d+ on pc-lain/);
  });

  it('CLI restore (and other writing commands) are refused while the app holds the folder; read-only commands still work', () => {
    const d = dir();
    expect(cli('init', '--data', d).code).toBe(0);
    const backup = cli('backup', '--data', d);
    expect(backup.code).toBe(0);
    const file = /written and verified: (\S+)/.exec(backup.out)![1]!;
    const copy = join(dir(), 'copy.sqlite3');
    copyFileSync(file, copy);
    const db = join(d, 'sipena.sqlite3');
    const before = readFileSync(db);
    const lock = acquireDataLock(d, 'Sipena web harness');
    try {
      const r = cli('restore', copy, '--data', d, '--yes');
      expect(r.code).toBe(1);
      expect(r.err).toContain(`restore: refused: the data folder ${d} is in use by Sipena web harness (pid ${process.pid}`);
      expect(r.err).toContain('Backups screen');
      expect(r.err.split('\n')).toHaveLength(1);
      expect(readFileSync(db).equals(before)).toBe(true);
      expect(cli('users', 'create', 'budi', '--role', 'clerk', '--name', 'Budi', '--password-stdin', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('in use by Sipena web harness') });
      expect(cli('verify', '--data', d)).toMatchObject({ code: 0 });
      expect(cli('users', 'list', '--data', d)).toMatchObject({ code: 0 });
    } finally {
      lock.release();
    }
    expect(cli('restore', copy, '--data', d, '--yes').code).toBe(0);
    // Seven CLI processes: generous on a loaded machine; nothing here waits on the clock.
  }, 300_000);
});
