import { describe, expect, it } from 'vitest';
import { checkSummons1, checkSummons2, dueDate, effectiveSettings } from '../../shared/deadlines/index.ts';
import { shippedCalendar } from '../../electron/main/calendar/shipped-holidays.ts';

const cal = shippedCalendar();
const defaults = effectiveSettings({});

describe('deadline rules on the working-day calendar', () => {
  it('computes due dates per rule from their basis dates', () => {
    // Examination Thu 5 Dec 2024: summons I by Mon 25 Nov (27 Nov is Pilkada day).
    expect(dueDate('summons1Notice', '2024-12-05', defaults, cal)).toBe('2024-11-25');
    // Missed examination Fri 5 Apr 2024: summons II within 7 working days, across Idul Fitri.
    expect(dueDate('summons2Issue', '2024-04-05', defaults, cal)).toBe('2024-04-24');
    // 15th working day after Thu 20 Mar 2025: skips Nyepi, Idul Fitri and Good Friday (18 Apr).
    expect(dueDate('skEffective', '2025-03-20', defaults, cal)).toBe('2025-04-22');
    expect(dueDate('appealWindow', '2024-12-20', defaults, cal)).toBe('2025-01-14');
    expect(dueDate('recommendationFollowUp', '2024-10-01', defaults, cal)).toBe('2024-10-15');
    const calendarDays = effectiveSettings({ skDelivery: { value: 14, unit: 'days', mode: 'atMost' } });
    expect(dueDate('skDelivery', '2024-12-20', calendarDays, cal)).toBe('2025-01-03');
    expect(dueDate('skDelivery', '2024-12-20', defaults, cal)).toBe('2025-01-14');
  });

  it('warns when a summons is too late, after the examination, or on a holiday; passes a good schedule', () => {
    expect(checkSummons1({ summonsDate: '2024-11-25', examDate: '2024-12-05' }, defaults, cal)).toEqual([]);
    const late = checkSummons1({ summonsDate: '2024-11-26', examDate: '2024-12-05' }, defaults, cal);
    expect(late).toEqual([expect.objectContaining({ rule: 'summons1Notice', key: 'deadlines.warnSummonsTooLate', params: { value: 7, gap: 6, latest: '2024-11-25' } })]);
    expect(checkSummons1({ summonsDate: '2024-12-05', examDate: '2024-12-05' }, defaults, cal).map((w) => w.key)).toEqual(['deadlines.warnSummonsAfterExam']);
    const holiday = checkSummons1({ summonsDate: '2024-11-15', examDate: '2024-11-27' }, defaults, cal);
    expect(holiday.map((w) => [w.key, w.params.name])).toEqual([['deadlines.warnHoliday', 'Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2024']]);
  });

  it('honours the office reading of the summons gap as a maximum', () => {
    const atMost = effectiveSettings({ summons1Notice: { value: 7, unit: 'workdays', mode: 'atMost' } });
    expect(checkSummons1({ summonsDate: '2024-11-01', examDate: '2024-12-05' }, atMost, cal).map((w) => w.key)).toEqual(['deadlines.warnSummonsTooEarly']);
    expect(checkSummons1({ summonsDate: '2024-11-28', examDate: '2024-12-05' }, atMost, cal)).toEqual([]);
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
