import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openReceipt } from '../../electron/main/bundles/receipt.ts';
import { officeKey } from '../../electron/main/trust/trust-service.ts';
import { addTestUser, tempApp } from '../support/temp-app.ts';
import { callFail, callOk, uploadBuffer } from '../support/dispatch.ts';
import { setOffice } from '../trust/office.ts';
import { caseRecord, verifiedCase } from './records.ts';
import { regency } from './regency.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function province() {
  const a = await tempApp();
  cleanups.push(a.close);
  setOffice(a.ctx, '3200', 'Inspektorat Provinsi Uji');
  return a.ctx;
}

const importFile = async (ctx: Awaited<ReturnType<typeof province>>, name: string, bytes: Uint8Array) =>
  callOk(ctx, 'received:import', { uploadId: await uploadBuffer(ctx, 'bundle', name, Buffer.from(bytes)) });

describe('importing a bundle file through the upload (Impor bundel)', () => {
  it('imports the cases, answers with the counts, each outcome and a receipt signed by this office; the same file again is all already', async () => {
    const ctx = await province();
    const r = regency('3201', 'Inspektorat Kabupaten Uji');
    r.enrolAt(ctx);
    const A = randomUUID();
    const B = randomUUID();
    const a1 = verifiedCase(caseRecord(A, 1, {}, '3201'), null);
    const b1 = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024' }, '3201'), null);
    const bytes = r.bundle([a1, b1]);
    const out = await importFile(ctx, 'kiriman-november.sipena-bundle', bytes);
    expect(out).toMatchObject({ imported: 2, already: 0, refused: 0, alreadyImported: false, refusal: null, detail: null, originCode: '3201' });
    expect(out.results).toEqual([
      { caseUuid: A, registerNo: 'REG/0007/INSP/2024', revision: 1, outcome: 'imported', reason: null },
      { caseUuid: B, registerNo: 'REG/0100/INSP/2024', revision: 1, outcome: 'imported', reason: null },
    ]);
    expect(out.receipt?.fileName).toBe('kiriman-november.sipena-receipt');
    // The regency checks the receipt against the province's key.
    const key = JSON.parse(officeKey(ctx).publicKeyFile) as { publicKey: string };
    const opened = openReceipt(out.receipt!.text, () => ({ publicKeyPem: key.publicKey, name: 'Provinsi', revoked: false }));
    expect(opened).toMatchObject({ ok: true, receipt: { bundleSha256: out.bundleSha256, results: [{ caseUuid: A, outcome: 'imported' }, { caseUuid: B, outcome: 'imported' }] } });
    expect((await callOk(ctx, 'received:list', { origin: '3201' })).total).toBe(2);
    // The letter arrived byte for byte.
    expect(Buffer.from((await callOk(ctx, 'received:letter', { sha256: a1.letters[0]!.sha256 })).pdf).equals(Buffer.from(a1.letters[0]!.bytes))).toBe(true);

    const again = await importFile(ctx, 'kiriman-november.sipena-bundle', bytes);
    expect(again).toMatchObject({ imported: 0, already: 2, refused: 0, alreadyImported: true });
    expect(again.results.map((x) => x.outcome)).toEqual(['already', 'already']);
  });

  it('refuses a revision offered again with other content as CONFLICT and shows the conflict on the case', async () => {
    const ctx = await province();
    const r = regency('3201', 'Inspektorat Kabupaten Uji');
    r.enrolAt(ctx);
    const A = randomUUID();
    await importFile(ctx, 'satu.sipena-bundle', r.bundle([verifiedCase(caseRecord(A, 1, {}, '3201'), null)]));
    const other = verifiedCase(caseRecord(A, 1, { status: 'closed' }, '3201'), null);
    const out = await importFile(ctx, 'dua.sipena-bundle', r.bundle([other]));
    expect(out).toMatchObject({ imported: 0, already: 0, refused: 1, refusal: null });
    expect(out.results[0]).toMatchObject({ caseUuid: A, outcome: 'refused', reason: 'CONFLICT' });
    expect(out.receipt).not.toBeNull();
    expect((await callOk(ctx, 'received:get', { origin: '3201', caseUuid: A })).conflicts.map((c) => c.offeredSha256)).toEqual([other.sha256]);
  });

  it('a bundle from an origin not enrolled is refused whole with a receipt naming each case; a file that is no bundle gets none', async () => {
    const ctx = await province();
    const stranger = regency('3209', 'Inspektorat Kabupaten Asing');
    const A = randomUUID();
    const out = await importFile(ctx, 'asing.sipena-bundle', stranger.bundle([verifiedCase(caseRecord(A, 1, {}, '3209'), null)]));
    expect(out).toMatchObject({ imported: 0, refused: 1, refusal: 'UNKNOWN_ORIGIN' });
    expect(out.results).toEqual([{ caseUuid: A, registerNo: 'REG/0007/INSP/2024', revision: 1, outcome: 'refused', reason: 'UNKNOWN_ORIGIN' }]);
    expect(out.receipt?.fileName).toBe('asing.sipena-receipt');
    expect((await callOk(ctx, 'received:list', {})).total).toBe(0);

    const junk = await importFile(ctx, 'bukan.sipena-bundle', Buffer.from('bukan zip'));
    expect(junk).toMatchObject({ refusal: 'BAD_FORMAT', results: [], receipt: null });
    expect(junk.detail).toBeTruthy();
  });

  it('only clerks and administrators import; an upload made for another purpose is refused', async () => {
    const ctx = await province();
    const r = regency('3201', 'Inspektorat Kabupaten Uji');
    r.enrolAt(ctx);
    const bytes = Buffer.from(r.bundle([verifiedCase(caseRecord(randomUUID(), 1, {}, '3201'), null)]));
    const wrong = await uploadBuffer(ctx, 'verify', 'x.sipena-bundle', bytes);
    expect(await callFail(ctx, 'received:import', { uploadId: wrong })).toMatchObject({ code: 'CONFLICT' });
    for (const role of ['official', 'examiner', 'viewer'] as const) {
      await addTestUser(ctx, `u-${role}`, role, { signIn: true });
      expect((await callFail(ctx, 'uploads:begin', { purpose: 'bundle', fileName: 'x.sipena-bundle', size: bytes.length })).code, role).toBe('FORBIDDEN');
      expect((await callFail(ctx, 'received:import', { uploadId: 'a'.repeat(32) })).code, role).toBe('FORBIDDEN');
    }
    await addTestUser(ctx, 'u-clerk', 'clerk', { signIn: true });
    expect((await importFile(ctx, 'x.sipena-bundle', bytes)).imported).toBe(1);
  });
});
