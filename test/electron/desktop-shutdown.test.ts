/**
 * The desktop app's quit (electron/main/index.ts hands Electron's will-quit to these): the
 * local database closes only after a backup already running has finished, and the quit is
 * held until then. Electron itself cannot start here; the module is plain Node.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDatabase, quitAfterWork } from '../../electron/main/desktop-shutdown.ts';
import { startBackupSchedule } from '../../electron/main/backup/scheduler.ts';
import { backupsDir } from '../../electron/main/backup/backup-service.ts';
import { LOCK_FILE_NAME, acquireDataLock } from '../../electron/main/data-lock.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { repoResources, tempDir } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

async function openLocal() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const lock = acquireDataLock(dir, 'Sipena desktop app');
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => new Date('2025-01-01T01:00:00Z') });
  cleanups.push(() => ctx.db.open && ctx.db.close());
  return { dir, ctx, lock };
}

describe('desktop quit', () => {
  it('holds the quit while the start backup runs, closes the database after it, then quits once', async () => {
    const { dir, ctx, lock } = await openLocal();
    const logged: string[] = [];
    let local: ReturnType<typeof localDatabase> | undefined = localDatabase(ctx, lock, startBackupSchedule(ctx, { startDelayMs: 0, log: (l) => logged.push(l) }));
    // The start backup's timer fires and the backup begins: the user quits right then.
    await new Promise((r) => setTimeout(r, 0));
    const take = () => {
      const db = local;
      local = undefined;
      return db ? () => db.close() : undefined;
    };
    let prevented = 0;
    let quits = 0;
    const quitted = new Promise<void>((resolve) => {
      quitAfterWork({ preventDefault: () => prevented++ }, take, () => {
        quits++;
        resolve();
      }, (m) => logged.push(m));
    });
    expect(prevented).toBe(1);
    // Held: the database is still open for the copy.
    expect(ctx.db.open).toBe(true);
    await quitted;
    expect(quits).toBe(1);
    expect(ctx.db.open).toBe(false);
    expect(logged).toEqual([]);
    expect(readdirSync(backupsDir(dir)).filter((n) => n.startsWith('sipena-start-') && n.endsWith('.sqlite3'))).toHaveLength(1);
    expect(readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
    // The folder lock is released: another Sipena may open the folder now.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);

    // Electron's second will-quit (from that quit) passes straight through.
    quitAfterWork({ preventDefault: () => prevented++ }, take, () => quits++, (m) => logged.push(m));
    expect(prevented).toBe(1);
    expect(quits).toBe(1);
  });

  it('closes the database only after stopping the backups has resolved, and closes once however often asked', async () => {
    const { ctx, lock } = await openLocal();
    let finishBackup!: () => void;
    const backupDone = new Promise<void>((r) => (finishBackup = r));
    const db = localDatabase(ctx, lock, () => backupDone);
    const first = db.close();
    const second = db.close();
    await new Promise((r) => setTimeout(r, 10));
    expect(ctx.db.open).toBe(true);
    finishBackup();
    await Promise.all([first, second]);
    expect(second).toBe(first);
    expect(ctx.db.open).toBe(false);
  });

  it('still closes and quits when stopping fails, and says so', async () => {
    const { ctx, lock } = await openLocal();
    const db = localDatabase(ctx, lock, () => Promise.reject(new Error('disk hilang')));
    const logged: unknown[] = [];
    let handed = false;
    await new Promise<void>((resolve) =>
      quitAfterWork(
        { preventDefault: () => undefined },
        () => (handed ? undefined : ((handed = true), () => db.close())),
        resolve,
        (m, e) => logged.push(m, e),
      ),
    );
    expect(ctx.db.open).toBe(false);
    expect(logged).toEqual(['[sipena] shutting down failed', new Error('disk hilang')]);
  });
});
