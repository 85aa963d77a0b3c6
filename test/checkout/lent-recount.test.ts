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
import { lendWithFile } from '../../electron/main/checkout/checkout-file.ts';
import { takeIn } from '../../electron/main/checkout/take-in.ts';
import { checkIn } from '../../electron/main/checkout/check-in.ts';
import { applyReturn } from '../../electron/main/checkout/apply-return.ts';
import { selectCaseIdByUuid } from '../../electron/main/cases/case-queries.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { lend } from './fixture.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let laptop: Awaited<ReturnType<typeof tempApp>> | undefined;
afterEach(() => {
  app.close();
  laptop?.close();
  laptop = undefined;
});

const NOW = new Date('2026-12-28T03:00:00Z');

/** A case with an unanswered objection whose answer is due 21 working days after 21 Dec 2026 (into 2027, no list yet). */
async function caseWithOpenAppeal(ctx: AppContext): Promise<{ caseId: number; appealId: number; deadlineId: number; due: string }> {
  const db = ctx.db;
  const { id: caseId } = createCase(ctx, caseCreateSchema.parse(validCase));
  const accusedId = db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(caseId) as number;
  const due = (await callOk(ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 })).date;
  const appealId = Number(
    db
      .prepare(
        `INSERT INTO appeals (case_id, accused_id, kind, filed_on, addressed_to, answer_due, recorded_at, recorded_by, updated_at)
         VALUES (?, ?, 'keberatan', '2026-12-21', 'Bupati', ?, ?, 'uji', ?)`,
      )
      .run(caseId, accusedId, due, NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
  );
  const deadlineId = openDeadline(db, { caseId, rule: 'objectionAnswer', subjectType: 'appeal', subjectId: appealId, basisDate: '2026-12-21', dueDate: due }, NOW);
  return { caseId, appealId, deadlineId, due };
}

/** The 2027 holiday decree with two holidays inside the count; returns the new due date. */
async function enter2027Holidays(ctx: AppContext): Promise<string> {
  await callOk(ctx, 'calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027' });
  await callOk(ctx, 'calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' });
  await callOk(ctx, 'calendar:addHoliday', { date: '2027-01-04', name: 'Cuti bersama (uji)', kind: 'cuti_bersama' });
  return (await callOk(ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 })).date;
}

describe('a calendar change while a case is lent', () => {
  it('saves the holiday, moves the appeal deadline, and moves the appeal answer date when the loan ends', async () => {
    app = await tempApp(undefined, { clock: () => NOW });
    const db = app.ctx.db;
    const { caseId, appealId, deadlineId, due } = await caseWithOpenAppeal(app.ctx);
    lend(app.ctx, caseId);

    const after = await enter2027Holidays(app.ctx);
    expect(after > due).toBe(true);
    expect(db.prepare('SELECT due_date FROM deadlines WHERE id = ?').pluck().get(deadlineId)).toBe(after);
    // The lent record is not touched while it is out; the audit says the appeal date waits.
    expect(db.prepare('SELECT answer_due FROM appeals WHERE id = ?').pluck().get(appealId)).toBe(due);
    const recount = JSON.parse(db.prepare("SELECT after_json FROM audit_log WHERE action = 'deadline.recount' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(recount.moved).toEqual([{ deadlineId, caseId, rule: 'objectionAnswer', before: due, after: after, appealWaitsForLoan: true }]);

    // The loan ends: the appeal's answer date catches up with its deadline, in the same change.
    cancelLoan(app.ctx, caseId, 'laptop rusak');
    expect(db.prepare('SELECT answer_due FROM appeals WHERE id = ?').pluck().get(appealId)).toBe(after);
    const cancel = JSON.parse(db.prepare("SELECT after_json FROM audit_log WHERE action = 'checkout.cancel' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(cancel.appealAnswerDates).toEqual([{ appealId, before: due, after: after }]);
  });
});

describe('a laptop check-in applied after a calendar change', () => {
  it('aligns the appeal answer date in the same change as the check-in', async () => {
    app = await tempApp(undefined, { clock: () => NOW });
    laptop = await tempApp(undefined, { clock: () => NOW });
    const { caseId, appealId, due } = await caseWithOpenAppeal(app.ctx);
    const lent = lendWithFile(app.ctx, { caseId, borrower: 'Ir. Hendra (197501012000031001)', laptopLabel: 'LAPTOP-PEMERIKSA-01' });
    takeIn(laptop.ctx, lent.bytes);
    const after = await enter2027Holidays(app.ctx);
    expect(after > due).toBe(true);
    const back = checkIn(laptop.ctx, selectCaseIdByUuid(laptop.ctx.db, lent.checkout.caseUuid)!);
    applyReturn(app.ctx, back.bytes);
    expect(app.ctx.db.prepare('SELECT answer_due FROM appeals WHERE id = ?').pluck().get(appealId)).toBe(after);
    const applied = JSON.parse(app.ctx.db.prepare("SELECT after_json FROM audit_log WHERE action = 'checkout.return'").pluck().get() as string);
    expect(applied.appealAnswerDates).toEqual([{ appealId, before: due, after }]);
  });
});
