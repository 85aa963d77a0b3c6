import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { migrations } from '../../electron/main/db/migrations/index.ts';

const LATEST = Math.max(...migrations.map((m) => m.version));

// In this process (runCliHere), except where the real process's exit code and stderr are the
// point: a damaged database and an unknown command go through Node (runCli).
const cli = (...args: string[]) => runCliHere(args);
const spawned = (...args: string[]) => runCli(args);
const dir = scratchDirs();

describe('admin CLI', () => {
  it('lists its commands on --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['init', 'backup [--out FILE]', 'restore FILE', 'verify']) expect(r.out).toContain(c);
  });

  it('init creates the database, verify passes, backup writes a verified single-file copy', async () => {
    const d = dir();
    const init = await cli('init', '--data', d);
    expect(init).toMatchObject({ code: 0 });
    expect(init.out).toMatch(new RegExp(`database ready: .*sipena\\.sqlite3 \\(schema version ${LATEST}\\)`));
    const verify = await cli('verify', '--data', d);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('integrity_check ok');
    const out = join(d, 'copy.sqlite3');
    const backup = await cli('backup', '--out', out, '--data', d);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('verified');
    expect(statSync(out).size).toBeGreaterThan(0);
    expect(existsSync(`${out}-wal`)).toBe(false);
    expect(await cli('backup', '--out', out, '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
  });

  it('verify on a damaged database exits 1 with one line naming the problem and no stack trace', async () => {
    const d = dir();
    expect((await cli('init', '--data', d)).code).toBe(0);
    const file = join(d, 'sipena.sqlite3');
    truncateSync(file, 1024 * 3);
    const r = spawned('verify', '--data', d);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/verify|damaged|malformed|not a database|cannot be opened/i);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('verify on garbage and backup of garbage fail cleanly, leaving the file untouched', async () => {
    const d = dir();
    const file = join(d, 'sipena.sqlite3');
    writeFileSync(file, 'x'.repeat(5000));
    const before = readFileSync(file);
    for (const r of [await cli('verify', '--data', d), await cli('backup', '--out', join(d, 'b.sqlite3'), '--data', d)]) {
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a missing database and unknown commands clearly', async () => {
    const d = dir();
    expect(await cli('verify', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('run "npm run cli -- init') });
    expect(spawned('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
    // Without --out a backup goes into the data folder's backups/, which needs a database first.
    expect((await cli('backup', '--data', d)).err).toContain('no database at');
  });

  it('init refuses a 0-byte database file with a clear message and leaves it empty', async () => {
    const d = dir();
    const file = join(d, 'sipena.sqlite3');
    writeFileSync(file, '');
    const r = await cli('init', '--data', d);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not initialised: the file is empty (0 bytes)');
    expect(r.err).toContain('restore');
    expect(statSync(file).size).toBe(0);
  });
});
