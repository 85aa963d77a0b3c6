import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Migration } from '../../electron/main/db/migrations/index.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { previewRestore } from '../../electron/main/backup/restore-preview.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { recoveryStatus } from '../../electron/main/backup/maintenance.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { readSetting, writeSetting } from '../../electron/main/system/settings-service.ts';
import { TEST_ADMIN, dbFingerprint, tempApp, tempDir } from '../support/temp-app.ts';

// One migration more than the shipped ones, which fails on data a hostile tester planted:
// a backup at the previous version passes every check before the swap (integrity, schema
// of its version, audit chain) and only fails when it is migrated after the swap.
const real = vi.hoisted(() => ({ latest: 0 }));
vi.mock('../../electron/main/db/migrations/index.ts', async (importOriginal) => {
  const mod = await importOriginal<{ migrations: Migration[] }>();
  real.latest = Math.max(...mod.migrations.map((m) => m.version));
  const poisoned: Migration = {
    version: real.latest + 1,
    name: 'test-fails-on-poison',
    up: (db) => {
      db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY)');
      if (db.prepare("SELECT 1 FROM settings WHERE key = 'marker' AND value = 'poison'").get()) throw new Error('migration failed on planted data');
    },
  };
  return { ...mod, migrations: [...mod.migrations, poisoned] };
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('a restore that fails after the swap', () => {
  it('leaves the previous database in place: same data, logins still work, the failed file kept aside', async () => {
    const a = await tempApp();
    cleanups.push(a.close);
    const work = tempDir();
    cleanups.push(work.cleanup);
    const { ctx, dir: dataDir } = a;
    writeSetting(ctx, 'marker', 'live');
    const { file } = await createBackup(ctx, 'manual');
    const crafted = join(work.dir, 'crafted.sqlite3');
    copyFileSync(file, crafted);
    const db = new Database(crafted);
    db.exec('DROP TABLE later_feature');
    db.prepare("UPDATE settings SET value = 'poison' WHERE key = 'marker'").run();
    db.pragma(`user_version = ${real.latest}`);
    db.close();

    expect(previewRestore(crafted, dataDir)).toMatchObject({ restorable: true });
    const before = dbFingerprint(ctx);
    const job = await dispatch(ctx, handlers, 'backup:restore', { source: { file: crafted }, confirm: true });
    expect(job.ok).toBe(true);
    const { waitForJob } = await import('../../electron/main/backup/jobs.ts');
    const status = await waitForJob((job as { value: { id: string } }).value.id);
    expect(status.error).toBeTruthy();

    expect(recoveryStatus(ctx)).toEqual({ mode: 'normal' });
    expect(readSetting(ctx, 'marker')).toBe('live');
    // The live file is the one from before; only the pre-restore backup was added to it (no audit row).
    expect(dbFingerprint(ctx)).toBe(before);
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
    expect(readdirSync(dataDir).some((n) => n.startsWith('sipena.sqlite3.failed-restore-'))).toBe(true);
    expect(readdirSync(dataDir).filter((n) => n.includes('before-restore'))).toEqual([]);
    // Sign out and in again: the accounts are the old ones.
    expect(await dispatch(ctx, handlers, 'auth:logout', {})).toMatchObject({ ok: true });
    expect(await dispatch(ctx, handlers, 'auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password })).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect(await dispatch(ctx, handlers, 'cases:list', {})).toMatchObject({ ok: true });
  });

  it('also when bringing evidence back from beside the backup fails after the new file was opened', async () => {
    const a = await tempApp();
    cleanups.push(a.close);
    const work = tempDir();
    cleanups.push(work.cleanup);
    const { ctx, dir: dataDir } = a;
    writeSetting(ctx, 'marker', 'in-backup');
    const { file, manifest } = await createBackup(ctx, 'manual');
    writeSetting(ctx, 'marker', 'live');
    // A folder backup whose evidence/ holds a directory where a file should be.
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const copy = join(work.dir, 'usb.sqlite3');
    copyFileSync(file, copy);
    const sha = 'a'.repeat(64);
    writeFileSync(join(work.dir, 'usb.manifest.json'), JSON.stringify({ ...manifest, database: { ...manifest.database, file: 'usb.sqlite3' }, evidence: [{ sha256: sha, size: 1, names: ['foto.jpg'] }] }));
    mkdirSync(join(work.dir, 'evidence', sha), { recursive: true });
    expect(previewRestore(copy, dataDir)).toMatchObject({ restorable: true });
    const before = dbFingerprint(ctx);
    await expect(restoreBackup(ctx, copy)).rejects.toThrow();
    expect(readSetting(ctx, 'marker')).toBe('live');
    expect(dbFingerprint(ctx)).toBe(before);
    expect(await dispatch(ctx, handlers, 'auth:logout', {})).toMatchObject({ ok: true });
    expect(await dispatch(ctx, handlers, 'auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password })).toMatchObject({ ok: true });
  });
});
