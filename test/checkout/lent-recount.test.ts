/**
 * A holiday list entered while a case with an unanswered appeal is lent to a laptop: the
 * calendar save must not be refused because of the loan (the check-out triggers refuse
 * every write to the lent case's records, the appeal included). The appeal's deadline
 * moves as every other; the appeal's own answer date, part of the lent record, follows
 * when the loan ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { openDeadline } from '../../electron/main/deadlines/deadline-queries.ts';
import { cancelLoan } from '../../electron/main/checkout/loan-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { callOk } from '../support/dispatch.ts';
import { lend } from './fixture.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
afterEach(() => app.close());

describe('a calendar change while a case is lent', () => {
  it('saves the holiday, moves the appeal deadline, and moves the appeal answer date when the loan ends', async () => {
    const now = new Date('2026-12-28T03:00:00Z');
    app = await tempApp(undefined, { clock: () => now });
    const db = app.ctx.db;
    const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse(validCase));
    const accusedId = db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(caseId) as number;
    const counted = await callOk(app.ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 });
    const appealId = Number(
      db
        .prepare(
          `INSERT INTO appeals (case_id, accused_id, kind, filed_on, addressed_to, answer_due, recorded_at, recorded_by, updated_at)
           VALUES (?, ?, 'keberatan', '2026-12-21', 'Bupati', ?, ?, 'uji', ?)`,
        )
        .run(caseId, accusedId, counted.date, now.toISOString(), now.toISOString()).lastInsertRowid,
    );
    const deadlineId = openDeadline(db, { caseId, rule: 'objectionAnswer', subjectType: 'appeal', subjectId: appealId, basisDate: '2026-12-21', dueDate: counted.date }, now);
    lend(app.ctx, caseId);

    await callOk(app.ctx, 'calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027' });
    await callOk(app.ctx, 'calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' });
    await callOk(app.ctx, 'calendar:addHoliday', { date: '2027-01-04', name: 'Cuti bersama (uji)', kind: 'cuti_bersama' });
    const after = await callOk(app.ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 });
    expect(after.date > counted.date).toBe(true);
    expect(db.prepare('SELECT due_date FROM deadlines WHERE id = ?').pluck().get(deadlineId)).toBe(after.date);
    // The lent record is not touched while it is out; the audit says the appeal date waits.
    expect(db.prepare('SELECT answer_due FROM appeals WHERE id = ?').pluck().get(appealId)).toBe(counted.date);
    const recount = JSON.parse(db.prepare("SELECT after_json FROM audit_log WHERE action = 'deadline.recount' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(recount.moved).toEqual([{ deadlineId, caseId, rule: 'objectionAnswer', before: counted.date, after: after.date, appealWaitsForLoan: true }]);

    // The loan ends: the appeal's answer date catches up with its deadline, in the same change.
    cancelLoan(app.ctx, caseId, 'laptop rusak');
    expect(db.prepare('SELECT answer_due FROM appeals WHERE id = ?').pluck().get(appealId)).toBe(after.date);
    const cancel = JSON.parse(db.prepare("SELECT after_json FROM audit_log WHERE action = 'checkout.cancel' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(cancel.appealAnswerDates).toEqual([{ appealId, before: counted.date, after: after.date }]);
  });
});
