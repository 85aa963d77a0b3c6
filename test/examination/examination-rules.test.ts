import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import pp94 from '../../resources/catalogue/sanctions-pp94-2021.json' with { type: 'json' };
import pp53 from '../../resources/catalogue/sanctions-pp53-2010.json' with { type: 'json' };
import pp42 from '../../resources/catalogue/sanctions-pp42-2004.json' with { type: 'json' };
import { teamProblems, heaviestLevel } from '../../shared/examination/team-rules.ts';
import { checkDecision, decisionDates } from '../../shared/examination/decision-rules.ts';
import type { DecisionSubject } from '../../shared/examination/decision-rules.ts';
import type { SanctionCatalogue } from '../../shared/examination/sanctions.ts';
import { addCalendarMonths } from '../../shared/examination/months.ts';
import { nextStepPrompt } from '../../shared/examination/next-step.ts';
import { slotTimes } from '../../shared/examination/schedule-rules.ts';

const catalogues = [pp94, pp53, pp42] as SanctionCatalogue[];

describe('examination team composition', () => {
  const m = (role: 'chair' | 'member' | 'secretary', unit: 'inspektorat' | 'bkpsdm' | 'atasan' | 'lainnya') => ({ role, unit });
  it('a heavy case needs a chair, three examiners, and the superior, Inspectorate and BKPSDM', () => {
    expect(teamProblems('berat', [m('chair', 'inspektorat'), m('member', 'bkpsdm'), m('member', 'atasan'), m('secretary', 'lainnya')])).toEqual([]);
    expect(teamProblems('berat', [m('chair', 'inspektorat'), m('member', 'bkpsdm')]).sort()).toEqual(['team.needAtasan', 'team.tooFew']);
    expect(teamProblems('berat', [m('member', 'inspektorat'), m('member', 'bkpsdm'), m('member', 'atasan')])).toEqual(['team.noChair']);
    // A secretary does not count as an examiner.
    expect(teamProblems('berat', [m('chair', 'inspektorat'), m('member', 'bkpsdm'), m('secretary', 'atasan')]).sort()).toEqual(['team.needAtasan', 'team.tooFew']);
  });
  it('the accused\'s own superiors, once every accused has one, are the "atasan langsung" element and count as examiners when not on the team', () => {
    const inspAndBkpsdm = [m('chair', 'inspektorat'), m('member', 'bkpsdm')];
    expect(teamProblems('berat', inspAndBkpsdm, { everyAccused: true, notOnTeam: 1 })).toEqual([]);
    expect(teamProblems('berat', inspAndBkpsdm, { everyAccused: false, notOnTeam: 1 })).toEqual(['team.needAtasan']);
    expect(teamProblems('berat', inspAndBkpsdm, { everyAccused: true, notOnTeam: 0 })).toEqual(['team.tooFew']);
  });
  it('a lighter case may be examined by the superior alone, but two people need a chair', () => {
    expect(teamProblems('sedang', [m('member', 'atasan')])).toEqual([]);
    expect(teamProblems('ringan', [m('member', 'atasan'), m('member', 'inspektorat')])).toEqual(['team.noChair']);
    expect(teamProblems(null, [])).toEqual(['team.noMembers']);
    expect(teamProblems('sedang', [m('secretary', 'lainnya')])).toEqual(['team.noMembers']);
  });
  it('one chair and one secretary at most', () => {
    expect(teamProblems('sedang', [m('chair', 'atasan'), m('chair', 'inspektorat'), m('secretary', 'lainnya'), m('secretary', 'bkpsdm')])).toEqual([
      'team.twoChairs',
      'team.twoSecretaries',
    ]);
  });
  it('the heaviest level wins; ethics-only is null', () => {
    expect(heaviestLevel(['sedang', null, 'berat', 'ringan'])).toBe('berat');
    expect(heaviestLevel([null, null])).toBeNull();
  });
});

describe('decision constraints', () => {
  const pns: DecisionSubject = { employmentType: 'PNS', incidentDate: '2024-10-20', violationLevels: ['berat'], repeatOffender: false };
  const choose = (sanctionCode: string, durationMonths: number | null, catalogueId = 'PP94-2021', subject: Partial<DecisionSubject> = {}) =>
    checkDecision(catalogues, { catalogueId, sanctionCode, durationMonths }, { ...pns, ...subject });
  const problem = (r: ReturnType<typeof choose>) => (r.ok ? null : r.problems[0]!.key);

  it('accepts a heavy sanction with its fixed duration for a heavy violation', () => {
    expect(choose('PP94-BERAT-TURUN-JABATAN', 12).ok).toBe(true);
    expect(choose('PP94-BERAT-PDHTAPS', null).ok).toBe(true);
  });
  it('one sanction at the level of the heaviest violation: lighter refused, heavier only for a repeat offender', () => {
    expect(problem(choose('PP94-SEDANG-TUKIN', 6, 'PP94-2021', { violationLevels: ['sedang', 'berat'] }))).toBe('decision.levelTooLight');
    expect(problem(choose('PP94-BERAT-PELAKSANA', 12, 'PP94-2021', { violationLevels: ['sedang'] }))).toBe('decision.levelTooHeavy');
    expect(choose('PP94-BERAT-PELAKSANA', 12, 'PP94-2021', { violationLevels: ['sedang'], repeatOffender: true }).ok).toBe(true);
  });
  it('durations must be ones the regulation allows', () => {
    expect(choose('PP94-SEDANG-TUKIN', 9, 'PP94-2021', { violationLevels: ['sedang'] }).ok).toBe(true);
    const r = choose('PP94-SEDANG-TUKIN', 10, 'PP94-2021', { violationLevels: ['sedang'] });
    expect(r).toEqual({ ok: false, problems: [{ field: 'durationMonths', key: 'decision.durationInvalid', params: { allowed: '6, 9, 12' } }] });
    expect(problem(choose('PP94-SEDANG-TUKIN', null, 'PP94-2021', { violationLevels: ['sedang'] }))).toBe('decision.durationInvalid');
    expect(problem(choose('PP94-BERAT-PDHTAPS', 12))).toBe('decision.durationNotApplicable');
  });
  it('the regulation must be in force on the incident date', () => {
    expect(problem(choose('PP53-BERAT-TURUN-PANGKAT', 36, 'PP53-2010'))).toBe('decision.regulationNotInForce');
    expect(choose('PP53-BERAT-TURUN-PANGKAT', 36, 'PP53-2010', { incidentDate: '2019-04-17' }).ok).toBe(true);
    expect(problem(choose('PP94-BERAT-PDHTAPS', null, 'PP94-2021', { incidentDate: '2019-04-17' }))).toBe('decision.regulationNotInForce');
  });
  it('PPPK cannot be demoted in post; non-ASN get a contract outcome instead of a catalogue sanction', () => {
    expect(problem(choose('PP94-BERAT-TURUN-JABATAN', 12, 'PP94-2021', { employmentType: 'PPPK' }))).toBe('decision.employmentTypeNotAllowed');
    expect(choose('PP94-BERAT-PDHTAPS', null, 'PP94-2021', { employmentType: 'PPPK' }).ok).toBe(true);
    expect(problem(choose('PP94-BERAT-PDHTAPS', null, 'PP94-2021', { employmentType: 'NON_ASN' }))).toBe('decision.nonAsnNoCatalogue');
    const nonAsn = { ...pns, employmentType: 'NON_ASN' as const };
    expect(checkDecision(catalogues, { catalogueId: 'NON-ASN', sanctionCode: 'NON-ASN-KONTRAK', durationMonths: null, outcomeText: '' }, nonAsn).ok).toBe(false);
    expect(checkDecision(catalogues, { catalogueId: 'NON-ASN', sanctionCode: 'NON-ASN-KONTRAK', durationMonths: null, outcomeText: 'Kontrak tidak diperpanjang' }, nonAsn).ok).toBe(true);
  });
  it('ethics-only cases take a moral sanction, disciplinary cases never do', () => {
    expect(choose('PP42-MORAL-TERBUKA', null, 'PP42-2004', { violationLevels: [null] }).ok).toBe(true);
    expect(problem(choose('PP42-MORAL-TERBUKA', null, 'PP42-2004'))).toBe('decision.needDisciplinary');
    expect(problem(choose('PP94-RINGAN-LISAN', null, 'PP94-2021', { violationLevels: [null] }))).toBe('decision.needMoral');
  });
  it('unknown catalogue or code is refused by name', () => {
    expect(problem(choose('X', null, 'PP00'))).toBe('decision.unknownCatalogue');
    expect(problem(choose('PP53-BERAT-PTDH', null, 'PP94-2021'))).toBe('decision.unknownSanction');
  });
  it('every shipped sanction has a unique code, a rising severity and sane durations', () => {
    for (const c of catalogues) {
      const sev = c.sanctions.map((s) => s.severity);
      expect(sev).toEqual([...sev].sort((a, b) => a - b));
      for (const s of c.sanctions) for (const d of s.durations ?? []) expect(d).toBeGreaterThan(0);
    }
    const codes = catalogues.flatMap((c) => c.sanctions.map((s) => s.code));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('decision dates', () => {
  // A fixture "calendar": 15 working days later is stood in by a fixed offset.
  const effectiveOf = (d: string) => (d === '2024-12-02' ? '2024-12-23' : 'unexpected');
  it('takes effect from the receipt and ends the day before the months are up', () => {
    expect(decisionDates({ receivedOn: '2024-12-02', durationMonths: 12 }, effectiveOf)).toEqual({ effectiveDate: '2024-12-23', endDate: '2025-12-22' });
    expect(decisionDates({ receivedOn: '2024-12-02', durationMonths: null }, effectiveOf)).toEqual({ effectiveDate: '2024-12-23', endDate: null });
  });
  it('month arithmetic clamps to the end of a month and round-trips by year', () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-11-15', 14)).toBe('2026-01-15');
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 10 }), (y, m, d, years) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return addCalendarMonths(iso, years * 12) === `${y + years}${iso.slice(4)}`;
      }),
    );
  });
});

describe('attendance drives the next step', () => {
  const base = { summons2Scheduled: false, summons2Due: '2024-11-13', hasBapForLast: false };
  it('absent once at summons I: prepare summons II by its due date', () => {
    expect(nextStepPrompt({ ...base, state: 'summons_1', lastAttendance: 'absent', absences: 1 })).toEqual({
      key: 'attendance.promptSummons2',
      params: { due: '2024-11-13' },
      action: 'issue_summons_2',
    });
  });
  it('after summons II is prepared: schedule it, then nothing until attendance is known', () => {
    expect(nextStepPrompt({ ...base, state: 'summons_2', lastAttendance: 'absent', absences: 1 })?.key).toBe('attendance.promptScheduleSummons2');
    expect(nextStepPrompt({ ...base, state: 'summons_2', lastAttendance: 'absent', absences: 1, summons2Scheduled: true })).toBeNull();
  });
  it('absent twice: decide without examination', () => {
    expect(nextStepPrompt({ ...base, state: 'summons_2', lastAttendance: 'absent', absences: 2 })).toEqual({
      key: 'attendance.promptDecideWithout',
      params: {},
      action: 'decide_without_examination',
    });
  });
  it('present: record the BAP (until it is recorded); postponed: reschedule; outside examination: nothing', () => {
    expect(nextStepPrompt({ ...base, state: 'summons_1', lastAttendance: 'present', absences: 0 })?.key).toBe('attendance.promptBap');
    expect(nextStepPrompt({ ...base, state: 'summons_1', lastAttendance: 'present', absences: 0, hasBapForLast: true })).toBeNull();
    expect(nextStepPrompt({ ...base, state: 'summons_2', lastAttendance: 'postponed', absences: 1 })?.key).toBe('attendance.promptReschedule');
    expect(nextStepPrompt({ ...base, state: 'report', lastAttendance: 'absent', absences: 1 })).toBeNull();
  });
});

describe('slot times', () => {
  it('computes local start and end strings that sort', () => {
    expect(slotTimes('2024-11-18', '09:30', 90)).toEqual({ startAt: '2024-11-18T09:30', endAt: '2024-11-18T11:00' });
    expect(slotTimes('2024-11-18', '22:00', 120).endAt).toBe('2024-11-18T24:00');
  });
});
