import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppOrRecovery } from '../../electron/main/backup/recovery.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { writeSetting } from '../../electron/main/system/settings-service.ts';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { repoResources, tempDir } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const options = (dataDir: string) => ({ dataDir, resourcesDir: repoResources, appVersion: 'test' });

/** A data folder with one good backup (marker = "saved") and then a damaged database file. */
async function damagedFolder(): Promise<{ dataDir: string; backupName: string }> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const ctx = await openApp(options(dir));
  writeSetting(ctx, 'marker', 'saved');
  const { info } = await createBackup(ctx, 'daily');
  ctx.db.close();
  writeFileSync(join(dir, DB_FILE_NAME), 'disk error: this page was overwritten '.repeat(300));
  return { dataDir: dir, backupName: info.name };
}

function call(ctx: AppContext, channel: string, payload: unknown = {}) {
  return dispatch(ctx, handlers, channel, payload, () => undefined);
}

describe('recovery mode', () => {
  it('opens on a damaged database without touching it, refuses normal work, and restores from the list', async () => {
    const { dataDir, backupName } = await damagedFolder();
    const file = join(dataDir, DB_FILE_NAME);
    const damagedHash = sha(file);
    const ctx = await openAppOrRecovery(options(dataDir));
    cleanups.push(() => ctx.db.close());
    expect(sha(file)).toBe(damagedHash);
    const status = await call(ctx, 'recovery:status');
    expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', reason: 'damaged', dataDir } });

    // Everything else gets a clear refusal, even public channels and the login.
    for (const ch of ['system:info', 'auth:status', 'cases:list', 'backup:list']) {
      const r = await call(ctx, ch);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/mode pemulihan|Silakan masuk/);
    }
    const list = await call(ctx, 'recovery:backups');
    expect(list).toMatchObject({ ok: true, value: { backups: [{ name: backupName, verified: true }] } });
    const preview = await call(ctx, 'recovery:preview', { source: { name: backupName } });
    expect(preview).toMatchObject({ ok: true, value: { restorable: true, integrity: 'ok' } });
    // Hostile names never leave the backups folder.
    for (const name of ['../sipena.sqlite3', '/etc/passwd', 'sipena-daily-x.sqlite3']) {
      expect((await call(ctx, 'recovery:preview', { source: { name } })).ok).toBe(false);
    }
    expect((await call(ctx, 'recovery:restore', { source: { name: backupName } })).ok).toBe(false); // no confirmation
    const restored = await call(ctx, 'recovery:restore', { source: { name: backupName }, confirm: true });
    expect(restored).toMatchObject({ ok: true, value: { preRestoreBackup: null, setAside: expect.stringMatching(/^sipena\.sqlite3\.damaged-\d{8}T\d{9}Z$/) } });
    const setAside = (restored as { value: { setAside: string } }).value.setAside;
    expect(sha(join(dataDir, setAside))).toBe(damagedHash);
    expect(await call(ctx, 'recovery:status')).toMatchObject({ ok: true, value: { mode: 'normal' } });
    expect(ctx.db.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'saved' });
    // Public again, but nobody is signed in: the data folder's path is not given out.
    const info = await call(ctx, 'system:info');
    expect(info).toMatchObject({ ok: true, value: { version: 'test', language: 'id' } });
    expect(info.ok && 'dataDir' in (info.value as object)).toBe(false);
    // Out of recovery mode the recovery restore is refused: normal restores need an administrator.
    expect(await call(ctx, 'recovery:restore', { source: { name: backupName }, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('opens on a database from a newer Sipena, and a restore sets it aside as .newer-<time>', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = await openApp(options(dir));
    const { info } = await createBackup(first, 'manual');
    first.db.close();
    const raw = new Database(join(dir, DB_FILE_NAME));
    raw.pragma('user_version = 999');
    raw.close();
    const ctx = await openAppOrRecovery(options(dir));
    cleanups.push(() => ctx.db.close());
    expect(await call(ctx, 'recovery:status')).toMatchObject({ ok: true, value: { mode: 'recovery', reason: 'too-new', found: 999 } });
    const r = await call(ctx, 'recovery:restore', { source: { name: info.name }, confirm: true });
    expect(r).toMatchObject({ ok: true, value: { setAside: expect.stringMatching(/\.newer-/) } });
    // The newer file keeps its -wal/-shm companions beside it, under the same suffix.
    expect(readdirSync(dir).filter((n) => n.includes('.newer-') && !/-(wal|shm)$/.test(n))).toHaveLength(1);
  });

  it('opens the recovery screen, not the first-launch setup, on a 0-byte database beside its backups', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = await openApp(options(dir));
    writeSetting(first, 'marker', 'saved');
    const { info } = await createBackup(first, 'daily');
    first.db.close();
    writeFileSync(join(dir, DB_FILE_NAME), '');
    const ctx = await openAppOrRecovery(options(dir));
    cleanups.push(() => ctx.db.close());
    expect(await call(ctx, 'recovery:status')).toMatchObject({ ok: true, value: { mode: 'recovery', reason: 'damaged', detail: expect.stringContaining('empty (0 bytes)') } });
    // Nobody can make themselves administrator of an empty register.
    const setup = await call(ctx, 'auth:setup', { username: 'penyusup', displayName: 'Penyusup', password: 'Rahasia-Uji-2024' });
    expect(setup.ok).toBe(false);
    expect(await call(ctx, 'recovery:backups')).toMatchObject({ ok: true, value: { backups: [{ name: info.name }] } });
    const restored = await call(ctx, 'recovery:restore', { source: { name: info.name }, confirm: true });
    expect(restored).toMatchObject({ ok: true, value: { setAside: expect.stringMatching(/\.damaged-/) } });
    expect(ctx.db.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'saved' });
  });

  it('opens the recovery screen when the database file is gone but backups are there', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = await openApp(options(dir));
    await createBackup(first, 'daily');
    first.db.close();
    const { rmSync } = await import('node:fs');
    for (const ext of ['', '-wal', '-shm']) rmSync(join(dir, DB_FILE_NAME + ext), { force: true });
    const ctx = await openAppOrRecovery(options(dir));
    cleanups.push(() => ctx.db.close());
    expect(await call(ctx, 'recovery:status')).toMatchObject({ ok: true, value: { mode: 'recovery', detail: expect.stringContaining('missing') } });
  });
});
