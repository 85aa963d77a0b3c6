import { describe, expect, it } from 'vitest';
import table from '../../resources/rules/pybm-pp94-2021.json' with { type: 'json' };
import { changesStatus, resolvePybm } from '../../shared/examination/pybm.ts';
import type { PybmOfficial, PybmTable } from '../../shared/examination/pybm.ts';
import { POSITION_CLASSES, parsePositionClass } from '../../shared/employees/position-class.ts';
import type { PositionClass } from '../../shared/employees/position-class.ts';
import type { SanctionLevel } from '../../shared/examination/sanctions.ts';

const rules = table as PybmTable;

// [position class, level, sanction code, who decides, also lawful]
const CASES: [PositionClass, SanctionLevel, string, PybmOfficial, PybmOfficial[]][] = [
  // JPT Pratama: every level by the PPK.
  ['jpt_pratama', 'ringan', 'PP94-RINGAN-TERTULIS', 'ppk', []],
  ['jpt_pratama', 'sedang', 'PP94-SEDANG-TUKIN', 'ppk', []],
  ['jpt_pratama', 'berat', 'PP94-BERAT-PDHTAPS', 'ppk', []],
  // Administrator: light by the head of the OPD (one level up), medium and heavy by the PPK.
  ['administrator', 'ringan', 'PP94-RINGAN-LISAN', 'kepala_opd', []],
  ['administrator', 'sedang', 'PP94-SEDANG-TUKIN', 'ppk', []],
  ['administrator', 'berat', 'PP94-BERAT-PELAKSANA', 'ppk', []],
  // Pengawas: light by the Administrator, medium by the head of the OPD (two levels up) or the PPK.
  ['pengawas', 'ringan', 'PP94-RINGAN-TERTULIS', 'administrator', []],
  ['pengawas', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['ppk']],
  ['pengawas', 'berat', 'PP94-BERAT-TURUN-JABATAN', 'ppk', []],
  // Pelaksana: light by the Pengawas, medium by the Administrator (two levels up) or the PPK.
  ['pelaksana', 'ringan', 'PP94-RINGAN-TIDAK-PUAS', 'pengawas', []],
  ['pelaksana', 'sedang', 'PP94-SEDANG-TUKIN', 'administrator', ['ppk']],
  ['pelaksana', 'berat', 'PP94-BERAT-PDHTAPS', 'ppk', []],
  // JF Ahli Utama: PPK, except dismissal, which the President decides on the PPK's proposal.
  ['jf_ahli_utama', 'ringan', 'PP94-RINGAN-LISAN', 'ppk', []],
  ['jf_ahli_utama', 'sedang', 'PP94-SEDANG-TUKIN', 'ppk', []],
  ['jf_ahli_utama', 'berat', 'PP94-BERAT-TURUN-JABATAN', 'ppk', []],
  ['jf_ahli_utama', 'berat', 'PP94-BERAT-PDHTAPS', 'presiden', []],
  // Other functional officials (teachers, health workers): light and medium by the head of the OPD, heavy by the PPK.
  ['jf_ahli_madya', 'ringan', 'PP94-RINGAN-LISAN', 'kepala_opd', ['administrator']],
  ['jf_ahli_madya', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['administrator']],
  ['jf_ahli_madya', 'berat', 'PP94-BERAT-PELAKSANA', 'ppk', []],
  ['jf_ahli_muda', 'ringan', 'PP94-RINGAN-LISAN', 'kepala_opd', ['administrator', 'pengawas']],
  ['jf_ahli_muda', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['administrator']],
  ['jf_ahli_muda', 'berat', 'PP94-BERAT-PDHTAPS', 'ppk', []],
  ['jf_ahli_pertama', 'ringan', 'PP94-RINGAN-TERTULIS', 'kepala_opd', ['administrator', 'pengawas']],
  ['jf_ahli_pertama', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['administrator']],
  ['jf_ahli_pertama', 'berat', 'PP94-BERAT-TURUN-JABATAN', 'ppk', []],
  ['jf_terampil', 'ringan', 'PP94-RINGAN-TERTULIS', 'kepala_opd', ['administrator', 'pengawas']],
  ['jf_terampil', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['administrator']],
  ['jf_terampil', 'berat', 'PP94-BERAT-PELAKSANA', 'ppk', []],
  // PPPK: as functional officials; termination of the contract by the PPK.
  ['pppk', 'ringan', 'PP94-RINGAN-LISAN', 'kepala_opd', ['administrator', 'pengawas']],
  ['pppk', 'sedang', 'PP94-SEDANG-TUKIN', 'kepala_opd', ['administrator']],
  ['pppk', 'berat', 'PP94-BERAT-PDHTAPS', 'ppk', []],
];

describe('who decides (PyBM, PP 94/2021 Bab III, regency)', () => {
  it.each(CASES)('%s, %s (%s): %s decides', (positionClass, level, sanctionCode, official, alternatives) => {
    const r = resolvePybm(rules, { positionClass, level, sanctionCode });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.official).toBe(official);
    expect(r.allowed).toEqual([official, ...alternatives]);
    expect(r.steppedUpFrom).toBeNull();
    expect(r.row.basis).toMatch(/^PP (94\/2021|49\/2018)/);
    expect(r.row.reason.id.length).toBeGreaterThan(20);
    expect(r.tableVersion).toBe('PYBM-PP94-2021/2026.1');
  });

  it('covers every position class at every level exactly once (apart from sanction-specific rows)', () => {
    for (const c of POSITION_CLASSES) {
      for (const l of ['ringan', 'sedang', 'berat'] as const) {
        expect(rules.rows.filter((r) => r.positionClass === c && r.level === l && !r.sanctionCodes)).toHaveLength(1);
      }
    }
    expect(new Set(rules.rows.map((r) => r.id)).size).toBe(rules.rows.length);
  });

  it('a teacher (functional) with a medium sanction: the head of the OPD, not the Bupati', () => {
    const r = resolvePybm(rules, { positionClass: 'jf_ahli_pertama', level: 'sedang', sanctionCode: 'PP94-SEDANG-TUKIN' });
    expect(r.ok && r.official).toBe('kepala_opd');
  });

  it('no such official in the unit: the next higher official decides', () => {
    const pelaksana = resolvePybm(rules, { positionClass: 'pelaksana', level: 'ringan', vacant: ['pengawas'] });
    expect(pelaksana.ok && [pelaksana.official, pelaksana.steppedUpFrom]).toEqual(['administrator', 'pengawas']);
    const both = resolvePybm(rules, { positionClass: 'pelaksana', level: 'ringan', vacant: ['pengawas', 'administrator'] });
    expect(both.ok && both.official).toBe('kepala_opd');
    const all = resolvePybm(rules, { positionClass: 'pelaksana', level: 'ringan', vacant: ['pengawas', 'administrator', 'kepala_opd'] });
    expect(all.ok && all.official).toBe('ppk');
    // The PPK is never vacant.
    const ppk = resolvePybm(rules, { positionClass: 'administrator', level: 'berat', vacant: ['ppk'] });
    expect(ppk.ok && ppk.official).toBe('ppk');
    // Alternatives step up too, without duplicates.
    const jf = resolvePybm(rules, { positionClass: 'jf_ahli_muda', level: 'ringan', vacant: ['pengawas'] });
    expect(jf.ok && jf.allowed).toEqual(['kepala_opd', 'administrator']);
  });

  it('without a recorded position class there is no answer, only a request to record it', () => {
    expect(resolvePybm(rules, { positionClass: null, level: 'sedang' })).toEqual({ ok: false, key: 'pybm.classMissing', params: {} });
  });

  it('only heavy sanctions change an employee status (the Plh/Plt warning)', () => {
    expect([changesStatus('ringan'), changesStatus('sedang'), changesStatus('berat'), changesStatus(null)]).toEqual([false, false, true, false]);
  });

  it('reads position classes as registries write them', () => {
    const cases: [string, PositionClass | null | undefined][] = [
      ['JPT Pratama', 'jpt_pratama'],
      ['Eselon II.b', 'jpt_pratama'],
      ['administrator', 'administrator'],
      ['Eselon IV/a', 'pengawas'],
      ['Pelaksana', 'pelaksana'],
      ['JF Ahli Muda', 'jf_ahli_muda'],
      ['Ahli Pertama', 'jf_ahli_pertama'],
      ['jabatan fungsional ahli madya', 'jf_ahli_madya'],
      ['Terampil', 'jf_terampil'],
      ['Penyelia', 'jf_terampil'],
      ['P3K', 'pppk'],
      ['jf_ahli_utama', 'jf_ahli_utama'],
      ['', undefined],
      ['Kepala Desa', null],
    ];
    for (const [raw, want] of cases) expect([raw, parsePositionClass(raw)]).toEqual([raw, want]);
  });
});
