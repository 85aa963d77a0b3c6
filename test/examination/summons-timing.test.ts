/**
 * Summons I timing by default (PerBKN 6/2022): the examination at most 7 working days after
 * the summons date. Exactly 7 working days satisfies both readings; the office may keep the
 * other reading (a minimum gap) as a setting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { setRule, listRules } from '../../electron/main/deadlines/rule-settings.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { sessionScheduleSchema, staffSaveSchema } from '../../shared/examination/schemas.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
});
afterEach(() => app.close());

function examiningCase() {
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, violationCodes: ['N-KAMPANYE-ATRIBUT'] }));
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  const chair = saveStaff(app.ctx, staffSaveSchema.parse({ nip: '197203151998032004', name: 'Dra. Rina Wulandari', unit: 'inspektorat' })).id;
  setTeam(app.ctx, { caseId: id, members: [{ staffId: chair, role: 'chair' }] });
  transition(app.ctx, { caseId: id, action: 'start_verification' });
  transition(app.ctx, { caseId: id, action: 'start_examination' });
  return { caseId: id, accusedId, chair };
}

describe('summons I timing', () => {
  it('the rule screen shows the PerBKN default and the note that exactly 7 working days satisfies both readings', () => {
    const rule = listRules(app.ctx).find((r) => r.id === 'summons1Notice')!;
    expect(rule).toMatchObject({ current: { value: 7, unit: 'workdays', mode: 'atMost' }, adjusted: false, unverified: true });
    expect(rule.legalBasis.startsWith('PerBKN 6/2022')).toBe(true);
    expect(createI18n('id').t(rule.noteKey!)).toContain('Jarak tepat 7 hari kerja memenuhi kedua tafsiran.');
  });

  it('an examination 10 working days after the summons is held back with a warning; exactly 7 is saved; the office may keep the minimum reading', () => {
    const c = examiningCase();
    const base = { caseId: c.caseId, accusedId: c.accusedId, summonsNo: 1, startTime: '09:00', durationMin: 120, videoLink: 'https://meet.example/x', examinerIds: [c.chair] };
    // Mon 4 Nov 2024 -> Mon 18 Nov is 10 working days.
    const far = scheduleSession(app.ctx, sessionScheduleSchema.parse({ ...base, summonsDate: '2024-11-04', date: '2024-11-18' }));
    expect(far.saved).toBe(false);
    expect(far.check.warnings.map((w) => [w.key, w.params.gap, w.params.earliest])).toEqual([['deadlines.warnSummonsTooEarly', 10, '2024-11-07']]);
    // Mon 4 Nov -> Wed 13 Nov is exactly 7 working days.
    expect(scheduleSession(app.ctx, sessionScheduleSchema.parse({ ...base, summonsDate: '2024-11-04', date: '2024-11-13' })).saved).toBe(true);

    setRule(app.ctx, { ruleId: 'summons1Notice', value: 7, unit: 'workdays', mode: 'atLeast', reason: 'tafsiran kantor', expectedVersion: 0 });
    const near = scheduleSession(app.ctx, sessionScheduleSchema.parse({ ...base, summonsDate: '2024-11-08', date: '2024-11-14', startTime: '13:00' }));
    expect(near.check.warnings.map((w) => w.key)).toEqual(['deadlines.warnSummonsTooLate']);
  });
});
