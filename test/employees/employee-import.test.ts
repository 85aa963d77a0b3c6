import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/main/app-context.ts';
import { previewImport, runImport } from '../../electron/main/employees/import/import-service.ts';
import { ImportFileError } from '../../electron/main/employees/import/raw-table.ts';
import { formatRowError } from '../../electron/main/employees/import/import-report.ts';
import { getEmployee } from '../../electron/main/employees/employee-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { dbFingerprint, tempApp } from '../support/temp-app.ts';
import { employeesCsv, makeEmployees, xlsxBytes } from '../support/employee-files.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
beforeEach(async () => {
  app = await tempApp();
  ctx = app.ctx;
});
afterEach(() => app.close());

const utf8 = (s: string) => new TextEncoder().encode(s);
const importCsv = (s: string, strict = false) => runImport(ctx, utf8(s), 'pegawai.csv', { strict });
const employees = () =>
  ctx.db.prepare('SELECT nip, name, employment_type AS type, pangkat, golongan, jabatan, unit_kerja AS unit, opd_id AS opdId FROM employees ORDER BY id').all() as Record<string, unknown>[];
async function fileError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportFileError) return e.issue.key;
    throw e;
  }
  throw new Error('expected a file-level error');
}

const GOOD = `NIP;Nama;Jenis Kepegawaian;Pangkat/Golongan;Jabatan;Unit Kerja;OPD
198609262015051001;Budi Santoso;PNS;Penata Muda, III/a;Kepala Seksi;Bidang Umum;Dinas Pendidikan
198902252024211013;Siti Aminah;P3K;IX;Guru Ahli Pertama;SDN 1 Sukamaju;DINAS  PENDIDIKAN
0012345678;Joko Honorer;Honorer;;Penjaga Sekolah;SDN 1 Sukamaju;Dinas Pendidikan
`;

describe('employee import: CSV', () => {
  it('reads a semicolon CSV with BOM, keeps NIPs as text, splits pangkat/golongan and matches OPD spellings', async () => {
    const r = await runImport(ctx, utf8(`\uFEFF${GOOD}`), 'pegawai.csv', { strict: false });
    expect(r).toMatchObject({ written: true, imported: 3, updated: 0, rejected: 0, errors: [], newOpds: ['Dinas Pendidikan'] });
    expect(employees()).toEqual([
      { nip: '198609262015051001', name: 'Budi Santoso', type: 'PNS', pangkat: 'Penata Muda', golongan: 'III/a', jabatan: 'Kepala Seksi', unit: 'Bidang Umum', opdId: 1 },
      { nip: '198902252024211013', name: 'Siti Aminah', type: 'PPPK', pangkat: null, golongan: 'IX', jabatan: 'Guru Ahli Pertama', unit: 'SDN 1 Sukamaju', opdId: 1 },
      { nip: '0012345678', name: 'Joko Honorer', type: 'NON_ASN', pangkat: null, golongan: null, jabatan: 'Penjaga Sekolah', unit: 'SDN 1 Sukamaju', opdId: 1 },
    ]);
    expect(ctx.db.prepare('SELECT typeof(nip) AS t FROM employees GROUP BY 1').all()).toEqual([{ t: 'text' }]);
  });

  it('reports each bad row by line, column and an Indonesian reason, and imports the rest', async () => {
    const csv = `NIP,Nama,Status,Golongan
198609262015051001,Budi Santoso,PNS,III/a
19860926201505100,Panjang Kurang,PNS,III/a
198613262015051001,Bulan Salah,PNS,III/a
198902252024211013,Salah Jenis,PNS,IX
1.98609E+17,Dari Excel,PNS,III/a
198609262015052002,,PNS,III/a
198609262015052003,Golongan Aneh,PNS,III/z
198609262015052004,Jenis Aneh,Relawan,
198609262015051001,Budi Lagi,PNS,III/b
198609262015052005,"Koma, Tanpa Kutip",PNS,III/a,extra
`;
    const r = await importCsv(csv);
    expect(r.imported).toBe(1);
    expect(r.rejected).toBe(9);
    expect(r.errors.map(formatRowError)).toEqual([
      'line 3, column NIP: NIP harus 18 digit (tertulis: 19860926201505100)',
      'line 4, column NIP: NIP: bulan lahir (digit 5-6) harus 01 sampai 12 (tertulis: 198613262015051001)',
      'line 5, column NIP: NIP ini berpola PPPK (digit 13-14 = 21-29), padahal jenis kepegawaian PNS (tertulis: 198902252024211013)',
      'line 6, column NIP: NIP tertulis sebagai angka Excel (1.98609E+17); digit aslinya sudah hilang. Format kolom NIP sebagai Teks lalu ketik ulang',
      'line 7, column Nama: wajib diisi',
      'line 8, column Golongan: golongan "III/z" tidak dikenal (contoh: III/a untuk PNS, IX untuk PPPK)',
      'line 9, column Status: jenis kepegawaian "Relawan" tidak dikenal (PNS, PPPK, atau Non-ASN/honorer)',
      'line 10, column NIP: NIP 198609262015051001 sudah ada di baris 2 berkas ini; baris ini dilewati',
      'line 11, column -: baris berisi 1 sel lebih banyak dari 4 judul kolom (pemisah ; atau , di dalam nilai tanpa tanda kutip?)',
    ]);
    expect(employees().map((e) => e.name)).toEqual(['Budi Santoso']);
  });

  it('re-import updates changed employees in place, leaves the rest, and audits before/after', async () => {
    await importCsv(GOOD);
    const changed = GOOD.replace('Kepala Seksi', 'Kepala Bidang').replace('Penata Muda, III/a', 'Penata Muda Tingkat I, III/b');
    const r = await runImport(ctx, utf8(changed), 'pegawai-2.csv', { strict: false });
    expect(r).toMatchObject({ imported: 0, updated: 1, unchanged: 2, rejected: 0 });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 3 });
    const budi = ctx.db.prepare("SELECT id, jabatan, golongan FROM employees WHERE nip = '198609262015051001'").get() as { id: number; jabatan: string; golongan: string };
    expect(budi).toMatchObject({ jabatan: 'Kepala Bidang', golongan: 'III/b' });
    const audit = ctx.db.prepare("SELECT after_json, reason, actor FROM audit_log WHERE action = 'employee.import' ORDER BY id DESC LIMIT 1").get() as { after_json: string; reason: string; actor: string };
    const doc = JSON.parse(audit.after_json) as { sha256: string; updated: unknown[]; created: unknown[] };
    expect(audit.reason).toBe('pegawai-2.csv');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.created).toEqual([]);
    expect(doc.updated).toEqual([
      { id: budi.id, nip: '198609262015051001', before: { jabatan: 'Kepala Seksi', golongan: 'III/a', pangkat: 'Penata Muda' }, after: { jabatan: 'Kepala Bidang', golongan: 'III/b', pangkat: 'Penata Muda Tingkat I' } },
    ]);
    const history = getEmployee(ctx, budi.id).history;
    expect(history.map((h) => [h.action, h.reason])).toEqual([
      ['employee.importCreate', 'pegawai.csv'],
      ['employee.importUpdate', 'pegawai-2.csv'],
    ]);
    expect(history[1]!.changes).toContainEqual({ field: 'jabatan', before: 'Kepala Seksi', after: 'Kepala Bidang' });
    // The same file again changes nothing and writes nothing.
    const before = dbFingerprint(ctx);
    expect(await runImport(ctx, utf8(changed), 'pegawai-2.csv', { strict: false })).toMatchObject({ written: false, imported: 0, updated: 0, unchanged: 3 });
    expect(dbFingerprint(ctx)).toBe(before);
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
  });

  it('empty cells never erase what the registry holds', async () => {
    await importCsv(GOOD);
    const r = await importCsv('NIP;Nama;Jabatan\n198609262015051001;Budi Santoso;\n');
    expect(r).toMatchObject({ updated: 0, unchanged: 1 });
    expect(employees()[0]).toMatchObject({ jabatan: 'Kepala Seksi', golongan: 'III/a' });
  });

  it('reads the SIASN person id column (pnsOrangId), refuses a malformed one by line, and a file without the column keeps the ids on record', async () => {
    const r = await importCsv('NIP;Nama;ID SIASN\n198609262015051001;Budi Santoso;A8ACA7-0001\n198902252024211013;Siti Aminah;=cmd|x\n');
    expect(r).toMatchObject({ imported: 1, rejected: 1 });
    expect(r.errors.map(formatRowError)).toEqual(['line 3, column ID SIASN: ID SIASN hanya berisi huruf, angka dan tanda hubung (seperti tertulis di SIASN)']);
    const siasnId = () => ctx.db.prepare("SELECT siasn_person_id AS id FROM employees WHERE nip = '198609262015051001'").get() as { id: string | null };
    expect(siasnId()).toEqual({ id: 'A8ACA7-0001' });
    expect(await importCsv('NIP;Nama;Jabatan\n198609262015051001;Budi Santoso;Guru\n')).toMatchObject({ updated: 1 });
    expect(siasnId()).toEqual({ id: 'A8ACA7-0001' });
    expect(await importCsv('NIP;Nama;pnsOrangId\n198609262015051001;Budi Santoso;B9-0002\n')).toMatchObject({ updated: 1 });
    expect(siasnId()).toEqual({ id: 'B9-0002' });
  });

  it('strict mode writes nothing when one row is bad, and everything when all are good', async () => {
    const before = dbFingerprint(ctx);
    const bad = `${GOOD}198609262015051999;;PNS;;;;\n`;
    const r = await importCsv(bad, true);
    expect(r).toMatchObject({ written: false, imported: 0, updated: 0, rejected: 1 });
    expect(r.errors.map(formatRowError)).toEqual(['line 5, column Nama: wajib diisi']);
    expect(dbFingerprint(ctx)).toBe(before);
    expect(await importCsv(GOOD, true)).toMatchObject({ written: true, imported: 3 });
  });

  it('reads Windows-1252 files (Excel\'s default) and says it did', async () => {
    const latin1 = Uint8Array.from([...'NIP;Nama\n198609262015051001;Ren\u00e9 Sim\u00e4tupang\n'].map((c) => c.charCodeAt(0)));
    const r = await runImport(ctx, latin1, 'lama.csv', { strict: false });
    expect(r.imported).toBe(1);
    expect(r.warnings[0]).toContain('Windows-1252');
    expect(employees()[0]!.name).toBe('René Simätupang');
  });

  it('reads UTF-16 "Unicode text" exports with tabs', async () => {
    const text = 'NIP\tNama\r\n198609262015051001\tBudi Santoso\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(await runImport(ctx, bytes, 'unicode.txt', { strict: false })).toMatchObject({ imported: 1 });
  });

  it('counts physical lines across quoted multi-line cells and flags an unclosed quote', async () => {
    const csv = 'NIP;Nama;Jabatan\n198609262015051001;Budi;"Kepala\nSeksi"\n123;Salah;x\n198609262015052002;"Tanpa tutup;x\n198609262015052003;Ani;y\n';
    const r = await importCsv(csv);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [4, 'NIP'],
      [5, '-'],
    ]);
    expect(r.errors[1]!.message).toContain('tanda kutip');
    expect(employees().map((e) => e.jabatan)).toEqual(['Kepala Seksi']);
  });

  it('stores formula-looking text as text and never runs it; rejects control characters', async () => {
    const csv = 'NIP;Nama;Jabatan\n198609262015051001;"=HYPERLINK(""http://x"",""Budi"")";@SUM(A1)\n198609262015052002;Ani\u0007;x\n';
    const r = await importCsv(csv);
    expect(r.imported).toBe(1);
    expect(employees()[0]).toMatchObject({ name: '=HYPERLINK("http://x","Budi")', jabatan: '@SUM(A1)' });
    expect(r.errors.map(formatRowError)).toEqual(['line 3, column Nama: mengandung karakter kontrol yang tidak diizinkan']);
  });

  it('rejects huge cells per row with their length, importing the other rows', async () => {
    const csv = `NIP;Nama;Jabatan\n198609262015051001;${'A'.repeat(100_000)};x\n198609262015052002;Ani;${'j'.repeat(161)}\n198609262015052003;Sri;ok\n`;
    const r = await importCsv(csv);
    expect(r.errors.map(formatRowError)).toEqual([
      'line 2, column Nama: terlalu panjang (100000 karakter, maksimal 120)',
      'line 3, column Jabatan: terlalu panjang (161 karakter, maksimal 160)',
    ]);
    expect(r.imported).toBe(1);
  });

  it('refuses files it cannot use with one clear reason and writes nothing', async () => {
    const before = dbFingerprint(ctx);
    expect(await fileError(importCsv('Nomor;Pegawai\n1;2\n'))).toBe('importer.missingColumns');
    expect(await fileError(importCsv(''))).toBe('importer.empty');
    expect(await fileError(importCsv('NIP;Nama\n'))).toBe('importer.empty');
    expect(await fileError(runImport(ctx, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'x.csv', { strict: false }))).toBe('importer.notText');
    expect(await fileError(runImport(ctx, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.xls', { strict: false }))).toBe('importer.xlsLegacy');
    expect(await fileError(runImport(ctx, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'x.xlsx', { strict: false }))).toBe('importer.xlsxUnreadable');
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('names the missing required columns and the headers it found', async () => {
    try {
      await importCsv('Nomor;Nama\n1;2\n');
      expect.unreachable();
    } catch (e) {
      expect((e as ImportFileError).issue.params).toEqual({ columns: 'NIP', found: 'Nomor, Nama' });
    }
  });

  it('detects Indonesian headers under a title row, and takes an explicit mapping over the guess', async () => {
    const csv = 'DAFTAR PEGAWAI KABUPATEN CONTOH;;\nNo Induk;Nama Lengkap;Unit\n198609262015051001;Budi;Bidang Umum\n';
    expect(await fileError(importCsv(csv))).toBe('importer.missingColumns');
    const mapping = { nip: 'No Induk' };
    const p = await previewImport(ctx, utf8(csv), 'x.csv', mapping, 10);
    expect(p.mapping).toMatchObject({ nip: 'No Induk', name: 'Nama Lengkap', unitKerja: 'Unit', opd: null });
    expect(p.sample).toEqual([{ line: 3, status: 'create', values: expect.objectContaining({ nip: '198609262015051001', name: 'Budi' }) }]);
    expect(await fileError(previewImport(ctx, utf8(csv), 'x.csv', { nip: 'Tidak Ada' }, 10))).toBe('importer.mappingUnknownHeader');
    const ignoreUnit = await previewImport(ctx, utf8(csv), 'x.csv', { nip: 'No Induk', unitKerja: '' }, 10);
    expect(ignoreUnit.mapping.unitKerja).toBeNull();
  });

  it('previews counts, errors and new OPDs without writing anything', async () => {
    await createOpd(ctx, { name: 'Dinas Kesehatan', code: 'DINKES', shortName: 'Dinkes' });
    await importCsv(GOOD);
    const before = dbFingerprint(ctx);
    const csv = `${GOOD.replace('Kepala Seksi', 'Kepala Bidang')}198609262015052002;Ani;PNS;;;;dinkes\n198609262015052003;Sri;PNS;;;;Dinas Sosial\n1;Salah;PNS;;;;\n`;
    const p = await previewImport(ctx, utf8(csv), 'baru.csv', undefined, 3);
    expect(p.counts).toEqual({ rows: 6, create: 2, update: 1, unchanged: 2, rejected: 1 });
    expect(p.newOpds).toEqual(['Dinas Sosial']);
    expect(p.sample.map((s) => s.status)).toEqual(['update', 'unchanged', 'unchanged']);
    expect(p.errorTotal).toBe(1);
    expect(dbFingerprint(ctx)).toBe(before);
    const r = await runImport(ctx, utf8(csv), 'baru.csv', { strict: false });
    expect(r).toMatchObject({ imported: 2, updated: 1, rejected: 1 });
    const opd = ctx.db.prepare("SELECT e.opd_id AS id, o.name FROM employees e JOIN opds o ON o.id = e.opd_id WHERE nip = '198609262015052002'").get();
    expect(opd).toMatchObject({ name: 'Dinas Kesehatan' });
    expect(ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'opd.create' AND reason = 'import: baru.csv'").get()).toEqual({ n: 1 });
  });

  it('imports a generated 2,000-row register in one audited batch', async () => {
    const list = makeEmployees(2000, 7);
    const r = await importCsv(employeesCsv(list));
    expect(r).toMatchObject({ imported: 2000, rejected: 0 });
    expect(ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'employee_import'").get()).toEqual({ n: 1 });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM employee_import_items').get()).toEqual({ n: 2000 });
  });
});

describe('employee import: XLSX', () => {
  it('reads text cells, finds the header under a title, and reports sheet row numbers', async () => {
    const bytes = await xlsxBytes([
      ['DAFTAR NOMINATIF PEGAWAI'],
      [],
      ['NIP', 'Nama', 'Jenis Kepegawaian', 'Golongan', 'OPD'],
      ['198609262015051001', 'Budi Santoso', 'PNS', 'III/a', 'Dinas Pendidikan'],
      ['198902252024211013', { richText: [{ text: 'Siti ' }, { text: 'Aminah' }] }, 'PPPK', 'IX', 'Dinas Pendidikan'],
      [198609262015052000, 'Angka NIP', 'PNS', 'III/a', ''],
      ['198609262015052003', { formula: 'PROPER("x")', result: 'X' }, 'PNS', 'III/a', ''],
      ['198609262015052004', 'Galat', 'PNS', { error: '#N/A' }, ''],
    ]);
    const r = await runImport(ctx, bytes, 'pegawai.xlsx', { strict: false });
    expect(r.imported).toBe(2);
    expect(r.errors.map(formatRowError)).toEqual([
      'line 6, column NIP: NIP tersimpan sebagai angka di Excel (198609262015052000) sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks lalu ketik ulang',
      'line 7, column Nama: sel berisi rumus Excel (=PROPER("x")); rumus tidak dijalankan. Salin lalu tempel sebagai nilai',
      'line 8, column Golongan: sel berisi galat Excel #N/A',
    ]);
    expect(employees().map((e) => [e.nip, e.name, e.golongan])).toEqual([
      ['198609262015051001', 'Budi Santoso', 'III/a'],
      ['198902252024211013', 'Siti Aminah', 'IX'],
    ]);
  });

  it('takes short numeric identifiers of non-ASN staff as text', async () => {
    const bytes = await xlsxBytes([
      ['NIP', 'Nama', 'Status'],
      [12345678, 'Honorer Satu', 'TK2D'],
    ]);
    expect(await runImport(ctx, bytes, 'h.xlsx', { strict: false })).toMatchObject({ imported: 1 });
    expect(employees()[0]).toMatchObject({ nip: '12345678', type: 'NON_ASN' });
  });

  it('refuses an XLSX that would unpack beyond the limit without inflating it', async () => {
    const { checkZipLimits } = await import('../../electron/main/employees/import/zip-limits.ts');
    const bytes = await xlsxBytes([['NIP', 'Nama'], ['198609262015051001', 'x'.repeat(5000)]]);
    expect(() => checkZipLimits(bytes, 1000)).toThrow(ImportFileError);
    expect(() => checkZipLimits(bytes)).not.toThrow();
  });
});
