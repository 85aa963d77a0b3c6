import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { callOk } from '../support/dispatch.ts';
import { decidedCase } from '../support/decided-case.ts';
import { tempApp } from '../support/temp-app.ts';
import type { SiasnMapping } from '../../shared/reports/siasn.ts';
import { golonganOf } from '../../electron/main/reports/siasn-received.ts';
import { KAB, receiveProvince } from './province-fixture.ts';
import { letterBytes } from './records.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const MAPPING: SiasnMapping = {
  sanction: { 'PP94-RINGAN-TERTULIS': '11', 'PP94-SEDANG-TUKIN': '21', 'PP94-BERAT-TURUN-JABATAN': '31' },
  reason: { 'PP94-3-f': '804' },
  golongan: { 'III/c': '33', 'III/d': '34' },
  kedudukanHukum: '01',
};

async function province(mapping = MAPPING) {
  const a = await tempApp();
  cleanups.push(a.close);
  // This office's own SK, not delivered yet: named among the rows left out either way.
  await decidedCase(a.ctx, 'PP94-SEDANG-TUKIN', 6, { name: 'Sri Wahyuni', nip: '198902252015032013' });
  const got = receiveProvince(a.ctx);
  await callOk(a.ctx, 'reports:saveSiasnMapping', { ...mapping, expectedVersion: 0 });
  return { ...a, ...got };
}

const rowsOf = (fileBase64: string) =>
  Papa.parse<Record<string, string>>(Buffer.from(fileBase64, 'base64').toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('SIASN export with received cases (the province)', () => {
  it('leaves received cases out unless asked, then writes their SKs field by field as their appeals left them', async () => {
    const { ctx, A, B } = await province();
    const own = await callOk(ctx, 'reports:siasnExport', { from: '2024-01-01', to: '2024-12-31', format: 'csv' });
    expect(own.exported).toBe(0);
    expect(own.skipped.map((s) => s.name)).toEqual(['Sri Wahyuni']);

    const withReceived = await callOk(ctx, 'reports:siasnExport', { from: '2024-01-01', to: '2024-12-31', format: 'csv', includeReceived: true });
    expect(withReceived.exported).toBe(2);
    expect(withReceived.skipped.map((s) => s.name)).toEqual(['Sri Wahyuni']);
    const [budi, joko] = rowsOf(withReceived.fileBase64);
    // Budi: sedang with SK, lightened on objection to a written reprimand from 1 June.
    expect(budi).toEqual({
      nip: '198503122010011004',
      nama: 'Budi Santoso',
      pnsOrangId: '',
      skNomor: '800.1.6.4/12/SK-HD/2024',
      skTanggal: '02-05-2024',
      hukumanTanggal: '01-06-2024',
      akhirHukumanTanggal: '',
      masaTahun: '0',
      masaBulan: '0',
      jenisHukumanId: '11',
      jenisTingkatHukumanId: 'R',
      alasanHukumanDisiplinId: '804',
      nomorPp: '94 Tahun 2021',
      keterangan: `Teguran tertulis; pelanggaran netralitas ASN (register REG/0007/INSP/2024, ${KAB.officeName} kode ${KAB.instansiCode}); keberatan diperingan dengan keputusan 800/21/KEB/2024 tanggal 01-06-2024`,
      golonganId: '33',
      kedudukanHukumId: '01',
      skPembatalanNomor: '',
      skPembatalanTanggal: '',
      caseUuid: A,
      revision: '1',
    });
    // Joko: heavy, annulled on appeal: the annulment's two fields, the period ended on its date; revision 2 (the newest held).
    expect(joko).toMatchObject({
      nama: 'Joko Widodo Susilo',
      pnsOrangId: 'A8ACA7B1-2C3D',
      skNomor: '800/2/SK-HD/2024',
      hukumanTanggal: '01-09-2024',
      akhirHukumanTanggal: '01-10-2024',
      masaTahun: '1',
      masaBulan: '0',
      jenisHukumanId: '31',
      jenisTingkatHukumanId: 'B',
      golonganId: '34',
      skPembatalanNomor: 'BPASN/9/2024',
      skPembatalanTanggal: '01-10-2024',
      caseUuid: B,
      revision: '2',
    });
    expect(joko!.keterangan).toContain('banding administratif dibatalkan dengan keputusan BPASN/9/2024 tanggal 01-10-2024');
    // Outside the period by SK date: none.
    expect((await callOk(ctx, 'reports:siasnExport', { from: '2024-06-01', to: '2024-12-31', format: 'csv', includeReceived: true })).exported).toBe(0);
  });

  it('names a received SK it cannot map with its origin, and the CLI writes the received SK PDF byte for byte', async () => {
    const { ctx, dir, A } = await province({ ...MAPPING, golongan: { 'III/c': '33' } });
    const res = await callOk(ctx, 'reports:siasnExport', { from: '2024-01-01', to: '2024-12-31', format: 'csv', includeReceived: true });
    expect(res.exported).toBe(1);
    expect(res.skipped.find((s) => s.name === 'Joko Widodo Susilo')).toMatchObject({ registerNo: 'REG/0100/INSP/2024 (3201)', nip: '198001012005011002' });
    expect(res.skipped.find((s) => s.name === 'Joko Widodo Susilo')!.reason).toContain('III/d');

    const out: string[] = [];
    const code = await runCli(['export', 'siasn', '--from', '2024-01-01', '--to', '2024-12-31', '--out', join(dir, 'hukdis.csv'), '--received', '--data', dir], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(0);
    expect(out[0]).toBe('exported 1, skipped 2');
    const pdf = join(dir, 'hukdis-sk', '800.1.6.4-12-SK-HD-2024.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).equals(letterBytes(`SK ${A} r1`))).toBe(true);
  });

  it('reads the golongan from the pangkat as written', () => {
    expect(golonganOf('Penata (III/c)')).toBe('III/c');
    expect(golonganOf('Penata Tk. I (III/d)')).toBe('III/d');
    expect(golonganOf('Ahli Pertama (IX)')).toBe('IX');
    expect(golonganOf('Penata')).toBeNull();
    expect(golonganOf(null)).toBeNull();
  });
});
