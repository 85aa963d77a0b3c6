import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, listBackups, backupsDir, newestBackup } from '../../electron/main/backup/backup-service.ts';
import { readManifest } from '../../electron/main/backup/manifest.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { previewRestore } from '../../electron/main/backup/restore-preview.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { writeSetting, readSetting } from '../../electron/main/system/settings-service.ts';
import { AppError } from '../../electron/main/errors.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { dbFingerprint, tempApp, tempDir } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function app() {
  const a = await tempApp();
  cleanups.push(a.close);
  return a;
}
function dir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const sha = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

function addEvidence(dataDir: string, content: string): string {
  const digest = sha(content);
  mkdirSync(join(dataDir, 'evidence'), { recursive: true });
  writeFileSync(join(dataDir, 'evidence', digest), content);
  return digest;
}

function marker(ctx: AppContext): string | undefined {
  return readSetting(ctx, 'marker');
}

describe('createBackup', () => {
  it('writes a verified single-file copy with a manifest of counts and evidence hashes, listed newest first', async () => {
    const { ctx, dir: dataDir } = await app();
    writeSetting(ctx, 'marker', 'one');
    const ev = addEvidence(dataDir, 'foto baliho');
    const first = await createBackup(ctx, 'manual');
    const second = await createBackup(ctx, 'start');
    expect(first.info).toMatchObject({ kind: 'manual', verified: true, schemaVersion: expect.any(Number), evidenceFiles: 1 });
    expect(first.info.counts?.auditRows).toBeGreaterThan(0);
    expect(existsSync(`${first.file}-wal`)).toBe(false);
    const manifest = readManifest(first.file.replace(/\.sqlite3$/, '.manifest.json'))!;
    expect(manifest.database.sha256).toBe(sha(readFileSync(first.file)));
    expect(manifest.evidence).toEqual([{ sha256: ev, size: 11, names: [] }]);
    const copy = new Database(first.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'one' });
    copy.close();
    // Same clock in tests: the second name gets a suffix, both listed, newest (by name) first.
    expect(listBackups(backupsDir(dataDir)).map((b) => b.name)).toEqual([second.info.name, first.info.name].sort().reverse());
    // The status screen's newest backup is the list's first, read without the other manifests.
    expect(newestBackup(backupsDir(dataDir))).toEqual(listBackups(backupsDir(dataDir))[0]);
    expect(newestBackup(join(dataDir, 'no-such-folder'))).toBeUndefined();
    expect(readdirSync(backupsDir(dataDir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('a backup to a folder copies the evidence files, and a second one skips those already there', async () => {
    const { ctx, dir: dataDir } = await app();
    const a = addEvidence(dataDir, 'video kampanye');
    const b = addEvidence(dataDir, 'tangkapan layar');
    const usb = dir();
    const r1 = await createBackup(ctx, 'manual', { dir: usb, withEvidence: true });
    expect(r1.evidence).toMatchObject({ copied: 2, skipped: 0, problems: [] });
    expect(readFileSync(join(usb, 'evidence', a), 'utf8')).toBe('video kampanye');
    const r2 = await createBackup(ctx, 'manual', { dir: usb, withEvidence: true });
    expect(r2.evidence).toMatchObject({ copied: 0, skipped: 2 });
    // An altered file in the data folder is reported by name and not spread to the backup.
    writeFileSync(join(dataDir, 'evidence', b), 'diubah');
    const usb2 = dir();
    const r3 = await createBackup(ctx, 'manual', { dir: usb2, withEvidence: true });
    expect(r3.evidence?.problems.map((p) => [p.kind, p.entry.sha256])).toEqual([['altered', b]]);
    expect(existsSync(join(usb2, 'evidence', b))).toBe(false);
  });
});

describe('restoreBackup', () => {
  it('brings the data back as it was, backs up the current state first, and records the restore in the audit trail', async () => {
    const { ctx, dir: dataDir } = await app();
    writeSetting(ctx, 'marker', 'before');
    const backup = await createBackup(ctx, 'manual');
    writeSetting(ctx, 'marker', 'after');
    const preview = previewRestore(backup.file, dataDir);
    expect(preview).toMatchObject({ restorable: true, integrity: 'ok', auditChain: { ok: true }, evidenceMissing: [] });
    const result = await restoreBackup(ctx, backup.file);
    expect(marker(ctx)).toBe('before');
    expect(ctx.language()).toBe('id'); // the context reads through the new connection
    expect(result.preRestoreBackup).toMatch(/^sipena-pre-restore-/);
    const pre = new Database(join(backupsDir(dataDir), result.preRestoreBackup!), { readonly: true });
    expect(pre.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'after' });
    pre.close();
    expect(verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
    const last = ctx.db.prepare('SELECT action, actor, after_json FROM audit_log ORDER BY id DESC LIMIT 1').get() as { action: string; actor: string; after_json: string };
    expect(last.action).toBe('database.restore');
    expect(last.actor).toBe('admin');
    expect(JSON.parse(last.after_json)).toMatchObject({ restoredFrom: backup.info.name, preRestoreBackup: result.preRestoreBackup });
    expect(ctx.session.user?.username).toBe('admin'); // the same account exists in the backup
    expect(readdirSync(dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
    // Undo: restoring the pre-restore backup brings "after" back.
    await restoreBackup(ctx, join(backupsDir(dataDir), result.preRestoreBackup!));
    expect(marker(ctx)).toBe('after');
  });

  it('signs the user out when the restored database does not have that account', async () => {
    const { ctx } = await app();
    const other = await tempApp(undefined, { auth: 'none' });
    cleanups.push(other.close);
    const foreign = await createBackup(other.ctx, 'manual');
    await restoreBackup(ctx, foreign.file);
    expect(ctx.session.user).toBeNull();
  });

  it('refuses damaged, foreign, newer and tampered files with a reason, and changes nothing', async () => {
    const { ctx, dir: dataDir } = await app();
    writeSetting(ctx, 'marker', 'live');
    const good = await createBackup(ctx, 'manual');
    const work = dir();
    const truncated = join(work, 'truncated.sqlite3');
    copyFileSync(good.file, truncated);
    truncateSync(truncated, 4096);
    const garbage = join(work, 'garbage.sqlite3');
    writeFileSync(garbage, 'bukan basis data '.repeat(500));
    const foreign = join(work, 'foreign.sqlite3');
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x)');
    f.pragma('user_version = 3');
    f.close();
    const newer = join(work, 'newer.sqlite3');
    copyFileSync(good.file, newer);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const tampered = join(work, 'tampered.sqlite3');
    copyFileSync(good.file, tampered);
    const t = new Database(tampered);
    t.exec('DROP TRIGGER audit_log_no_update');
    t.prepare("UPDATE audit_log SET actor = 'someone else' WHERE id = 1").run();
    t.close();
    const cases: [string, string][] = [
      [truncated, 'backup.damaged'],
      [garbage, 'backup.damaged'],
      [foreign, 'backup.notSipena'],
      [newer, 'backup.tooNew'],
      [tampered, 'backup.chainBroken'],
      [join(work, 'absent.sqlite3'), 'backup.fileMissing'],
    ];
    const before = dbFingerprint(ctx);
    const backupsBefore = readdirSync(backupsDir(dataDir)).sort();
    for (const [file, key] of cases) {
      expect(previewRestore(file, dataDir)).toMatchObject({ restorable: false, problemKey: key });
      const err = await restoreBackup(ctx, file).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).key).toBe(key);
    }
    expect(dbFingerprint(ctx)).toBe(before);
    expect(readdirSync(backupsDir(dataDir)).sort()).toEqual(backupsBefore);
    expect(readdirSync(dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
  });

  it('names evidence files a backup refers to that are not available', async () => {
    const { ctx, dir: dataDir } = await app();
    const ev = addEvidence(dataDir, 'rekaman');
    const backup = await createBackup(ctx, 'manual');
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, 'evidence', ev));
    expect(previewRestore(backup.file, dataDir).evidenceMissing).toEqual([ev]);
  });
});

describe('listEvidence', () => {
  it('reads sha256, size and original names of the evidence files, skipping link rows, merged with files on disk', async () => {
    const { listEvidence } = await import('../../electron/main/backup/evidence-files.ts');
    const dataDir = dir();
    const onDisk = addEvidence(dataDir, 'berkas tanpa baris');
    const db = new Database(':memory:');
    db.exec('CREATE TABLE evidence (id INTEGER PRIMARY KEY, kind TEXT, sha256 TEXT, size INTEGER, original_name TEXT, url TEXT)');
    const a = sha('a');
    db.prepare("INSERT INTO evidence (kind, sha256, size, original_name) VALUES ('file', ?, 1, ?)").run(a, 'foto-1.jpg');
    db.prepare("INSERT INTO evidence (kind, sha256, size, original_name) VALUES ('file', ?, 1, ?)").run(a, 'foto-1 (salinan).jpg');
    db.prepare("INSERT INTO evidence (kind, url) VALUES ('url', 'https://contoh.go.id/berita')").run();
    expect(listEvidence(db, dataDir)).toEqual(
      [
        { sha256: a, size: 1, names: ['foto-1.jpg', 'foto-1 (salinan).jpg'] },
        { sha256: onDisk, size: 18, names: [] },
      ].sort((x, y) => (x.sha256 < y.sha256 ? -1 : 1)),
    );
    db.close();
  });
});

describe('restore safety nets', () => {
  it('refuses a file that claims an old schema while holding the new tables, naming what differs, and changes nothing', async () => {
    const { ctx, dir: dataDir } = await app();
    writeSetting(ctx, 'marker', 'current');
    const good = await createBackup(ctx, 'manual');
    const bad = join(dir(), 'old-claim.sqlite3');
    copyFileSync(good.file, bad);
    const db = new Database(bad);
    db.pragma('user_version = 1');
    db.close();
    const preview = previewRestore(bad, dataDir);
    expect(preview).toMatchObject({ restorable: false, problemKey: 'backup.schemaDiffers' });
    expect(preview.problemDetail).toContain('tabel tambahan: users');
    const before = dbFingerprint(ctx);
    await expect(restoreBackup(ctx, bad)).rejects.toMatchObject({ key: 'backup.schemaDiffers' });
    expect(marker(ctx)).toBe('current');
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('while the file is being swapped, every call except progress polls gets a clear refusal', async () => {
    const { ctx } = await app();
    const { setRestoring } = await import('../../electron/main/backup/maintenance.ts');
    const { dispatch } = await import('../../electron/main/ipc/dispatch.ts');
    const { handlers } = await import('../../electron/main/handlers.ts');
    const job = await dispatch(ctx, handlers, 'backup:create', {});
    expect(job.ok).toBe(true);
    setRestoring(ctx, true);
    try {
      expect(await dispatch(ctx, handlers, 'cases:list', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Pemulihan data sedang berjalan') } });
      expect(await dispatch(ctx, handlers, 'backup:job', { id: (job as { value: { id: string } }).value.id })).toMatchObject({ ok: true });
    } finally {
      setRestoring(ctx, false);
    }
    const { waitForJob } = await import('../../electron/main/backup/jobs.ts');
    expect(await waitForJob((job as { value: { id: string } }).value.id)).toMatchObject({ finished: true, error: null, backup: { kind: 'manual', verified: true } });
  });
});
