import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServerBackups } from '../../electron/server/server-backups.ts';
import type { Every } from '../../electron/server/server-backups.ts';
import { withBackupAfterIssue } from '../../electron/server/letter-backup-hook.ts';
import { backupsDir, listBackups } from '../../electron/main/backup/backup-service.ts';
import { backupFileName } from '../../electron/main/backup/backup-names.ts';
import { setServerStatusSource } from '../../electron/main/system/server-status.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { addTestUser, tempApp, tempDir, validCase } from '../support/temp-app.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import type { BackupRun } from '../../shared/system/server-status.ts';

/** A timer the test fires by hand: the schedule never waits on the wall clock here. */
function handTimer(): { every: Every; fire: () => void; interval: () => number | null; stopped: () => boolean } {
  let fn: (() => void) | null = null;
  let ms: number | null = null;
  let stopped = false;
  return {
    every: (interval, f) => {
      ms = interval;
      fn = f;
      return () => {
        stopped = true;
      };
    },
    fire: () => fn?.(),
    interval: () => ms,
    stopped: () => stopped,
  };
}

let app: Awaited<ReturnType<typeof tempApp>>;
let copy: { dir: string; cleanup: () => void };
let timer: ReturnType<typeof handTimer>;
let backups: ServerBackups;

/** The app's clock, moved a minute before each backup so each gets its own time. */
let now: Date;
const later = () => (now = new Date(now.getTime() + 60_000));

beforeEach(async () => {
  now = new Date('2024-11-04T03:00:00Z');
  app = await tempApp(now, { clock: () => now });
  // Something for the first backup to hold (the test account is a fixture without audit row).
  await callOk(app.ctx, 'cases:create', validCase);
  copy = tempDir('sipena-usb-');
  timer = handTimer();
  backups = new ServerBackups({ ctx: app.ctx, copyDir: copy.dir, every: timer.every, log: () => {} });
});
afterEach(async () => {
  await backups.stop();
  app.close();
  copy.cleanup();
});

const names = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.sqlite3')).sort();

describe('office server continuity backups', () => {
  it('every 30 minutes while there were changes: a verified backup into backups/ and a complete copy into the second folder', async () => {
    expect(timer.interval()).toBe(30 * 60_000);
    // The registered case is in no backup yet.
    expect(backups.changesPending()).toBe(true);
    const first = (await backups.periodic())!;
    expect(first).toMatchObject({ kind: 'periodic', ok: true, error: null, copy: { dir: copy.dir, ok: true, error: null } });
    expect(first.name).toBe('sipena-periodic-20241104T030000000Z.sqlite3');
    expect(listBackups(backupsDir(app.dir))[0]).toMatchObject({ name: first.name, kind: 'periodic', verified: true });
    // The second folder holds the same verified database, its manifest (evidence included) and the evidence folder.
    expect(listBackups(copy.dir)[0]).toMatchObject({ name: first.name, verified: true });
    expect(readFileSync(join(copy.dir, first.name!))).toEqual(readFileSync(join(backupsDir(app.dir), first.name!)));
    expect(JSON.parse(readFileSync(join(copy.dir, first.name!.replace('.sqlite3', '.manifest.json')), 'utf8'))).toMatchObject({ evidenceIncluded: true });
    expect(existsSync(join(copy.dir, 'evidence'))).toBe(true);

    // Nothing changed: the next ticks take nothing.
    expect(backups.changesPending()).toBe(false);
    timer.fire();
    expect(await backups.periodic()).toBeNull();
    expect(names(backupsDir(app.dir))).toEqual([first.name]);

    // A change: the next tick backs it up.
    later();
    await callOk(app.ctx, 'cases:create', { ...validCase, acknowledgeDuplicates: true });
    expect(backups.changesPending()).toBe(true);
    const second = (await backups.periodic())!;
    expect(second).toMatchObject({ kind: 'periodic', ok: true });
    expect(backups.lastRun).toEqual(second);
    expect(backups.changesPending()).toBe(false);
  });

  it('after every issued letter, in the background of the answer; several at once are covered by one run, not a pile', async () => {
    await backups.periodic();
    later();
    const caseId = (await callOk(app.ctx, 'cases:create', { ...validCase, acknowledgeDuplicates: true })).id;
    const runs: Promise<BackupRun | null>[] = [];
    const serving = withBackupAfterIssue(handlers, () => runs.push(backups.letterIssued()));
    const issued = await dispatch(app.ctx, serving, 'letters:issue', { caseId, type: 'receipt', subject: '' });
    expect(issued).toMatchObject({ ok: true });
    expect(runs).toHaveLength(1);
    const run = (await runs[0])!;
    expect(run).toMatchObject({ kind: 'letter', ok: true });
    expect(listBackups(backupsDir(app.dir))[0]!.name).toBe(run.name);
    // A refused issue starts no backup.
    const refused = await dispatch(app.ctx, serving, 'letters:issue', { caseId, type: 'summons1', subject: '' });
    expect(refused.ok).toBe(false);
    expect(runs).toHaveLength(1);

    // Three letters issued at once: one backup covers them all, not a pile of three.
    later();
    await callOk(app.ctx, 'cases:create', { ...validCase, acknowledgeDuplicates: true });
    const a = backups.letterIssued();
    const b = backups.letterIssued();
    const c = backups.letterIssued();
    expect(b).toBe(a);
    expect(c).toBe(a);
    // One run at this instant: its name carries no "-2" (a second backup in the same millisecond would).
    expect(await a).toMatchObject({ ok: true, kind: 'letter', name: backupFileName('letter', now) });
  });

  it('a broken second folder is reported and does not cost the backup in backups/', async () => {
    await backups.stop();
    const notAFolder = join(copy.dir, 'usb-not-mounted');
    writeFileSync(notAFolder, 'a file where the folder should be');
    backups = new ServerBackups({ ctx: app.ctx, copyDir: notAFolder, every: timer.every, log: () => {} });
    const run = (await backups.periodic())!;
    expect(run.ok).toBe(true);
    expect(run.copy).toMatchObject({ dir: notAFolder, ok: false });
    expect(run.copy!.error).toMatch(/EEXIST|ENOTDIR/);
    expect(listBackups(backupsDir(app.dir))[0]!.name).toBe(run.name);
  });

  it('a backup does not hold up other requests: a list asked for meanwhile is answered before the backup ends', async () => {
    const order: string[] = [];
    const backup = backups.periodic().then(() => order.push('backup'));
    await callOk(app.ctx, 'cases:list', {}).then(() => order.push('list'));
    await backup;
    expect(order).toEqual(['list', 'backup']);
  });

  it('stop() ends the timer and waits for the running backup', async () => {
    const running = backups.periodic();
    await backups.stop();
    expect(timer.stopped()).toBe(true);
    expect(await running).toMatchObject({ ok: true });
  });
});

describe('server:status (administrator only)', () => {
  it('reports clients, the last backup and its result, disk space and database size', async () => {
    const run = (await backups.periodic())!;
    setServerStatusSource(app.ctx, {
      sessions: () => 3,
      lastRun: () => backups.lastRun,
      intervalMinutes: 30,
      copyDir: backups.copyDir,
      changesPending: () => backups.changesPending(),
    });
    const status = await callOk(app.ctx, 'server:status', {});
    expect(status.mode).toBe('server');
    expect(status.clients.sessions).toBe(3);
    expect(status.clients.users).toEqual([{ username: 'admin', displayName: 'Admin Uji' }]);
    expect(status.backups).toEqual({
      newest: { name: run.name, createdAt: '2024-11-04T03:00:00.000Z', verified: true },
      lastRun: run,
      intervalMinutes: 30,
      copyDir: copy.dir,
      changesPending: false,
    });
    expect(status.disk.dataDir).toBe(app.dir);
    expect(status.disk.freeBytes).toBeGreaterThan(0);
    expect(status.disk.totalBytes).toBeGreaterThanOrEqual(status.disk.freeBytes!);
    expect(status.disk.copyFreeBytes).toBeGreaterThan(0);
    expect(status.database.bytes).toBeGreaterThan(0);
  });

  it('in the desktop app: the same screen about this PC; refused to anyone but the administrator', async () => {
    const status = await callOk(app.ctx, 'server:status', {});
    expect(status).toMatchObject({ mode: 'desktop', backups: { lastRun: null, intervalMinutes: null, copyDir: null } });
    await addTestUser(app.ctx, 'sari', 'clerk', { signIn: true });
    expect((await callFail(app.ctx, 'server:status', {})).code).toBe('FORBIDDEN');
  });
});
