/**
 * The "dipinjam" mark (migration 31): while a case is lent to a laptop every write to its
 * records is refused, by any path, with CHECKED_OUT naming the borrower and since when;
 * other cases and the office's other work go on; a cancelled loan frees the case.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { cancelLoan } from '../../electron/main/checkout/loan-service.ts';
import { checkedOutError } from '../../electron/main/checkout/checked-out-error.ts';
import { compareSchema } from '../../electron/main/db/schema-check.ts';
import { AppError } from '../../electron/main/errors.ts';
import { sessionScheduleSchema } from '../../shared/examination/schemas.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { examiningCase, lend, prepareOffice } from './fixture.ts';
import type { Office } from './fixture.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let office: Office;
beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
  office = prepareOffice(app.ctx);
});
afterEach(() => app.close());

const updateOf = async (id: number, chronology: string) => {
  const detail = await callOk(app.ctx, 'cases:get', { id });
  return { ...validCase, id, chronology, reason: 'perbaikan kronologi', expectedVersion: detail.version };
};

describe('a lent case', () => {
  it('refuses an edit through the IPC door with CHECKED_OUT naming the borrower and since when, and writes nothing', async () => {
    const c = examiningCase(app.ctx, office);
    lend(app.ctx, c.id);
    const request = await updateOf(c.id, 'Kronologi diubah ketika kasus dipinjam.');
    const before = dbFingerprint(app.ctx);
    const error = await callFail(app.ctx, 'cases:update', request);
    expect(error.code).toBe('CHECKED_OUT');
    expect(error.message).toContain('Ir. Hendra (197501012000031001)');
    expect(error.message).toContain('LAPTOP-PEMERIKSA-01');
    expect(error.message).toContain('4 November 2024');
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('refuses a service call (a hearing scheduled at the office) and a raw SQL write to every kind of record', () => {
    const c = examiningCase(app.ctx, office);
    lend(app.ctx, c.id);
    const service = () =>
      scheduleSession(
        app.ctx,
        sessionScheduleSchema.parse({ caseId: c.id, accusedId: c.accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 120, roomId: c.roomId, examinerIds: c.examinerIds }),
      );
    const asAppError = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return checkedOutError(app.ctx.db, e) ?? e;
      }
      return undefined;
    };
    const refused = asAppError(service);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('CHECKED_OUT');
    const db = app.ctx.db;
    const raw = [
      () => db.prepare("UPDATE cases SET chronology = 'x' WHERE id = ?").run(c.id),
      () => db.prepare('DELETE FROM cases WHERE id = ?').run(c.id),
      () => db.prepare("UPDATE case_accused SET jabatan = 'x' WHERE case_id = ?").run(c.id),
      () => db.prepare("INSERT INTO case_violations (case_id, code) VALUES (?, 'N-LAIN')").run(c.id),
      () => db.prepare('DELETE FROM case_team WHERE case_id = ?').run(c.id),
      () => db.prepare("INSERT INTO case_transitions (case_id, from_state, to_state, action, actor, at) VALUES (?, 'a', 'b', 'c', 'd', 'e')").run(c.id),
    ];
    for (const write of raw) expect((asAppError(write) as AppError).code).toBe('CHECKED_OUT');
    expect(() => db.prepare("UPDATE cases SET chronology = 'x' WHERE id = ?").run(c.id)).toThrow(/^SIPENA_CHECKED_OUT:\d+$/);
  });

  it('leaves other cases editable, and the triggers are part of Sipena\'s own schema', async () => {
    const lent = examiningCase(app.ctx, office);
    const other = examiningCase(app.ctx, office, 'R/lain/2024');
    lend(app.ctx, lent.id);
    await callOk(app.ctx, 'cases:update', await updateOf(other.id, 'Kronologi kasus lain tetap dapat diubah.'));
    expect(compareSchema(app.ctx.db)).toEqual([]);
  });

  it('refuses a second loan of the same case, and a cancelled loan frees the case, audited with its reason', async () => {
    const c = examiningCase(app.ctx, office);
    lend(app.ctx, c.id);
    expect(() => lend(app.ctx, c.id, 'Sri Lestari')).toThrow(/checkout\.alreadyLent/);
    const cancelled = cancelLoan(app.ctx, c.id, 'Laptop hilang');
    expect(cancelled).toMatchObject({ cancelledBy: 'admin', cancelReason: 'Laptop hilang' });
    await callOk(app.ctx, 'cases:update', await updateOf(c.id, 'Kronologi diubah setelah pinjaman dibatalkan.'));
    const audit = app.ctx.db.prepare("SELECT action, reason FROM audit_log WHERE action LIKE 'checkout.%' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'checkout.lend', reason: null },
      { action: 'checkout.cancel', reason: 'Laptop hilang' },
    ]);
  });
});
