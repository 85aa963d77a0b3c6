import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { readSetting, writeSetting } from '../../electron/main/system/settings-service.ts';
import { tempApp, tempDir } from '../support/temp-app.ts';
import type * as RestorePreviewModule from '../../electron/main/backup/restore-preview.ts';

// Simulates a source that changes between the check and the copy (a USB stick or share
// written to meanwhile): right after any preview check, the source file is replaced.
const swap = vi.hoisted(() => ({ source: '', replacement: '' }));
vi.mock('../../electron/main/backup/restore-preview.ts', async (importOriginal) => {
  const real = await importOriginal<typeof RestorePreviewModule>();
  const { copyFileSync: copy } = await import('node:fs');
  return {
    ...real,
    previewRestore: (file: string, dataDir: string) => {
      const preview = real.previewRestore(file, dataDir);
      if (swap.source) copy(swap.replacement, swap.source);
      return preview;
    },
  };
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('restore checks the staged copy', () => {
  it('restores exactly the file that passed the checks, even when the source is swapped right after', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const work = tempDir();
    cleanups.push(work.cleanup);
    writeSetting(app.ctx, 'marker', 'checked');
    const good = await createBackup(app.ctx, 'manual');
    writeSetting(app.ctx, 'marker', 'live');
    const source = join(work.dir, 'usb.sqlite3');
    copyFileSync(good.file, source);
    // A forged copy: marker changed behind the audit trail's back (chain broken).
    const forged = join(work.dir, 'forged.sqlite3');
    copyFileSync(good.file, forged);
    const f = new Database(forged);
    f.prepare("UPDATE settings SET value = 'forged' WHERE key = 'marker'").run();
    f.exec('DROP TRIGGER audit_log_no_update');
    f.prepare("UPDATE audit_log SET actor = 'pemalsu' WHERE id = 1").run();
    f.close();
    Object.assign(swap, { source, replacement: forged });
    try {
      await restoreBackup(app.ctx, source);
    } finally {
      swap.source = '';
    }
    expect(readSetting(app.ctx, 'marker')).toBe('checked');
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });
});
