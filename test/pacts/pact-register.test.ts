/**
 * The integrity-pact register through the real channels: a pact event with its scanned
 * document in the evidence store, signers from the registry and from an attendance file
 * (per-row errors as the employee import reports them; 1,246 signers in one ceremony as
 * in Kendari, February 2024), counts by OPD and employment type, the export, the case
 * view's flag of an accused who signed before the incident, and who may do what.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { selectEvidenceFiles } from '../../electron/main/evidence/evidence-queries.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { callFail, callOk, uploadBuffer } from '../support/dispatch.ts';
import { employeesCsv, makeEmployees, xlsxBytes } from '../support/employee-files.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
});
afterEach(() => app.close());

const PLEDGE = 'Menghindari konflik kepentingan, tidak melakukan praktik intimidasi dan ancaman kepada pegawai ASN dan seluruh elemen masyarakat, serta tidak memihak kepada calon pasangan tertentu.';
const pact = (patch: Record<string, unknown> = {}) => ({ pactDate: '2024-02-07', place: 'Teporombua, Kantor Balai Kota', official: 'Pj Wali Kota Muhammad Yusup', pledgeText: PLEDGE, ...patch });

/** Registers employees through the real employee import. */
async function register(list: ReturnType<typeof makeEmployees>) {
  const uploadId = await uploadBuffer(app.ctx, 'import', 'pegawai.csv', Buffer.from(employeesCsv(list), 'utf8'));
  const r = await callOk(app.ctx, 'employees:importCommit', { uploadId, strict: true });
  expect(r.written).toBe(true);
}
const employeeId = (nip: string) => app.ctx.db.prepare('SELECT id FROM employees WHERE nip = ?').pluck().get(nip) as number;

describe('pact events', () => {
  it('records an event with its scanned document in the evidence store, reads it back byte for byte, and refuses a stale edit', async () => {
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);
    const staged = await callOk(app.ctx, 'evidence:commit', { uploadId: await uploadBuffer(app.ctx, 'evidence', 'pakta-2024-02-07.pdf', scan) });
    const created = await callOk(app.ctx, 'pacts:create', { ...pact(), documentUploadId: staged.uploadId });
    expect(created).toMatchObject({ pactDate: '2024-02-07', signerCount: 0, version: 1, document: { sha256: staged.sha256, size: scan.length, mime: 'application/pdf', name: 'pakta-2024-02-07.pdf' } });
    const chunk = await callOk(app.ctx, 'pacts:document', { id: created.id });
    expect(Buffer.from(chunk.data).equals(scan)).toBe(true);
    // Backups and the integrity check know the scan like any case evidence.
    expect(selectEvidenceFiles(app.ctx.db).map((f) => f.sha256)).toContain(staged.sha256);

    const edited = await callOk(app.ctx, 'pacts:update', { id: created.id, ...pact({ place: 'Balai Kota Kendari' }), expectedVersion: 1 });
    expect(edited).toMatchObject({ place: 'Balai Kota Kendari', version: 2, document: { sha256: staged.sha256 } });
    const stale = await callFail(app.ctx, 'pacts:update', { id: created.id, ...pact({ place: 'Aula' }), expectedVersion: 1 });
    expect(stale.code).toBe('STALE');
    expect(stale.message).toMatch(/^Data pakta integritas ini telah diubah oleh/);
    expect((await callOk(app.ctx, 'pacts:list', {})).map((p) => p.place)).toEqual(['Balai Kota Kendari']);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });

  it('refuses an event without its place, official or pledge, naming the fields', async () => {
    const refused = await callFail(app.ctx, 'pacts:create', pact({ place: '', official: ' ', pledgeText: '' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(Object.keys(refused.fields ?? {}).sort()).toEqual(['official', 'place', 'pledgeText']);
  });
});

describe('signers', () => {
  it('from the registry: counted by OPD and employment type as at signing, each once', async () => {
    const list = makeEmployees(12, 4);
    await register(list);
    const { id } = await callOk(app.ctx, 'pacts:create', pact());
    const ids = list.slice(0, 8).map((e) => employeeId(e.nip));
    expect(await callOk(app.ctx, 'pacts:addSigners', { pactId: id, employeeIds: ids })).toEqual({ added: 8, already: 0 });
    expect(await callOk(app.ctx, 'pacts:addSigners', { pactId: id, employeeIds: ids.slice(0, 3) })).toEqual({ added: 0, already: 3 });
    const detail = await callOk(app.ctx, 'pacts:get', { id });
    expect(detail.signerCount).toBe(8);
    const byOpd = new Map<string, number>();
    const byType = new Map<string, number>();
    for (const e of list.slice(0, 8)) {
      byOpd.set(e.opd, (byOpd.get(e.opd) ?? 0) + 1);
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    }
    expect(new Map(detail.byOpd.map((c) => [c.key, c.count]))).toEqual(byOpd);
    expect(new Map(detail.byEmploymentType.map((c) => [c.key, c.count]))).toEqual(byType);
    // A transfer later does not move the ceremony's count.
    app.ctx.db.prepare('UPDATE employees SET opd_id = NULL WHERE id = ?').run(ids[0]);
    expect((await callOk(app.ctx, 'pacts:get', { id })).byOpd).toEqual(detail.byOpd);

    const removed = await callOk(app.ctx, 'pacts:removeSigner', { pactId: id, employeeId: ids[0]! });
    expect(removed.signerCount).toBe(7);
    expect((await callFail(app.ctx, 'pacts:removeSigner', { pactId: id, employeeId: ids[0]! })).code).toBe('NOT_FOUND');
  });

  it('from a CSV attendance list: rows found by NIP are added, every other row is reported by line, column and reason', async () => {
    const list = makeEmployees(5, 9);
    await register(list);
    const { id } = await callOk(app.ctx, 'pacts:create', pact());
    const csv = [
      'No;NIP;Nama;Tanda tangan',
      `1;${list[0]!.nip};${list[0]!.name};ttd`,
      `2;'${list[1]!.nip};${list[1]!.name};ttd`,
      '3;;Tanpa NIP;ttd',
      `4;199912312099011001;Bukan Pegawai;ttd`,
      `5;${list[0]!.nip};${list[0]!.name} (lagi);ttd`,
      `6;${list[2]!.nip.slice(0, 8)} ${list[2]!.nip.slice(8, 14)} ${list[2]!.nip.slice(14, 15)} ${list[2]!.nip.slice(15)};${list[2]!.name};ttd`,
      ';;;',
    ].join('\r\n');
    const uploadId = await uploadBuffer(app.ctx, 'import', 'daftar-hadir.csv', Buffer.from(csv, 'utf8'));
    const r = await callOk(app.ctx, 'pacts:importSigners', { pactId: id, uploadId });
    expect(r).toMatchObject({ rows: 6, added: 3, already: 0, rejected: 3, errorTotal: 3 });
    expect(r.errors).toEqual([
      { line: 4, column: 'NIP', message: 'wajib diisi' },
      { line: 5, column: 'NIP', message: 'NIP 199912312099011001 tidak ada di data pegawai: impor atau tambahkan pegawainya dahulu' },
      { line: 6, column: 'NIP', message: `NIP ${list[0]!.nip} sudah ada pada baris 2` },
    ]);
    // The same file again adds nobody: they signed already.
    const again = await callOk(app.ctx, 'pacts:importSigners', { pactId: id, uploadId: await uploadBuffer(app.ctx, 'import', 'daftar-hadir.csv', Buffer.from(csv, 'utf8')) });
    expect(again).toMatchObject({ added: 0, already: 3, rejected: 3 });
    // A file without a NIP column is refused as a whole.
    const noNip = await callFail(app.ctx, 'pacts:importSigners', { pactId: id, uploadId: await uploadBuffer(app.ctx, 'import', 'x.csv', Buffer.from('Nama;Jabatan\r\nBudi;Guru\r\n')) });
    expect(noNip.code).toBe('INVALID_INPUT');
  });

  it('imports 1,246 signers of one ceremony from XLSX in one go (a formula row refused), and exports them with NIPs whole', async () => {
    const list = makeEmployees(1260, 2024);
    await register(list);
    const { id } = await callOk(app.ctx, 'pacts:create', pact());
    const signers = list.slice(0, 1246);
    const rows: unknown[][] = [['DAFTAR HADIR PENANDATANGANAN PAKTA INTEGRITAS'], [], ['No', 'NIP', 'Nama', 'Unit Kerja']];
    signers.forEach((e, i) => rows.push([i + 1, e.nip, e.name, e.unitKerja]));
    rows.push([1247, { formula: 'A1' }, 'Rumus', '']);
    const uploadId = await uploadBuffer(app.ctx, 'import', 'hadir-1246.xlsx', Buffer.from(await xlsxBytes(rows)));
    const r = await callOk(app.ctx, 'pacts:importSigners', { pactId: id, uploadId });
    expect(r).toMatchObject({ rows: 1247, added: 1246, already: 0, rejected: 1 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 1250, column: 'NIP', message: 'sel berisi rumus Excel (=A1); rumus tidak dijalankan. Salin lalu tempel sebagai nilai' });
    const detail = await callOk(app.ctx, 'pacts:get', { id });
    expect(detail.signerCount).toBe(1246);
    expect(detail.byEmploymentType.reduce((n, c) => n + c.count, 0)).toBe(1246);
    expect(detail.byEmploymentType.find((c) => c.key === 'PPPK')!.count).toBe(signers.filter((e) => e.type === 'PPPK').length);
    // One audit row for the whole import.
    expect(app.ctx.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'pact.signers.import'").pluck().get()).toBe(1);

    const file = await callOk(app.ctx, 'pacts:export', { id, format: 'xlsx' });
    expect(file.rows).toBe(1246);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'NIP', 'Nama', 'Jenis kepegawaian', 'OPD', 'Tanggal penandatanganan', 'Tempat']);
    const nips = new Set(signers.map((e) => e.nip));
    for (let row = 2; row <= 1247; row++) {
      const v = sheet.getCell(row, 1).value;
      expect(typeof v).toBe('string');
      expect(nips.has(v as string)).toBe(true);
    }
    expect(sheet.getCell(2, 5).value).toEqual(new Date('2024-02-07T00:00:00Z'));

    const list2 = await callOk(app.ctx, 'pacts:export', { format: 'csv' });
    const parsed = Papa.parse<string[]>(Buffer.from(list2.fileBase64, 'base64').toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Tanggal penandatanganan', 'Tempat', 'Pejabat yang memimpin', 'Penanda tangan'],
      ['2024-02-07', 'Teporombua, Kantor Balai Kota', 'Pj Wali Kota Muhammad Yusup', '1246'],
    ]);
  });
});

describe('the case view\'s flag', () => {
  it('names an accused who signed a pact before the incident date, not one who signed on or after it', async () => {
    const list = makeEmployees(3, 11);
    await register(list);
    const before = await callOk(app.ctx, 'pacts:create', pact({ pactDate: '2024-02-07' }));
    const after = await callOk(app.ctx, 'pacts:create', pact({ pactDate: '2024-10-25', place: 'Aula Setda' }));
    const sameDay = await callOk(app.ctx, 'pacts:create', pact({ pactDate: '2024-10-20', place: 'Aula Dinas' }));
    await callOk(app.ctx, 'pacts:addSigners', { pactId: before.id, employeeIds: [employeeId(list[0]!.nip)] });
    await callOk(app.ctx, 'pacts:addSigners', { pactId: after.id, employeeIds: [employeeId(list[0]!.nip), employeeId(list[1]!.nip)] });
    await callOk(app.ctx, 'pacts:addSigners', { pactId: sameDay.id, employeeIds: [employeeId(list[1]!.nip)] });
    const accused = list.map((e) => ({ name: e.name, nip: e.nip, employmentType: e.type, jabatan: e.jabatan, unitKerja: e.unitKerja }));
    const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, incidentDate: '2024-10-20', accused, acknowledgeDuplicates: true }));
    const flags = await callOk(app.ctx, 'pacts:caseFlags', { caseId });
    expect(flags).toEqual([
      {
        accusedId: expect.any(Number),
        nip: list[0]!.nip,
        name: list[0]!.name,
        pacts: [{ id: before.id, pactDate: '2024-02-07', place: 'Teporombua, Kantor Balai Kota', official: 'Pj Wali Kota Muhammad Yusup' }],
      },
    ]);
  });
});

describe('roles', () => {
  it('lets everyone read and export, only clerks and administrators record; the viewer does not open the scan', async () => {
    const { id } = await callOk(app.ctx, 'pacts:create', pact());
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    expect((await callOk(app.ctx, 'pacts:list', {})).length).toBe(1);
    expect((await callOk(app.ctx, 'pacts:export', { format: 'csv' })).rows).toBe(1);
    expect((await callFail(app.ctx, 'pacts:create', pact())).code).toBe('FORBIDDEN');
    expect((await callFail(app.ctx, 'pacts:document', { id })).code).toBe('FORBIDDEN');
    await addTestUser(app.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect((await callFail(app.ctx, 'pacts:addSigners', { pactId: id, employeeIds: [1] })).code).toBe('FORBIDDEN');
    await addTestUser(app.ctx, 'petugas', 'clerk', { signIn: true });
    expect((await callOk(app.ctx, 'pacts:update', { id, ...pact({ place: 'Aula' }), expectedVersion: 1 })).version).toBe(2);
  });
});
