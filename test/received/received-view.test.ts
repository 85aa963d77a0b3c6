import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { importVerifiedBundle } from '../../electron/main/bundles/import-service.ts';
import { addTestUser, tempApp } from '../support/temp-app.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { ORIGIN, bundleOf, receivedDump, sha } from '../bundles/synthetic.ts';
import { caseRecord, letterBytes, verifiedCase } from './records.ts';
import type { AppContext } from '../../electron/main/app-context.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const OTHER = { instansiCode: '7654321', officeName: 'Inspektorat Kota Lain', keyFingerprint: 'CD:'.repeat(31) + 'AB' };

/**
 * Origin 1234567 sent case A as revisions 1, 2 and 4 (3 never arrived: 4 names 3's hash) and
 * case B, then B's revision 1 again with other content (a conflict); origin 7654321 sent C.
 */
async function province() {
  const a = await tempApp();
  cleanups.push(a.close);
  const ctx = a.ctx;
  const A = randomUUID();
  const B = randomUUID();
  const C = randomUUID();
  const a1 = verifiedCase(caseRecord(A, 1, { status: 'registered', accused: [{ ...caseRecord(A, 1).accused[0]!, decision: null, sanctionInForce: null, appeals: [], skDelivery: null }], letters: [] }), null, []);
  const a2 = verifiedCase(caseRecord(A, 2, { status: 'summons_1' }), a1.sha256);
  const a3 = verifiedCase(caseRecord(A, 3), a2.sha256);
  const a4 = verifiedCase(caseRecord(A, 4), a3.sha256);
  const bAccused = { ...caseRecord(B, 1).accused[0]!, name: 'Siti Aminah', nip: '199001012015032001' };
  const b1 = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024', accused: [bAccused] }), null);
  const c1 = verifiedCase(caseRecord(C, 1, { registerNo: 'REG/0001/INSP/2024' }, OTHER.instansiCode), null);
  importVerifiedBundle(ctx, bundleOf([a1, a2, b1]));
  importVerifiedBundle(ctx, bundleOf([a4]));
  importVerifiedBundle(ctx, bundleOf([c1], randomUUID(), OTHER));
  const b1Other = verifiedCase(caseRecord(B, 1, { registerNo: 'REG/0100/INSP/2024', accused: [bAccused], status: 'closed' }), null);
  const conflicting = bundleOf([b1Other]);
  importVerifiedBundle(ctx, conflicting);
  return { ctx, A, B, C, a1, a2, a3, a4, b1, b1Other, conflicting };
}

const auditCount = (ctx: AppContext) => (ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('received cases: list, search, history, letters', () => {
  it('lists each received case once at its newest revision, with origin, accused, counts and flags', async () => {
    const { ctx, A, B, C } = await province();
    const all = await callOk(ctx, 'received:list', {});
    expect(all.total).toBe(3);
    // By origin name: "Inspektorat Kabupaten Uji" before "Inspektorat Kota Lain", then register number.
    expect(all.rows.map((r) => [r.originCode, r.caseUuid])).toEqual([
      [ORIGIN.instansiCode, A],
      [ORIGIN.instansiCode, B],
      [OTHER.instansiCode, C],
    ]);
    expect(all.rows[0]).toEqual({
      originCode: ORIGIN.instansiCode,
      originName: ORIGIN.officeName,
      caseUuid: A,
      registerNo: 'REG/0007/INSP/2024',
      status: 'delivered',
      accused: [{ name: 'Budi Santoso', nip: '198503122010011004' }],
      revision: 4,
      receivedAt: '2024-11-04T03:00:00.000Z',
      revisions: 3,
      gap: true,
      conflict: false,
    });
    expect(all.rows[1]).toMatchObject({ revision: 1, revisions: 1, gap: false, conflict: true, accused: [{ name: 'Siti Aminah', nip: '199001012015032001' }] });
    expect(all.rows[2]).toMatchObject({ originName: OTHER.officeName, gap: false, conflict: false });
    expect(await callOk(ctx, 'received:origins', {})).toEqual([
      { code: ORIGIN.instansiCode, name: ORIGIN.officeName, cases: 2 },
      { code: OTHER.instansiCode, name: OTHER.officeName, cases: 1 },
    ]);
  });

  it('filters by origin, searches register number, name and NIP, and pages', async () => {
    const { ctx, A, B, C } = await province();
    const uuids = async (q: Parameters<typeof callOk<'received:list'>>[2]) => (await callOk(ctx, 'received:list', q)).rows.map((r) => r.caseUuid);
    expect(await uuids({ origin: OTHER.instansiCode })).toEqual([C]);
    expect(await uuids({ search: '0100/INSP' })).toEqual([B]);
    expect(await uuids({ search: 'siti' })).toEqual([B]);
    // Budi Santoso is named by both origins' cases.
    expect(await uuids({ search: '19850312' })).toEqual([A, C]);
    expect(await uuids({ search: '19850312', origin: ORIGIN.instansiCode })).toEqual([A]);
    expect(await uuids({ search: 'REG/0001', origin: ORIGIN.instansiCode })).toEqual([]);
    // The user's % and _ are literal characters, not wildcards.
    expect(await uuids({ search: '%' })).toEqual([]);
    expect(await uuids({ search: 'REG_0007' })).toEqual([]);
    const page = await callOk(ctx, 'received:list', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.rows.map((r) => r.caseUuid)).toEqual([B]);
  });

  it("one case's history marks the revision after a missing one, and the newest record is read whole", async () => {
    const { ctx, A, a1, a2, a3, a4 } = await province();
    const detail = await callOk(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: A });
    expect(detail.revisions.map((r) => [r.revision, r.sha256, r.previousSha256, r.gapBefore])).toEqual([
      [1, a1.sha256, null, false],
      [2, a2.sha256, a1.sha256, false],
      // Revision 4 names revision 3's hash, which was never received.
      [4, a4.sha256, a3.sha256, true],
    ]);
    expect(detail.revisions[2]).toMatchObject({ receivedBy: 'admin', receivedAt: '2024-11-04T03:00:00.000Z' });
    expect(detail.revisions[0]!.bundleId).toBe(detail.revisions[1]!.bundleId);
    expect(detail.revisions[2]!.bundleId).not.toBe(detail.revisions[0]!.bundleId);
    expect(detail.conflicts).toEqual([]);
    expect(detail.record).toEqual(JSON.parse(a4.caseJsonText));
    expect(detail.record?.accused[0]?.sanctionInForce).toMatchObject({ sanctionCode: 'PP94-RINGAN-TERTULIS', changedByAppeal: { outcome: 'lightened' } });
    expect(detail.summary).toMatchObject({ revision: 4, gap: true });
  });

  it('shows the conflict flagged for a case: the revision, the hash kept and the hash offered', async () => {
    const { ctx, B, b1, b1Other, conflicting } = await province();
    const detail = await callOk(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: B });
    expect(detail.conflicts).toEqual([
      { revision: 1, storedSha256: b1.sha256, offeredSha256: b1Other.sha256, bundleId: conflicting.bundleId, bundleSha256: conflicting.bundleSha256, receivedAt: '2024-11-04T03:00:00.000Z', receivedBy: 'admin' },
    ]);
    // The first content received is what the case shows.
    expect(detail.record?.status).toBe('delivered');
  });

  it('hands out a letter byte for byte with its hash checked, and refuses a stored letter whose bytes were altered', async () => {
    const { ctx, A } = await province();
    const detail = await callOk(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: A });
    const letter = detail.record!.letters[0]!;
    const expected = letterBytes(`SK ${A} r4`);
    expect(letter.sha256).toBe(sha(expected));
    const file = await callOk(ctx, 'received:letter', { sha256: letter.sha256 });
    expect(Buffer.from(file.pdf).equals(expected)).toBe(true);
    expect(file).toMatchObject({ sha256: letter.sha256, computedSha256: letter.sha256, length: expected.length });
    // One byte changed where it is stored (same length, so the table's own length check still holds).
    const altered = Buffer.from(expected);
    altered[altered.length - 2] = 0x58;
    ctx.db.prepare('UPDATE received_letters SET pdf = ? WHERE sha256 = ?').run(altered, letter.sha256);
    const refused = await callFail(ctx, 'received:letter', { sha256: letter.sha256 });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(letter.sha256);
    expect(refused.message).toMatch(/tidak lagi sesuai/);
  });

  it('reads only: nothing in the received tables or the audit log changes, and unknown or malformed references are refused', async () => {
    const { ctx, A } = await province();
    const before = receivedDump(ctx);
    const audits = auditCount(ctx);
    await callOk(ctx, 'received:list', { search: 'Budi' });
    const detail = await callOk(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: A });
    await callOk(ctx, 'received:letter', { sha256: detail.record!.letters[0]!.sha256 });
    await callOk(ctx, 'received:origins', {});
    expect(receivedDump(ctx)).toBe(before);
    expect(auditCount(ctx)).toBe(audits);
    expect((await callFail(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await callFail(ctx, 'received:get', { origin: OTHER.instansiCode, caseUuid: A })).code).toBe('NOT_FOUND');
    expect((await callFail(ctx, 'received:letter', { sha256: 'a'.repeat(64) })).code).toBe('NOT_FOUND');
    expect((await callFail(ctx, 'received:letter', { sha256: 'A'.repeat(64) })).code).toBe('INVALID_INPUT');
    expect((await callFail(ctx, 'received:get', { origin: '12', caseUuid: A })).code).toBe('INVALID_INPUT');
    expect((await callFail(ctx, 'received:list', { origin: '1234567', extra: 1 })).code).toBe('INVALID_INPUT');
  });

  it('clerks and officials read received cases; examiners and viewers may not', async () => {
    const { ctx, A } = await province();
    for (const role of ['clerk', 'official'] as const) {
      await addTestUser(ctx, `u-${role}`, role, { signIn: true });
      expect((await callOk(ctx, 'received:list', {})).total, role).toBe(3);
      expect((await callOk(ctx, 'received:get', { origin: ORIGIN.instansiCode, caseUuid: A })).summary.caseUuid).toBe(A);
    }
    for (const role of ['examiner', 'viewer'] as const) {
      await addTestUser(ctx, `u-${role}`, role, { signIn: true });
      for (const [channel, payload] of [['received:list', {}], ['received:export', { format: 'csv' }], ['received:origins', {}], ['received:get', { origin: ORIGIN.instansiCode, caseUuid: A }], ['received:letter', { sha256: 'a'.repeat(64) }]] as const) {
        expect((await callFail(ctx, channel, payload)).code, `${role} ${channel}`).toBe('FORBIDDEN');
      }
    }
  });

  it('exports what the list selects, all pages, as CSV or XLSX with NIPs as text', async () => {
    const { ctx, A, B } = await province();
    const csv = await callOk(ctx, 'received:export', { origin: ORIGIN.instansiCode, format: 'csv' });
    expect(csv).toMatchObject({ rows: 2, fileName: 'kasus-diterima-2024-11-04.csv' });
    const rows = Papa.parse<Record<string, string>>(Buffer.from(csv.fileBase64, 'base64').toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['ID kasus (UUID)'])).toEqual([A, B]);
    expect(rows[0]).toMatchObject({ 'Kode asal': ORIGIN.instansiCode, Asal: ORIGIN.officeName, 'No. Registrasi': 'REG/0007/INSP/2024', Terlapor: 'Budi Santoso', NIP: '198503122010011004', Status: 'SK disampaikan', 'Revisi terbaru': '4', 'Revisi disimpan': '3', 'Revisi terlewat': 'Ya', 'Konflik isi': '' });
    expect(rows[1]).toMatchObject({ 'Revisi terlewat': '', 'Konflik isi': 'Ya' });
    const xlsx = await callOk(ctx, 'received:export', { search: 'siti', format: 'xlsx' });
    expect(xlsx.rows).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Kasus diterima')!;
    expect(sheet.getRow(2).getCell(5).value).toBe('199001012015032001');
    expect(sheet.getRow(2).getCell(7).value).toBe(1);
  });
});
