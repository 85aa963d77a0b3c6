import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { createUser, updateUser } from '../../electron/main/accounts/user-service.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { previewRestore } from '../../electron/main/backup/restore-preview.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { verifyDataFolder } from '../../electron/main/backup/verify-data.ts';
import { openAppOrRecovery } from '../../electron/main/backup/recovery.ts';
import { recoveryStatus } from '../../electron/main/backup/maintenance.ts';
import { writeSetting } from '../../electron/main/system/settings-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import { repoResources, tempApp, tempDir, validCase } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function app() {
  const a = await tempApp();
  cleanups.push(a.close);
  // Accounts made through the service have their audit history (TEST_ADMIN is a bare fixture).
  await createUser(a.ctx, { username: 'pengamat', displayName: 'Pengamat', role: 'viewer', password: 'Rahasia-Uji-2024' });
  for (const v of ['a', 'b', 'c']) writeSetting(a.ctx, 'marker', v);
  return a;
}

/** Deletes the newest audit rows the way a hostile tester does: the trigger dropped and put back exactly as it was. */
function deleteNewestAuditRows(file: string, n: number): void {
  const db = new Database(file);
  const trigger = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'").get() as { sql: string }).sql;
  db.exec('DROP TRIGGER audit_log_no_delete');
  db.prepare('DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - ?').run(n);
  db.exec(trigger);
  db.close();
}

describe('the audit chain is anchored outside the database', () => {
  it('verify and the next start notice deleted newest audit rows through the head file', async () => {
    const { ctx, dir } = await app();
    expect((await verifyDataFolder(ctx.db, dir)).problems.filter((p) => /audit (trail|head|row)/.test(p))).toEqual([]);
    ctx.db.close();
    deleteNewestAuditRows(join(dir, 'sipena.sqlite3'), 2);
    const db = new Database(join(dir, 'sipena.sqlite3'), { readonly: true });
    const report = await verifyDataFolder(db, dir);
    db.close();
    expect(report.problems).toContainEqual(expect.stringMatching(/audit trail shorter than recorded in the audit head file: it had \d+ rows, the database has \d+/));
    const again = await openAppOrRecovery({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' });
    cleanups.unshift(() => again.db.close());
    expect(recoveryStatus(again)).toMatchObject({ mode: 'recovery', detail: expect.stringContaining('the newest rows were deleted') });
  });

  it('a hand-edited head file is named; a restore rewrites the head legitimately', async () => {
    const { ctx, dir } = await app();
    const { file } = await createBackup(ctx, 'manual');
    writeSetting(ctx, 'marker', 'later');
    await restoreBackup(ctx, file);
    expect((await verifyDataFolder(ctx.db, dir)).problems.filter((p) => /audit (trail|head|row)/.test(p))).toEqual([]);
    const { readFileSync, writeFileSync } = await import('node:fs');
    const headFile = join(dir, 'sipena.audit-head.json');
    const head = JSON.parse(readFileSync(headFile, 'utf8')) as { rows: number };
    writeFileSync(headFile, JSON.stringify({ ...head, rows: head.rows - 1 }));
    expect((await verifyDataFolder(ctx.db, dir)).problems).toContainEqual(expect.stringContaining('was altered (its signature does not match)'));
  });

  it('the newest backup manifest carries the tip: rows cut from the live file or from the copy are named', async () => {
    const { ctx, dir } = await app();
    const { file, manifest } = await createBackup(ctx, 'manual');
    expect(manifest.auditAnchor).toMatchObject({ rows: expect.any(Number), lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The backup copy itself, cut after it was written: the preview refuses it.
    const work = tempDir();
    cleanups.push(work.cleanup);
    const cut = join(work.dir, 'cut.sqlite3');
    copyFileSync(file, cut);
    copyFileSync(file.replace(/\.sqlite3$/, '.manifest.json'), join(work.dir, 'cut.manifest.json'));
    deleteNewestAuditRows(cut, 1);
    expect(previewRestore(cut, dir)).toMatchObject({ restorable: false, problemKey: 'backup.chainBroken', problemDetail: expect.stringContaining('shorter than recorded in its manifest') });
    // The live file cut below the backup's tip (head file removed too): the manifest still tells.
    ctx.db.close();
    deleteNewestAuditRows(join(dir, 'sipena.sqlite3'), 3);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'sipena.audit-head.json'));
    const db = new Database(join(dir, 'sipena.sqlite3'), { readonly: true });
    const problems = (await verifyDataFolder(db, dir)).problems;
    db.close();
    expect(problems).toContainEqual(expect.stringContaining('audit head file sipena.audit-head.json is missing'));
    expect(problems).toContainEqual(expect.stringMatching(/shorter than recorded in backup sipena-manual-/));
  });
});

describe('verify reconciles what can be reconciled', () => {
  it('names a user whose role was changed in SQLite directly, and an account added outside the app', async () => {
    const { ctx, dir } = await app();
    expect((await verifyDataFolder(ctx.db, dir)).problems.filter((p) => p.includes('pengamat'))).toEqual([]);
    const viewer = ctx.db.prepare("SELECT id FROM users WHERE username = 'pengamat'").get() as { id: number };
    await updateUser(ctx, { id: viewer.id, displayName: 'Pengamat', role: 'clerk', active: true });
    expect((await verifyDataFolder(ctx.db, dir)).problems.filter((p) => p.includes('pengamat'))).toEqual([]);
    ctx.db.prepare("UPDATE users SET role = 'administrator' WHERE username = 'pengamat'").run();
    const problems = (await verifyDataFolder(ctx.db, dir)).problems;
    expect(problems).toContainEqual(expect.stringMatching(/^user "pengamat" changed outside Sipena: role administrator, audit trail says clerk \(audit row \d+\)$/));
    // TEST_ADMIN is inserted by the test fixture without an audit row, as a hostile insert would be.
    expect(problems).toContain('user "admin" (administrator) has no audit history: the account was added outside Sipena');
  });

  it('re-checks every issued letter in verify, and letters:pdf refuses altered bytes naming the letter', async () => {
    const { ctx, dir } = await app();
    createCase(ctx, caseCreateSchema.parse(validCase));
    const issued = await dispatch(ctx, handlers, 'letters:issue', { caseId: 1, type: 'receipt' });
    if (!issued.ok) throw new Error(issued.error.message);
    const { letter } = issued.value as { letter: IssuedLetter };
    expect(await dispatch(ctx, handlers, 'letters:pdf', { id: letter.id })).toMatchObject({ ok: true });
    expect((await verifyDataFolder(ctx.db, dir)).problems.filter((p) => p.includes('letter'))).toEqual([]);
    const trigger = (ctx.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'issued_letters_frozen'").get() as { sql: string }).sql;
    ctx.db.exec('DROP TRIGGER issued_letters_frozen');
    ctx.db.prepare("UPDATE issued_letters SET pdf = CAST(replace(CAST(pdf AS TEXT), 'Tanda', 'Tandx') AS BLOB) WHERE id = ?").run(letter.id);
    ctx.db.exec(trigger);
    const r = await dispatch(ctx, handlers, 'letters:pdf', { id: letter.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`Surat ${letter.number} tidak ditampilkan`) } });
    expect((await verifyDataFolder(ctx.db, dir)).problems).toContainEqual(`issued letter ${letter.number}: its PDF bytes no longer match the hash taken at issue`);
    // Rewriting the stored hash to match the new bytes does not help: the issue audit row remembers the original.
    const { createHash } = await import('node:crypto');
    const pdf = (ctx.db.prepare('SELECT pdf FROM issued_letters WHERE id = ?').get(letter.id) as { pdf: Buffer }).pdf;
    ctx.db.exec('DROP TRIGGER issued_letters_frozen');
    ctx.db.prepare('UPDATE issued_letters SET sha256 = ? WHERE id = ?').run(createHash('sha256').update(pdf).digest('hex'), letter.id);
    ctx.db.exec(trigger);
    expect((await dispatch(ctx, handlers, 'letters:pdf', { id: letter.id })).ok).toBe(false);
    expect((await verifyDataFolder(ctx.db, dir)).problems).toContainEqual(`issued letter ${letter.number}: its stored hash differs from the one in its issue audit row`);
  });
});
