import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { decidedCase } from '../support/decided-case.ts';
import { addTestUser, tempApp } from '../support/temp-app.ts';
import type { RecapQuery, RecapResult } from '../../shared/reports/recap.ts';
import { KAB, KOTA, receiveProvince } from './province-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

let dir = '';
async function province() {
  const a = await tempApp();
  cleanups.push(a.close);
  dir = a.dir;
  // One case of this office's own (incident 2024-10-20), decided with an SK: what "own" counts.
  await decidedCase(a.ctx, 'PP94-SEDANG-TUKIN', 6, { name: 'Sri Wahyuni', nip: '198902252015032013' });
  receiveProvince(a.ctx);
  return a.ctx;
}

const YEAR = { from: '2024-01-01', to: '2024-12-31' };
const recap = (ctx: Awaited<ReturnType<typeof province>>, filters: Partial<RecapQuery['filters']>, rows: RecapQuery['rows'], columns?: RecapQuery['columns']) =>
  callOk(ctx, 'reports:recap', { filters: { ...YEAR, ...filters }, rows, ...(columns ? { columns } : {}) });
const byRow = (r: RecapResult) => Object.fromEntries(r.rows.map((h, i) => [h.label, r.rowTotals[i]!.accused]));

describe('recap of received cases (origin filter)', () => {
  it("counts this office's own cases by default and received cases only when asked, by hand", async () => {
    const ctx = await province();
    const own = await recap(ctx, {}, 'level');
    // The intake fixture's case came as a Bawaslu recommendation.
    expect(own.total).toEqual({ accused: 1, recommended: 1, decided: 1, sanctioned: 1 });
    expect(own.cases).toBe(1);
    expect(await recap(ctx, { origin: 'own' }, 'level')).toMatchObject({ total: own.total, cases: 1 });

    const all = await recap(ctx, { origin: 'received' }, 'level');
    // Budi (A), Siti and Joko (B, newest revision), Rina (C); Dedi's case is from 2023.
    expect(all.total).toEqual({ accused: 4, recommended: 0, decided: 3, sanctioned: 1 });
    expect(all.cases).toBe(3);
    expect(all.rows.map((h) => h.key)).toEqual(['ringan', 'sedang', 'berat', 'none']);
    expect(all.rowTotals.map((c) => c.accused)).toEqual([1, 1, 1, 1]);
    expect(all.rowTotals[2]).toEqual({ accused: 1, recommended: 0, decided: 1, sanctioned: 0 });
    expect(all.filterLines[0]).toBe('Asal kasus: Semua kasus diterima');
    expect(all.filterLines.at(-1)).toContain('rekomendasi tidak tercatat');

    const kab = await recap(ctx, { origin: KAB.instansiCode }, 'opd');
    expect(byRow(kab)).toEqual({ 'Dinas Pendidikan': 2, 'Kecamatan Sukamaju': 1 });
    expect(kab.filterLines[0]).toBe(`Asal kasus: ${KAB.officeName} (${KAB.instansiCode})`);
    expect((await recap(ctx, { origin: KOTA.instansiCode }, 'employment')).rows).toEqual([{ key: 'PPPK', label: 'PPPK' }]);
  });

  it('splits received people by violation (each person once in the totals), status and month, and filters them', async () => {
    const ctx = await province();
    const v = await recap(ctx, { origin: 'received' }, 'violation', 'status');
    // B names two violations: Siti and Joko count under each, the total counts them once.
    expect(Object.fromEntries(v.rows.map((h, i) => [h.key, v.rowTotals[i]!.accused]))).toEqual({ 'PP94-3-f': 3, 'PP94-5-a': 3 });
    expect(v.total.accused).toBe(4);
    expect(Object.fromEntries(v.columns.map((h, i) => [h.key, v.columnTotals[i]!.accused]))).toEqual({ delivered: 1, appeal: 2, decision: 1 });
    expect((await recap(ctx, { origin: 'received' }, 'period')).rows.map((h) => h.key)).toEqual(['2024-03', '2024-07', '2024-08']);
    const total = async (filters: Partial<RecapQuery['filters']>) => (await recap(ctx, { origin: 'received', ...filters }, 'level')).total.accused;
    expect(await total({ violationCode: 'PP94-5-a' })).toBe(3);
    expect(await total({ level: 'none' })).toBe(1);
    expect(await total({ sanctionCode: 'PP94-BERAT-TURUN-JABATAN' })).toBe(1);
    expect(await total({ employmentType: 'PPPK' })).toBe(1);
    expect(await total({ status: 'appeal' })).toBe(2);
    // A received record carries no source: a source filter finds none of them.
    expect(await total({ source: 'bawaslu' })).toBe(0);
    expect(await total({ from: '2023-01-01', to: '2023-12-31' })).toBe(1);
  });

  it('offers the origins on the screen, refuses the OPD filter with received cases and a malformed origin, and exports the received recap', async () => {
    const ctx = await province();
    expect((await callOk(ctx, 'reports:recapOptions', {})).origins).toEqual([
      { key: 'own', label: 'Kasus kantor ini' },
      { key: 'received', label: 'Semua kasus diterima' },
      { key: KAB.instansiCode, label: `${KAB.officeName} (${KAB.instansiCode})` },
      { key: KOTA.instansiCode, label: `${KOTA.officeName} (${KOTA.instansiCode})` },
    ]);
    // Sanctions decided only in received cases are offered too (Joko's, Rina's).
    const sanctions = (await callOk(ctx, 'reports:recapOptions', {})).sanctions.map((h) => h.key);
    expect(sanctions).toEqual(expect.arrayContaining(['PP94-SEDANG-TUKIN', 'PP94-BERAT-TURUN-JABATAN', 'PP94-RINGAN-LISAN', 'none']));
    expect((await callFail(ctx, 'reports:recap', { filters: { ...YEAR, origin: 'received', opdId: 1 }, rows: 'level' })).fields?.['filters.opdId']).toContain('Saringan OPD hanya untuk kasus kantor ini');
    expect((await callFail(ctx, 'reports:recap', { filters: { ...YEAR, origin: 'kota' }, rows: 'level' })).code).toBe('INVALID_INPUT');
    const file = await callOk(ctx, 'reports:recapExport', { query: { filters: { ...YEAR, origin: KAB.instansiCode }, rows: 'opd' }, format: 'xlsx' });
    expect(file.fileBase64.length).toBeGreaterThan(100);
    // Counts only: the viewer reads a received recap too.
    await addTestUser(ctx, 'u-viewer', 'viewer', { signIn: true });
    expect((await recap(ctx, { origin: 'received' }, 'level')).total.accused).toBe(4);
  });

  it('runs from the CLI with --origin, and refuses a malformed one', async () => {
    await province();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    const file = join(dir, 'rekap-diterima.xlsx');
    expect(await runCli(['recap', '--by', 'level', '--from', '2024-01-01', '--to', '2024-12-31', '--out', file, '--origin', 'received', '--data', dir], io)).toBe(0);
    expect(out.at(-1)).toBe(`recap by level 2024-01-01..2024-12-31: 4 rows, 3 cases, 4 accused, 1 sanctioned -> ${file}`);
    expect(await runCli(['recap', '--by', 'level', '--from', '2024-01-01', '--to', '2024-12-31', '--out', file, '--origin', KOTA.instansiCode, '--data', dir], io)).toBe(0);
    expect(out.at(-1)).toBe(`recap by level 2024-01-01..2024-12-31: 1 rows, 1 cases, 1 accused, 0 sanctioned -> ${file}`);
    expect(await runCli(['recap', '--by', 'level', '--from', '2024-01-01', '--to', '2024-12-31', '--out', file, '--origin', 'kota', '--data', dir], io)).toBe(1);
    expect(out.at(-1)).toContain('--origin must be own, received or an instansi code');
  });
});
