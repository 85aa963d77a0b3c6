import { describe, expect, it } from 'vitest';
import { checkSummons1, checkSummons2, dueDate, effectiveSettings } from '../../shared/deadlines/index.ts';
import { shippedCalendar } from '../../electron/main/calendar/shipped-holidays.ts';
import { DEADLINE_RULES } from '../../shared/deadlines/rules.ts';
import { createI18n } from '../../shared/i18n/index.ts';

const cal = shippedCalendar();
const defaults = effectiveSettings({});
const atLeast = effectiveSettings({ summons1Notice: { value: 7, unit: 'workdays', mode: 'atLeast' } });

describe('deadline rules on the working-day calendar', () => {
  it('computes due dates per rule from their basis dates', () => {
    // Examination Thu 5 Dec 2024: summons I dated Mon 25 Nov at the earliest (27 Nov is Pilkada day).
    expect(dueDate('summons1Notice', '2024-12-05', defaults, cal)).toBe('2024-11-25');
    // Missed examination Fri 5 Apr 2024: summons II within 7 working days, across Idul Fitri.
    expect(dueDate('summons2Issue', '2024-04-05', defaults, cal)).toBe('2024-04-24');
    // "Hari ke-15 terhitung sejak tanggal diterima": calendar days, holidays included (Nyepi, Idul Fitri).
    expect(dueDate('skEffective', '2025-03-20', defaults, cal)).toBe('2025-04-04');
    // A stored working-day unit for the effective day is not honoured: the rule fixes calendar days.
    expect(dueDate('skEffective', '2025-03-20', effectiveSettings({ skEffective: { value: 15, unit: 'workdays', mode: 'atLeast' } }), cal)).toBe('2025-04-04');
    expect(dueDate('appealWindow', '2024-12-20', defaults, cal)).toBe('2025-01-14');
    expect(dueDate('recommendationFollowUp', '2024-10-01', defaults, cal)).toBe('2024-10-15');
    // Delivery: 14 calendar days by default (satisfies both readings), working days if the office chooses.
    expect(dueDate('skDelivery', '2024-12-20', defaults, cal)).toBe('2025-01-03');
    const workdays = effectiveSettings({ skDelivery: { value: 14, unit: 'workdays', mode: 'atMost' } });
    expect(dueDate('skDelivery', '2024-12-20', workdays, cal)).toBe('2025-01-14');
    // Appeal answers (PP 79/2021): 21 working days for a keberatan, 65 for BPASN.
    expect(dueDate('objectionAnswer', '2024-12-05', defaults, cal)).toBe('2025-01-08');
    expect(dueDate('bpasnDecision', '2024-12-05', defaults, cal)).toBe('2025-03-14');
  });

  it('by default (PerBKN 6/2022) the examination is at most 7 working days after the summons date: exactly 7 passes, 8 warns, fewer pass', () => {
    expect(defaults.summons1Notice).toEqual({ value: 7, unit: 'workdays', mode: 'atMost' });
    // Mon 25 Nov -> Thu 5 Dec 2024 is exactly 7 working days (Pilkada day 27 Nov is a holiday): both readings are met.
    expect(checkSummons1({ summonsDate: '2024-11-25', examDate: '2024-12-05' }, defaults, cal)).toEqual([]);
    expect(checkSummons1({ summonsDate: '2024-11-25', examDate: '2024-12-05' }, atLeast, cal)).toEqual([]);
    const early = checkSummons1({ summonsDate: '2024-11-22', examDate: '2024-12-05' }, defaults, cal);
    expect(early).toEqual([expect.objectContaining({ rule: 'summons1Notice', key: 'deadlines.warnSummonsTooEarly', params: { value: 7, gap: 8, earliest: '2024-11-25' } })]);
    expect(early[0]?.legalBasis).toContain('PerBKN 6/2022');
    expect(checkSummons1({ summonsDate: '2024-12-02', examDate: '2024-12-05' }, defaults, cal)).toEqual([]);
    const t = createI18n('id').t;
    expect(t(early[0]!.key, early[0]!.params)).toBe(
      'Jarak tanggal surat panggilan dengan tanggal pemeriksaan paling lama 7 hari kerja (PerBKN 6/2022): surat bertanggal paling awal 2024-11-25; jaraknya sekarang 8 hari kerja. Tepat 7 hari kerja memenuhi kedua tafsiran.',
    );
    expect(DEADLINE_RULES.summons1Notice.noteKey && t(DEADLINE_RULES.summons1Notice.noteKey)).toContain('Jarak tepat 7 hari kerja memenuhi kedua tafsiran.');
  });

  it('warns when a summons is after the examination or on a holiday', () => {
    expect(checkSummons1({ summonsDate: '2024-12-05', examDate: '2024-12-05' }, defaults, cal).map((w) => w.key)).toEqual(['deadlines.warnSummonsAfterExam']);
    const holiday = checkSummons1({ summonsDate: '2024-11-20', examDate: '2024-11-27' }, defaults, cal);
    expect(holiday.map((w) => [w.key, w.params.name])).toEqual([['deadlines.warnHoliday', 'Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2024']]);
  });

  it('keeps the office reading of the summons gap as a minimum when set', () => {
    const late = checkSummons1({ summonsDate: '2024-11-26', examDate: '2024-12-05' }, atLeast, cal);
    expect(late).toEqual([expect.objectContaining({ rule: 'summons1Notice', key: 'deadlines.warnSummonsTooLate', params: { value: 7, gap: 6, latest: '2024-11-25' } })]);
    expect(checkSummons1({ summonsDate: '2024-11-01', examDate: '2024-12-05' }, atLeast, cal)).toEqual([]);
  });

  it('checks summons II against the missed date', () => {
    expect(checkSummons2({ missedDate: '2024-04-05', summonsDate: '2024-04-24' }, defaults, cal)).toEqual([]);
    expect(checkSummons2({ missedDate: '2024-04-05', summonsDate: '2024-04-25' }, defaults, cal).map((w) => w.key)).toEqual(['deadlines.warnSummons2Late']);
  });

  it('keeps fixed parts of a rule fixed whatever is stored', () => {
    const s = effectiveSettings({ appealWindow: { value: 10, unit: 'days', mode: 'atLeast' } });
    expect(s.appealWindow).toEqual({ value: 10, unit: 'workdays', mode: 'atMost' });
  });
});
