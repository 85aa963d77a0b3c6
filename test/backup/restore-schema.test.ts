import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { previewRestore } from '../../electron/main/backup/restore-preview.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { verifyDataFolder } from '../../electron/main/backup/verify-data.ts';
import { readSetting, writeSetting } from '../../electron/main/system/settings-service.ts';
import { dbFingerprint, tempApp, tempDir } from '../support/temp-app.ts';
import type { AppContext } from '../../electron/main/app-context.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function appWithBackup(): Promise<{ ctx: AppContext; dataDir: string; backup: string; work: string }> {
  const a = await tempApp();
  cleanups.push(a.close);
  const w = tempDir();
  cleanups.push(w.cleanup);
  writeSetting(a.ctx, 'marker', 'in-backup');
  const { file } = await createBackup(a.ctx, 'manual');
  writeSetting(a.ctx, 'marker', 'live');
  return { ctx: a.ctx, dataDir: a.dir, backup: file, work: w.dir };
}

/** A copy of the backup with `sql` run on it directly, as a hostile tester would. */
function crafted(backup: string, work: string, name: string, sql: string): string {
  const file = join(work, name);
  copyFileSync(backup, file);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

describe('a restore compares the backup schema with the one Sipena creates', () => {
  it('refuses an extra trigger that makes a viewer an administrator, naming it, and changes nothing', async () => {
    const { ctx, dataDir, backup, work } = await appWithBackup();
    const file = crafted(
      backup,
      work,
      'escalate.sqlite3',
      "CREATE TRIGGER promote AFTER UPDATE ON users BEGIN UPDATE users SET role = 'administrator' WHERE role = 'viewer'; END;",
    );
    expect(previewRestore(file, dataDir)).toMatchObject({ restorable: false, problemKey: 'backup.schemaDiffers', problemDetail: 'trigger tambahan: promote' });
    expect(previewRestore(file, dataDir, 'en').problemDetail).toBe('extra trigger: promote');
    const before = dbFingerprint(ctx);
    await expect(restoreBackup(ctx, file)).rejects.toMatchObject({ key: 'backup.schemaDiffers' });
    expect(dbFingerprint(ctx)).toBe(before);
    expect(readSetting(ctx, 'marker')).toBe('live');
  });

  it('refuses a backup whose protective triggers were dropped, naming each', async () => {
    const { ctx, dataDir, backup, work } = await appWithBackup();
    const file = crafted(backup, work, 'unprotected.sqlite3', 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER issued_letters_frozen;');
    const p = previewRestore(file, dataDir);
    expect(p.restorable).toBe(false);
    for (const name of ['audit_log_no_update', 'audit_log_no_delete', 'issued_letters_frozen']) expect(p.problemDetail).toContain(`trigger hilang: ${name}`);
    await expect(restoreBackup(ctx, file)).rejects.toMatchObject({ key: 'backup.schemaDiffers' });
    expect(readSetting(ctx, 'marker')).toBe('live');
  });

  it('refuses an extra view and an extra index, and a changed table with its extra column', async () => {
    const { dataDir, backup, work } = await appWithBackup();
    const file = crafted(
      backup,
      work,
      'extras.sqlite3',
      'CREATE VIEW everyone AS SELECT username, password_hash FROM users; CREATE INDEX settings_value ON settings(value); ALTER TABLE settings ADD COLUMN note TEXT;',
    );
    const detail = previewRestore(file, dataDir).problemDetail ?? '';
    expect(detail).toContain('view tambahan: everyone');
    expect(detail).toContain('indeks tambahan: settings_value');
    expect(detail).toContain('tabel berubah: settings (kolom tambahan note)');
  });

  it('accepts the untouched backup', async () => {
    const { ctx, dataDir, backup } = await appWithBackup();
    expect(previewRestore(backup, dataDir)).toMatchObject({ restorable: true });
    await restoreBackup(ctx, backup);
    expect(readSetting(ctx, 'marker')).toBe('in-backup');
    expect(readdirSync(dataDir).filter((n) => n.includes('before-restore'))).toEqual([]);
  });

  it('verify names the same differences on the live database', async () => {
    const { ctx, dataDir } = await appWithBackup();
    ctx.db.exec("CREATE TRIGGER sneaky AFTER INSERT ON settings BEGIN UPDATE users SET role = 'administrator'; END; DROP TRIGGER audit_log_no_delete;");
    const report = await verifyDataFolder(ctx.db, dataDir);
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringContaining('extra trigger: sneaky'), expect.stringContaining('missing trigger: audit_log_no_delete')]));
  });

  it('at start, a live database with a foreign trigger opens the recovery screen naming it', async () => {
    const { ctx, dataDir } = await appWithBackup();
    ctx.db.exec("CREATE TRIGGER promote AFTER INSERT ON audit_log BEGIN UPDATE users SET role = 'administrator'; END;");
    ctx.db.close();
    const { openAppOrRecovery } = await import('../../electron/main/backup/recovery.ts');
    const { recoveryStatus } = await import('../../electron/main/backup/maintenance.ts');
    const { repoResources } = await import('../support/temp-app.ts');
    const again = await openAppOrRecovery({ dataDir, resourcesDir: repoResources, appVersion: 'test' });
    cleanups.unshift(() => again.db.close());
    expect(recoveryStatus(again)).toMatchObject({ mode: 'recovery', reason: 'damaged', detail: expect.stringContaining('extra trigger: promote') });
  });
});
