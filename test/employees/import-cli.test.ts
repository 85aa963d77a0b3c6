import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';
import type { CliRun } from '../support/run-cli.ts';
import { employeesCsv, makeEmployees, xlsxBytes } from '../support/employee-files.ts';

const scratch = scratchDirs();

function setup() {
  const dir = scratch();
  const file = (name: string, content: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const lines = (r: CliRun) => ({ ...r, out: r.out.split('\n'), dataDir: join(dir, 'data') });
  // In this process (runCliHere); `spawned` runs a real Node process (runCli), used once to
  // show the same lines, stderr and exit code there.
  const cli = async (...args: string[]) => lines(await runCliHere([...args, '--data', join(dir, 'data')]));
  const spawned = (...args: string[]) => lines(runCli([...args, '--data', join(dir, 'data')]));
  const count = () => {
    const db = new Database(join(dir, 'data', 'sipena.sqlite3'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  return { file, cli, spawned, count };
}

describe('npm run cli -- import-employees', () => {
  it('prints the counts, then one line per rejected row; re-import updates', async () => {
    const { file, cli, spawned, count } = setup();
    const list = makeEmployees(20, 3);
    const good = employeesCsv(list);
    const bad = `${good}19860926;Pendek;PNS;;;;\n${list[0]!.nip};Ganda;PNS;;;;\n`;
    const r = spawned('import-employees', file('pegawai.csv', bad));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toEqual([
      'imported 20, updated 0, unchanged 0, rejected 2',
      'line 22, column NIP: NIP harus 18 digit (tertulis: 19860926)',
      `line 23, column NIP: NIP ${list[0]!.nip} sudah ada di baris 2 berkas ini; baris ini dilewati`,
    ]);
    const moved = good.replace(list[1]!.jabatan, 'Kepala Dinas');
    expect((await cli('import-employees', file('pegawai-2.csv', moved))).out).toEqual(['imported 0, updated 1, unchanged 19, rejected 0']);
    expect(count()).toBe(20);
    const again = await cli('import-employees', file('pegawai-3.csv', moved));
    expect(again).toMatchObject({ code: 0, out: ['imported 0, updated 0, unchanged 20, rejected 0'] });
  });

  it('takes a "Unit Kerja" column of OPD names as the OPD, says so, and warns when no column fills the OPD', async () => {
    const { file, cli } = setup();
    const simpeg = 'NIP;Nama;Unit Kerja;Sub Unit Kerja\n198609262015051001;Budi;Dinas Pendidikan;SDN 1 Sukamaju\n198609262015052002;Ani;Badan Kepegawaian Daerah;Bidang Mutasi\n';
    const r = await cli('import-employees', file('simpeg.csv', simpeg));
    expect(r.out).toEqual(['imported 2, updated 0, unchanged 0, rejected 0']);
    expect(r.err).toContain('warning: Kolom "Unit Kerja" berisi nama OPD');
    const db = new Database(join(r.dataDir, 'sipena.sqlite3'), { readonly: true });
    try {
      expect(db.prepare('SELECT e.unit_kerja AS unit, o.name AS opd FROM employees e LEFT JOIN opds o ON o.id = e.opd_id ORDER BY e.nip').all()).toEqual([
        { unit: 'SDN 1 Sukamaju', opd: 'Dinas Pendidikan' },
        { unit: 'Bidang Mutasi', opd: 'Badan Kepegawaian Daerah' },
      ]);
    } finally {
      db.close();
    }
    const plain = await cli('import-employees', file('plain.csv', 'NIP;Nama;Unit Kerja\n198609262015051003;Citra;Seksi Umum\n'));
    expect(plain.out).toEqual(['imported 1, updated 0, unchanged 0, rejected 0']);
    expect(plain.err).toContain('warning: Tidak ada kolom yang dipetakan ke OPD');
  });

  it('--strict writes nothing and exits 1 when a row is bad', async () => {
    const { file, cli, count } = setup();
    await cli('init');
    const r = await cli('import-employees', file('p.csv', `${employeesCsv(makeEmployees(5, 4))}1;Salah;PNS;;;;\n`), '--strict');
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe('imported 0, updated 0, unchanged 0, rejected 1');
    expect(r.out[1]).toMatch(/^line 7, column NIP: /);
    expect(r.err).toContain('strict');
    expect(count()).toBe(0);
  });

  it('hostile files: missing columns, binary, wrong encoding, formula cells, huge cells, numeric NIPs in XLSX', async () => {
    const { file, cli, count } = setup();
    const missing = await cli('import-employees', file('x.csv', 'Nomor;Pegawai\n1;2\n'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('import-employees: Kolom wajib tidak ditemukan: NIP, Nama. Judul kolom di berkas: Nomor, Pegawai.');
    expect((await cli('import-employees', file('x.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).err).toContain('bukan CSV');
    expect((await cli('import-employees', join('/nonexistent', 'p.csv'))).code).toBe(1);

    const cp1252 = Uint8Array.from([...'NIP;Nama\n198609262015051001;Andr\u00e9\n'].map((c) => c.charCodeAt(0)));
    const latin = await cli('import-employees', file('latin.csv', cp1252));
    expect(latin.out).toEqual(['imported 1, updated 0, unchanged 0, rejected 0']);
    expect(latin.err).toContain('Windows-1252');

    const hostile = `NIP;Nama;Jabatan\n198609262015052002;=cmd|' /C calc'!A0;+1\n198609262015052003;${'x'.repeat(50_000)};y\n`;
    const h = await cli('import-employees', file('hostile.csv', hostile));
    expect(h.out).toEqual(['imported 1, updated 0, unchanged 0, rejected 1', 'line 3, column Nama: terlalu panjang (50000 karakter, maksimal 120)']);

    const xlsx = await xlsxBytes([['NIP', 'Nama'], [198609262015053000, 'Angka'], ['198609262015051004', 'Teks']]);
    expect((await cli('import-employees', file('p.xlsx', xlsx))).out).toEqual([
      'imported 1, updated 0, unchanged 0, rejected 1',
      'line 2, column NIP: NIP tersimpan sebagai angka di Excel (198609262015053000) sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks lalu ketik ulang',
    ]);
    expect(count()).toBe(3);
  });

  it('exits 1 when every row is rejected', async () => {
    const { file, cli } = setup();
    const r = await cli('import-employees', file('p.csv', 'NIP;Nama\n1;A\n2;B\n'));
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe('imported 0, updated 0, unchanged 0, rejected 2');
  });
});
