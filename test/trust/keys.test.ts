import { createPublicKey, createPrivateKey, verify } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { createBackup } from '../../electron/main/backup/backup-service.ts';
import { restoreBackup } from '../../electron/main/backup/restore-service.ts';
import { SIGNING_KEY_FILE, officePublicKey, signWithOfficeKey } from '../../electron/main/trust/signing-key.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { parsePublicKeyFile } from '../../electron/main/trust/public-key-file.ts';
import { AppError } from '../../electron/main/errors.ts';
import { addTestUser, repoResources, tempApp, TEST_SCRYPT } from '../support/temp-app.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { setOffice } from './office.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function app() {
  const a = await tempApp();
  cleanups.push(a.close);
  return a;
}
const refusalKey = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.key : String(e);
  }
  return 'accepted';
};

describe('the office signing key', () => {
  it('is created at setup, kept 0600 in the data folder, and stays the same across reopening', async () => {
    const { ctx, dir } = await app();
    const key = officePublicKey(ctx.db)!;
    expect(key.fingerprint).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/);
    const file = join(dir, SIGNING_KEY_FILE);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
    expect(fingerprintOf(createPublicKey(privateKey))).toBe(key.fingerprint);
    // A signature made with the office key verifies under its public key.
    const sig = signWithOfficeKey(ctx.db, Buffer.from('manifest'));
    expect(verify(null, Buffer.from('manifest'), key.publicKeyPem, sig)).toBe(true);
    ctx.db.close();
    const again = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    expect(officePublicKey(again.db)!.fingerprint).toBe(key.fingerprint);
    // A deleted key file is written back from the database, not replaced by a new key.
    again.db.close();
    rmSync(file);
    const third = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    expect(officePublicKey(third.db)!.fingerprint).toBe(key.fingerprint);
    expect(fingerprintOf(createPublicKey(createPrivateKey(readFileSync(file, 'utf8'))))).toBe(key.fingerprint);
    ctx.db = third.db; // closed by the cleanup
  });

  it('two installations have different keys', async () => {
    const a = await app();
    const b = await app();
    expect(officePublicKey(a.ctx.db)!.fingerprint).not.toBe(officePublicKey(b.ctx.db)!.fingerprint);
  });

  it('is in every backup and comes back with a restore', async () => {
    const { ctx, dir } = await app();
    const mine = officePublicKey(ctx.db)!.fingerprint;
    const backup = await createBackup(ctx, 'manual');
    // Another office's backup restored here brings that office's key, file included.
    const other = await app();
    const theirs = officePublicKey(other.ctx.db)!.fingerprint;
    const foreign = await createBackup(other.ctx, 'manual');
    await restoreBackup(ctx, foreign.file);
    expect(officePublicKey(ctx.db)!.fingerprint).toBe(theirs);
    expect(fingerprintOf(createPublicKey(createPrivateKey(readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8'))))).toBe(theirs);
    await restoreBackup(ctx, backup.file);
    expect(officePublicKey(ctx.db)!.fingerprint).toBe(mine);
    expect(fingerprintOf(createPublicKey(createPrivateKey(readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8'))))).toBe(mine);
  });
  it("is left this office's after a restore that fails once the other file was opened", async () => {
    const { ctx, dir } = await app();
    const mine = officePublicKey(ctx.db)!.fingerprint;
    const other = await app();
    const { file, manifest } = await createBackup(other.ctx, 'manual');
    // A folder backup of another office whose evidence/ holds a directory where a file should be:
    // the restore opens that office's database (and its key), then fails and rolls back.
    const work = join(other.dir, 'usb');
    mkdirSync(work);
    copyFileSync(file, join(work, 'usb.sqlite3'));
    const sha = 'a'.repeat(64);
    writeFileSync(join(work, 'usb.manifest.json'), JSON.stringify({ ...manifest, database: { ...manifest.database, file: 'usb.sqlite3' }, evidence: [{ sha256: sha, size: 1, names: ['foto.jpg'] }] }));
    mkdirSync(join(work, 'evidence', sha), { recursive: true });
    await expect(restoreBackup(ctx, join(work, 'usb.sqlite3'))).rejects.toThrow();
    expect(officePublicKey(ctx.db)!.fingerprint).toBe(mine);
    expect(fingerprintOf(createPublicKey(createPrivateKey(readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8'))))).toBe(mine);
  });
});

describe('the public key file', () => {
  it('round-trips: what this office writes, another reads with the same code, name, key and fingerprint', async () => {
    const { ctx } = await app();
    setOffice(ctx, '1234567', 'Inspektorat Kabupaten Contoh');
    const view = await callOk(ctx, 'trust:officeKey', {});
    expect(view).toMatchObject({ instansiCode: '1234567', officeName: 'Inspektorat Kabupaten Contoh', fingerprint: officePublicKey(ctx.db)!.fingerprint });
    expect(view.publicKeyFile).not.toContain('PRIVATE');
    const parsed = parsePublicKeyFile(view.publicKeyFile);
    expect(parsed).toEqual({ format: 'sipena-public-key/1', instansiCode: '1234567', officeName: 'Inspektorat Kabupaten Contoh', publicKey: officePublicKey(ctx.db)!.publicKeyPem, fingerprint: view.fingerprint });
  });

  it('refuses each kind of bad file with its own reason', async () => {
    const { ctx } = await app();
    setOffice(ctx, '1234567', 'Inspektorat Kabupaten Contoh');
    const good = JSON.parse((await callOk(ctx, 'trust:officeKey', {})).publicKeyFile) as Record<string, string>;
    const other = await app();
    const otherPem = officePublicKey(other.ctx.db)!.publicKeyPem;
    const rsaLike = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiTJY3Q3Pqj+Wm5s4WcRqk9LKw5ThXG1Zd8bn2mCuxbHjj3h8o4pNgQ0n8uJfR2PqJ1G9i8eZzRh2yq5sS2lb4Q==\n-----END PUBLIC KEY-----\n';
    const bad = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
    expect(refusalKey(() => parsePublicKeyFile('not json {'))).toBe('trust.notJson');
    expect(refusalKey(() => parsePublicKeyFile('[1]'))).toBe('trust.notKeyFile');
    expect(refusalKey(() => parsePublicKeyFile(bad({ format: 'sipena-public-key/2' })))).toBe('trust.wrongFormat');
    expect(refusalKey(() => parsePublicKeyFile(bad({ instansiCode: '12-34' })))).toBe('trust.badInstansiCode');
    expect(refusalKey(() => parsePublicKeyFile(bad({ publicKey: 'garbage' })))).toBe('trust.notEd25519');
    expect(refusalKey(() => parsePublicKeyFile(bad({ publicKey: rsaLike })))).toBe('trust.notEd25519');
    // The key swapped, the fingerprint left: the fingerprint no longer matches.
    expect(refusalKey(() => parsePublicKeyFile(bad({ publicKey: otherPem })))).toBe('trust.fingerprintInFile');
  });
});

describe('trust channels', () => {
  it('enrols with the typed fingerprint, refuses a differing one, refuses the code twice, and revokes with a reason, audited', async () => {
    const sender = await app();
    setOffice(sender.ctx, '7654321', 'Inspektorat Kabupaten Jauh');
    const { publicKeyFile, fingerprint } = await callOk(sender.ctx, 'trust:officeKey', {});
    const { ctx } = await app();
    const wrong = (await callOk((await app()).ctx, 'trust:officeKey', {}).catch(() => null)) ?? null;
    expect(wrong).toBeNull(); // no instansi code entered: the key file cannot be made
    const otherFp = officePublicKey((await app()).ctx.db)!.fingerprint;
    const refused = await callFail(ctx, 'trust:enrol', { keyFile: publicKeyFile, fingerprint: otherFp });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toContain('surat penyampaian kunci');
    expect(await callOk(ctx, 'trust:list', {})).toEqual([]);
    // Typed from the letter: lower case, spaces instead of colons, is the same fingerprint.
    const typed = fingerprint.toLowerCase().replaceAll(':', ' ');
    const enrolled = await callOk(ctx, 'trust:enrol', { keyFile: publicKeyFile, fingerprint: typed });
    expect(enrolled).toMatchObject({ instansiCode: '7654321', name: 'Inspektorat Kabupaten Jauh', fingerprint, enrolledBy: 'admin', revokedAt: null });
    const twice = await callFail(ctx, 'trust:enrol', { keyFile: publicKeyFile, fingerprint });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('7654321');
    expect((await callFail(ctx, 'trust:revoke', { instansiCode: '7654321', reason: '' })).code).toBe('INVALID_INPUT');
    const revoked = await callOk(ctx, 'trust:revoke', { instansiCode: '7654321', reason: 'Laptop pengirim hilang' });
    expect(revoked).toMatchObject({ revokedBy: 'admin', revokeReason: 'Laptop pengirim hilang' });
    expect((await callFail(ctx, 'trust:revoke', { instansiCode: '7654321', reason: 'lagi' })).code).toBe('NOT_FOUND');
    // After revocation the code may be enrolled again (a new key); the revoked row stays.
    await callOk(ctx, 'trust:enrol', { keyFile: publicKeyFile, fingerprint });
    const list = await callOk(ctx, 'trust:list', {});
    expect(list.map((o) => o.revokedAt === null)).toEqual([true, false]);
    const actions = ctx.db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'trusted_origin' ORDER BY id").all();
    expect(actions).toEqual([
      { action: 'trust.enrol', actor: 'admin' },
      { action: 'trust.revoke', actor: 'admin' },
      { action: 'trust.enrol', actor: 'admin' },
    ]);
  });

  it('refuses its own key', async () => {
    const { ctx } = await app();
    setOffice(ctx, '1234567', 'Inspektorat Kabupaten Contoh');
    const { publicKeyFile, fingerprint } = await callOk(ctx, 'trust:officeKey', {});
    expect((await callFail(ctx, 'trust:enrol', { keyFile: publicKeyFile, fingerprint })).message).toContain('kantor ini sendiri');
  });

  it('is for the administrator only', async () => {
    const sender = await app();
    setOffice(sender.ctx, '7654321', 'Inspektorat Kabupaten Jauh');
    const { publicKeyFile, fingerprint } = await callOk(sender.ctx, 'trust:officeKey', {});
    const { ctx } = await app();
    for (const role of ['clerk', 'examiner', 'official', 'viewer'] as const) {
      await addTestUser(ctx, `u-${role}`, role, { signIn: true });
      for (const [channel, payload] of [
        ['trust:officeKey', {}],
        ['trust:list', {}],
        ['trust:keyLetter', {}],
        ['trust:enrol', { keyFile: publicKeyFile, fingerprint }],
        ['trust:revoke', { instansiCode: '7654321', reason: 'coba' }],
      ] as const) {
        expect((await callFail(ctx, channel, payload)).code, `${role} ${channel}`).toBe('FORBIDDEN');
      }
    }
    expect(ctx.db.prepare('SELECT count(*) AS n FROM trusted_origins').get()).toEqual({ n: 0 });
  });
});

describe('the key letter', () => {
  it('is one page with the letterhead, the code, the office, every byte of the fingerprint and the Inspector signing', async () => {
    const { ctx } = await app();
    setOffice(ctx, '1234567', 'Inspektorat Kabupaten Contoh');
    const { pdfBase64, fileName } = await callOk(ctx, 'trust:keyLetter', {});
    expect(fileName).toBe('surat-kunci-publik-1234567.pdf');
    const pages = await extractPdfText(Buffer.from(pdfBase64, 'base64'));
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const part of ['PEMERINTAH KABUPATEN CONTOH', 'SURAT PENYAMPAIAN KUNCI PUBLIK', '1234567', 'Inspektorat Kabupaten Contoh', 'Ed25519', 'INSPEKTUR KABUPATEN CONTOH', 'NAMA INSPEKTUR CONTOH', '4 November 2024']) expect(text).toContain(part);
    // The 32 byte groups in order, read row by row.
    const groups = officePublicKey(ctx.db)!.fingerprint.split(':');
    expect(text.replace(/\s+/g, '')).toContain(groups.join(''));
  });

  it('is refused until the BKN instansi code is entered', async () => {
    const { ctx } = await app();
    expect((await callFail(ctx, 'trust:keyLetter', {})).message).toContain('Kode instansi BKN kantor ini belum diisi');
  });
});
