import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { sha256Hex } from '../../electron/main/bundles/container.ts';
import { openReceipt } from '../../electron/main/bundles/receipt.ts';
import type { ReceiptJson } from '../../shared/bundles/format.ts';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';
import { caseRecord, signedBundle, strangerKey, withOffice } from './signed-bundle.ts';

/** The CLI's own code in this process (test/support/run-cli.ts): the same lines and exit codes without a child per call. */
const cli = (...args: string[]) => runCliHere(args);

const spawnCli = (...args: string[]) => runCli(args);

const dir = scratchDirs();

async function office(code: string, name: string): Promise<string> {
  const d = dir();
  expect(spawnCli('init', '--data', d).code).toBe(0);
  const ctx = await openApp({ dataDir: d, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  setOffice(ctx, code, name);
  ctx.db.close();
  return d;
}

const REGENCY = { instansiCode: '3201', officeName: 'Inspektorat Kabupaten Uji' };

/** A regency and a province that enrolled the regency's key; and the province's own key file, for checking receipts. */
async function setup() {
  const regency = await office(REGENCY.instansiCode, REGENCY.officeName);
  const province = await office('3200', 'Inspektorat Provinsi Uji');
  const work = dir();
  expect((await cli('bundle', 'key', '--out', join(work, 'regency.json'), '--data', regency)).code).toBe(0);
  expect((await cli('bundle', 'trust', 'add', join(work, 'regency.json'), '--data', province)).code).toBe(0);
  expect((await cli('bundle', 'key', '--out', join(work, 'province.json'), '--data', province)).code).toBe(0);
  const provinceKey = JSON.parse(readFileSync(join(work, 'province.json'), 'utf8')) as { publicKey: string; fingerprint: string };
  return { regency, province, work, provinceKey };
}

const receiptOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ReceiptJson;

describe('CLI bundle import', () => {
  it('imports a signed bundle with a signed receipt; the same bundle again is all already, with a second receipt beside the first', async () => {
    const { regency, province, work, provinceKey } = await setup();
    const uuids = [randomUUID(), randomUUID()];
    const bundleId = randomUUID();
    const bytes = await withOffice(regency, (o) =>
      signedBundle(
        uuids.map((u, i) => caseRecord(u, `HD-2026-00${i + 1}`, REGENCY.instansiCode)),
        { ...REGENCY, keyFingerprint: o.fingerprint },
        o.sign,
        bundleId,
      ),
    );
    const file = join(work, 'kiriman.sipena-bundle');
    writeFileSync(file, bytes);

    const first = (await cli('bundle', 'import', file, '--data', province));
    const receipt1 = join(work, 'kiriman.sipena-receipt');
    expect(first).toMatchObject({ code: 0, out: `imported 2, already 0, refused 0\nreceipt ${receipt1}` });
    const r = receiptOf(receipt1);
    expect(r).toMatchObject({ format: 'sipena-receipt', formatVersion: 1, bundleId, bundleSha256: sha256Hex(bytes), receiver: { instansiCode: '3200', officeName: 'Inspektorat Provinsi Uji', keyFingerprint: provinceKey.fingerprint } });
    expect(r.results).toEqual(uuids.map((caseUuid) => ({ caseUuid, revision: 1, outcome: 'imported' })));
    // The regency checks it against the province's enrolled key.
    const lookup = () => ({ publicKeyPem: provinceKey.publicKey, name: 'Provinsi', revoked: false });
    expect(openReceipt(readFileSync(receipt1, 'utf8'), lookup)).toMatchObject({ ok: true });
    expect(openReceipt(readFileSync(receipt1, 'utf8').replace('"imported"', '"already"'), lookup)).toMatchObject({ ok: false, refusal: 'BAD_SIGNATURE' });

    const before = readFileSync(receipt1, 'utf8');
    const second = (await cli('bundle', 'import', file, '--data', province));
    const receipt2 = join(work, 'kiriman-2.sipena-receipt');
    expect(second).toMatchObject({ code: 0, out: `imported 0, already 2, refused 0\nreceipt ${receipt2}` });
    expect(readFileSync(receipt1, 'utf8')).toBe(before);
    expect(receiptOf(receipt2).results.map((x) => x.outcome)).toEqual(['already', 'already']);
    // An explicit receipt name that exists is refused before anything is imported.
    expect((await cli('bundle', 'import', file, '--receipt', receipt1, '--data', province))).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
    expect((await cli('verify', '--data', province)).code).toBe(0);
  });

  it('prints one line per refused case with its code: TAMPERED, UNKNOWN_ORIGIN, BAD_SIGNATURE, REVOKED, CONFLICT; an unreadable file is BAD_FORMAT without a receipt', async () => {
    const { regency, province, work } = await setup();
    const u = randomUUID();
    const origin = await withOffice(regency, (o) => ({ ...REGENCY, keyFingerprint: o.fingerprint }));
    const make = (status: string, signer?: (d: Buffer) => Buffer, o = origin) => withOffice(regency, (k) => signedBundle([caseRecord(u, 'HD-2026-009', REGENCY.instansiCode, 1, status)], o, signer ?? k.sign, randomUUID()));
    const put = (name: string, bytes: Uint8Array) => {
      const f = join(work, `${name}.sipena-bundle`);
      writeFileSync(f, bytes);
      return f;
    };
    const refusedLine = (code: string) => `imported 0, already 0, refused 1\nrefused HD-2026-009 revision 1: ${code}`;

    const good = await make('decided');
    const tampered = Uint8Array.from(good);
    const at = Buffer.from(tampered).indexOf('letter HD-2026-009');
    tampered[at] = tampered[at]! ^ 1;
    const t = (await cli('bundle', 'import', put('tampered', tampered), '--data', province));
    expect(t.code).toBe(1);
    expect(t.out).toContain(refusedLine('TAMPERED'));
    expect(t.out).toContain('bundle refused: TAMPERED');
    expect(receiptOf(join(work, 'tampered.sipena-receipt')).results).toEqual([{ caseUuid: u, revision: 1, outcome: 'refused', reason: 'TAMPERED' }]);

    const stranger = strangerKey();
    expect((await cli('bundle', 'import', put('stranger', await make('decided', stranger.sign, { ...REGENCY, keyFingerprint: stranger.fingerprint })), '--data', province)).out).toContain(refusedLine('UNKNOWN_ORIGIN'));
    expect((await cli('bundle', 'import', put('forged', await make('decided', stranger.sign)), '--data', province)).out).toContain(refusedLine('BAD_SIGNATURE'));

    expect((await cli('bundle', 'import', put('good', good), '--data', province)).out).toContain('imported 1, already 0, refused 0');
    const conflict = (await cli('bundle', 'import', put('conflict', await make('closed')), '--data', province));
    expect(conflict).toMatchObject({ code: 1, out: expect.stringContaining(refusedLine('CONFLICT')) });
    expect(conflict.out).not.toContain('bundle refused');

    expect((await cli('bundle', 'trust', 'revoke', REGENCY.instansiCode, '--data', province)).code).toBe(0);
    expect((await cli('bundle', 'import', put('revoked', await make('decided')), '--data', province)).out).toContain(refusedLine('REVOKED'));

    const junk = (await cli('bundle', 'import', put('junk', Buffer.from('not a zip at all, just text')), '--data', province));
    expect(junk).toMatchObject({ code: 1, out: 'imported 0, already 0, refused 0\nbundle refused: BAD_FORMAT (not a ZIP file (or a damaged one))' });
    expect(existsSync(join(work, 'junk.sipena-receipt'))).toBe(false);

    const ctx = await openApp({ dataDir: province, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    const actions = ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'bundle.%' ORDER BY id").all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['bundle.import.refused', 'bundle.import.refused', 'bundle.import.refused', 'bundle.import', 'bundle.import', 'bundle.import.refused', 'bundle.import.refused']);
    ctx.db.close();
  });

  it('refuses to import at an office without an instansi code (the receipt could not name it)', async () => {
    const blank = dir();
    expect(spawnCli('init', '--data', blank).code).toBe(0);
    const f = join(dir(), 'x.sipena-bundle');
    writeFileSync(f, 'x');
    expect((await cli('bundle', 'import', f, '--data', blank))).toMatchObject({ code: 1, err: expect.stringContaining('Kode instansi BKN kantor ini belum diisi') });
  });
});
