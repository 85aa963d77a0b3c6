import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runScheduledBackup, startBackupSchedule } from '../../electron/main/backup/scheduler.ts';
import { backupsDir } from '../../electron/main/backup/backup-service.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { repoResources, tempDir } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('automatic backups', () => {
  it('backs up at start, takes a daily one only when the last routine backup is a day old, and rotates', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    let now = new Date('2025-01-01T01:00:00Z');
    const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => now });
    cleanups.push(() => ctx.db.close());
    expect(await runScheduledBackup(ctx, 'start')).toMatch(/^sipena-start-20250101T010000000Z\.sqlite3$/);
    now = new Date('2025-01-01T20:00:00Z');
    expect(await runScheduledBackup(ctx, 'tick')).toBeNull();
    // Forty days of hourly ticks: one daily backup a day, rotation keeps the list bounded.
    for (let h = 0; h < 40 * 24; h += 1) {
      now = new Date(Date.parse('2025-01-02T02:00:00Z') + h * 3_600_000);
      await runScheduledBackup(ctx, 'tick');
    }
    const files = readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.sqlite3'));
    const daily = files.filter((n) => n.startsWith('sipena-daily-'));
    // 7 daily + the newest of up to 4 more weeks + month boundaries (Jan, Feb): never all 40.
    expect(daily.length).toBeGreaterThanOrEqual(7);
    expect(daily.length).toBeLessThanOrEqual(7 + 4 + 2);
    expect(files.length).toBe(readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.manifest.json')).length);
    // About 40 real backups and 960 folder reads: 10 s on a quiet machine, over 60 s on a
    // loaded one. Nothing here is timed; the limit only has to outlast a busy machine.
  }, 180_000);

  it('stopping waits for a backup already running, so the database is never closed under it (a server stopped seconds after start)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => new Date('2025-01-01T01:00:00Z') });
    const logged: string[] = [];
    const stop = startBackupSchedule(ctx, { startDelayMs: 0, log: (l) => logged.push(l) });
    // The start backup's timer fires and the backup begins.
    await new Promise((r) => setTimeout(r, 0));
    await stop();
    ctx.db.close();
    expect(logged).toEqual([]);
    expect(readdirSync(backupsDir(dir)).filter((n) => n.startsWith('sipena-start-') && n.endsWith('.sqlite3'))).toHaveLength(1);
  });
});
