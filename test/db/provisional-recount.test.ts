/**
 * Deadlines counted through a year without an official holiday list are "perkiraan"
 * (provisional) in Perlu tindakan, and are counted again when that year's list is entered:
 * a new holiday moves them, the mark goes, and the move is audited. A deadline whose date
 * was not its rule's own count is left as it is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { openDeadline } from '../../electron/main/deadlines/deadline-queries.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { callOk } from '../support/dispatch.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
afterEach(() => app.close());

describe('provisional deadlines', () => {
  it('are marked "perkiraan" until the year has its official list, then recounted on it', async () => {
    const now = new Date('2026-12-28T03:00:00Z');
    app = await tempApp(undefined, { clock: () => now });
    const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse(validCase));
    // 21 working days from 21 Dec 2026 run into 2027, which has no official list yet.
    const counted = await callOk(app.ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 });
    expect(counted.provisional).toEqual([2027]);
    const byRule = openDeadline(app.ctx.db, { caseId, rule: 'objectionAnswer', subjectType: 'appeal', subjectId: 1, basisDate: '2026-12-21', dueDate: counted.date }, now);
    const byHand = openDeadline(app.ctx.db, { caseId, rule: 'objectionAnswer', subjectType: 'appeal', subjectId: 2, basisDate: '2026-12-21', dueDate: '2027-01-29' }, now);
    const items = async () => (await callOk(app.ctx, 'deadlines:needsAction', { soonWorkdays: 60 })).items.filter((i) => i.rule === 'objectionAnswer');
    expect((await items()).map((i) => [i.dueDate, i.provisional])).toEqual([
      [counted.date, true],
      ['2027-01-29', true],
    ]);

    // The 2027 decree is entered with a holiday inside the count: the rule's date moves one working day.
    await callOk(app.ctx, 'calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027' });
    await callOk(app.ctx, 'calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' });
    await callOk(app.ctx, 'calendar:addHoliday', { date: '2027-01-04', name: 'Cuti bersama (uji)', kind: 'cuti_bersama' });
    const after = await callOk(app.ctx, 'calendar:addWorkdays', { date: '2026-12-21', n: 21 });
    expect(after.provisional).toEqual([]);
    expect(after.date > counted.date).toBe(true);
    const due = (id: number) => (app.ctx.db.prepare('SELECT due_date AS d FROM deadlines WHERE id = ?').get(id) as { d: string }).d;
    expect(due(byRule)).toBe(after.date);
    expect(due(byHand)).toBe('2027-01-29');
    expect((await items()).map((i) => i.provisional)).toEqual([false, false]);
    const audit = app.ctx.db.prepare("SELECT entity_id AS year, after_json AS a FROM audit_log WHERE action = 'deadline.recount' ORDER BY id").all() as { year: string; a: string }[];
    expect(audit.at(-1)!.year).toBe('2027');
    expect(JSON.parse(audit.at(-1)!.a)).toEqual({ moved: [{ deadlineId: byRule, caseId, rule: 'objectionAnswer', before: counted.date, after: after.date }] });
  });
});
