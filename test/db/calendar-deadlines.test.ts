import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { loadCalendar } from '../../electron/main/calendar/calendar-service.ts';
import { openDeadline, resolveDeadlines } from '../../electron/main/deadlines/deadline-queries.ts';
import { RECOMMENDATION_PENDING_SQL } from '../../electron/main/deadlines/needs-action-queries.ts';
import { isWorkday } from '../../shared/calendar/working-days.ts';
import { auditHistory } from '../../electron/main/audit/audit-queries.ts';
import { addTestUser, dbFingerprint, tempApp } from '../support/temp-app.ts';
import type { Channel, ChannelResponse } from '../../shared/ipc/table.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
// Monday 4 November 2024, 10:00 WIB.
beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
});
afterEach(() => app.close());

/** One IPC call through the real dispatcher (schema, role check, handler), typed by channel. */
const call = <C extends Channel>(channel: C, payload: unknown) => dispatch(app.ctx, handlers, channel, payload) as Promise<Envelope<ChannelResponse<C>>>;

let seq = 0;
/** A bare case row (the intake service's rules are tested elsewhere). */
function insertCase(ctx: AppContext, source: string, createdAt: string, status = 'registered'): number {
  seq++;
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, status, catalogue_version, created_at, created_by, updated_at)
         VALUES (?, 2024, ?, ?, '2024-10-01', ?, 'test', ?, 'test', ?)`,
      )
      .run(`REG/${String(seq).padStart(4, '0')}/T/2024`, seq, source, status, createdAt, createdAt).lastInsertRowid,
  );
}

describe('holiday calendar in the database', () => {
  it('is seeded from the shipped official lists with their sources', async () => {
    const years = await call('calendar:years', {});
    expect(years.ok).toBe(true);
    if (!years.ok) return;
    expect(years.value.map((y) => [y.year, y.count])).toEqual([
      [2026, 25],
      [2025, 28],
      [2024, 29],
    ]);
    expect(years.value.find((y) => y.year === 2024)!.source).toContain('Nomor 855 Tahun 2023');
    expect(years.value.find((y) => y.year === 2024)!.source).toContain('Keputusan Presiden Nomor 33 Tahun 2024');
    const cal = loadCalendar(app.ctx.db);
    expect(isWorkday('2024-11-27', cal)).toBe(false);
    expect(isWorkday('2025-04-07', cal)).toBe(false);
  });

  it('lets the administrator add, rename and remove a holiday, each audited, and the arithmetic follows', async () => {
    // A regional holiday-like addition on Friday 6 Dec 2024 (hypothetical decree change).
    expect(await call('calendar:addWorkdays', { date: '2024-12-05', n: 1 })).toEqual({ ok: true, value: { date: '2024-12-06', isWorkday: true, provisional: [] } });
    const added = await call('calendar:addHoliday', { date: '2024-12-06', name: 'Cuti bersama tambahan', kind: 'cuti_bersama', reason: 'SKB perubahan' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await call('calendar:addWorkdays', { date: '2024-12-05', n: 1 })).toEqual({ ok: true, value: { date: '2024-12-09', isWorkday: true, provisional: [] } });

    const renamed = await call('calendar:updateHoliday', { id: added.value.id, name: 'Cuti bersama (diubah)', kind: 'cuti_bersama' });
    expect(renamed).toMatchObject({ ok: true, value: { name: 'Cuti bersama (diubah)', date: '2024-12-06' } });

    const noReason = await call('calendar:removeHoliday', { id: added.value.id, reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: 'wajib diisi' } } });
    expect(await call('calendar:removeHoliday', { id: added.value.id, reason: 'SKB dibatalkan' })).toEqual({ ok: true, value: { id: added.value.id } });
    expect(await call('calendar:addWorkdays', { date: '2024-12-05', n: 1 })).toEqual({ ok: true, value: { date: '2024-12-06', isWorkday: true, provisional: [] } });

    const trail = auditHistory(app.ctx.db, 'holiday', added.value.id).map((r) => [r.action, r.actor, r.reason]);
    expect(trail).toEqual([
      ['holiday.create', 'admin', 'SKB perubahan'],
      ['holiday.update', 'admin', null],
      ['holiday.delete', 'admin', 'SKB dibatalkan'],
    ]);
  });

  it('refuses a second entry on the same date and a year without source, writing nothing', async () => {
    const before = dbFingerprint(app.ctx);
    expect(await call('calendar:addHoliday', { date: '2024-11-27', name: 'Dobel', kind: 'pemilu' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Tanggal 2024-11-27 sudah tercatat sebagai "Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2024".', fields: expect.any(Object) },
    });
    const r = await call('calendar:addHoliday', { date: '2031-01-01', name: 'Tahun Baru 2031 Masehi', kind: 'libur_nasional' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Tahun 2031 belum ada di kalender') } });
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('the year after the newest list is provisional (perkiraan) until its list is entered; later years are refused by name', async () => {
    // 2024-2026 ship with the app: 2027 and 2028 are computed with weekends and fixed-date holidays.
    expect(await call('calendar:addWorkdays', { date: '2026-12-30', n: 3 })).toEqual({ ok: true, value: { date: '2027-01-05', isWorkday: true, provisional: [2027] } });
    expect(await call('calendar:workdaysBetween', { from: '2027-08-13', to: '2027-08-20' })).toEqual({ ok: true, value: { workdays: 4, calendarDays: 7, provisional: [2027] } });
    expect(await call('calendar:addWorkdays', { date: '2028-12-28', n: 3 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Tidak ada data hari libur untuk tahun 2029') },
    });
    expect(await call('calendar:data', {})).toMatchObject({ ok: true, value: { provisionalYears: [2027, 2028] } });
    // The official list replaces the estimate: no longer provisional, its own dates count.
    expect(await call('calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tahun 2027 (uji)' })).toMatchObject({ ok: true, value: { year: 2027, count: 0 } });
    expect(await call('calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' })).toMatchObject({ ok: true });
    expect(await call('calendar:addHoliday', { date: '2027-01-04', name: 'Cuti bersama (uji)', kind: 'cuti_bersama' })).toMatchObject({ ok: true });
    expect(await call('calendar:addWorkdays', { date: '2026-12-30', n: 3 })).toEqual({ ok: true, value: { date: '2027-01-06', isWorkday: true, provisional: [] } });
    expect(await call('calendar:data', {})).toMatchObject({ ok: true, value: { provisionalYears: [2028, 2029] } });
  });

  it('refuses dates outside the calendar years by name instead of failing inside the arithmetic', async () => {
    const refusal = (field: string) => ({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [field]: 'tanggal harus antara tahun 2000 dan 2100 (di luar itu kalender kerja tidak punya data)' } },
    });
    expect(await call('calendar:workdaysBetween', { from: '0001-01-01', to: '2026-01-01' })).toMatchObject(refusal('from'));
    expect(await call('calendar:workdaysBetween', { from: '2026-01-01', to: '9999-12-31' })).toMatchObject(refusal('to'));
    expect(await call('calendar:addWorkdays', { date: '0001-01-01', n: 3 })).toMatchObject(refusal('date'));
  });

  it('refuses calendar edits by a non-administrator', async () => {
    // A real clerk account: dispatch re-reads the signed-in account's role on every call.
    await addTestUser(app.ctx, 'uji.clerk', 'clerk', { signIn: true });
    expect(await call('calendar:removeHoliday', { id: 1, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('calendar:year', { year: 2024 })).toMatchObject({ ok: true });
  });
});

describe('deadline rules', () => {
  it('lists defaults with legal basis; an adjustment needs a reason, is audited, and fixed parts stay fixed', async () => {
    const rules = await call('deadlines:rules', {});
    expect(rules.ok).toBe(true);
    if (!rules.ok) return;
    const summons = rules.value.find((r) => r.id === 'summons1Notice')!;
    expect(summons).toMatchObject({ current: { value: 7, unit: 'workdays', mode: 'atMost' }, adjusted: false, unverified: true });
    expect(summons.legalBasis).toContain('PP 94/2021 Pasal 26');

    expect(await call('deadlines:setRule', { ruleId: 'skDelivery', value: 14, unit: 'days', mode: 'atMost', reason: '', expectedVersion: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('deadlines:setRule', { ruleId: 'appealWindow', value: 14, unit: 'days', mode: 'atMost', reason: 'uji', expectedVersion: 0 })).toMatchObject({
      ok: false,
      error: { message: 'Satuan aturan ini ditetapkan peraturan dan tidak dapat diubah.' },
    });
    const set = await call('deadlines:setRule', { ruleId: 'skDelivery', value: 14, unit: 'workdays', mode: 'atMost', reason: 'Surat edaran BKD', expectedVersion: 0 });
    expect(set).toMatchObject({ ok: true, value: { current: { value: 14, unit: 'workdays' }, adjusted: true, version: 1 } });
    expect(auditHistory(app.ctx.db, 'deadline_rule', 'skDelivery').map((r) => r.reason)).toEqual(['Surat edaran BKD']);
    expect(await call('deadlines:resetRule', { ruleId: 'skDelivery', reason: 'kembali', expectedVersion: 1 })).toMatchObject({ ok: true, value: { current: { unit: 'days' }, adjusted: false, version: 2 } });
  });
});

describe('needs-action list', () => {
  it('lists overdue and due-soon items from pending recommendations and stored deadlines, with their rules', async () => {
    // Today is Mon 4 Nov 2024; follow-up = 14 calendar days after registration.
    const overdue = insertCase(app.ctx, 'bawaslu', '2024-10-01T02:00:00.000Z'); // due 15 Oct
    const soon = insertCase(app.ctx, 'bkn', '2024-10-23T02:00:00.000Z'); // due 6 Nov (horizon: 5 workdays = 11 Nov)
    insertCase(app.ctx, 'bawaslu', '2024-11-01T02:00:00.000Z'); // due 15 Nov: not yet
    insertCase(app.ctx, 'public_complaint', '2024-09-01T02:00:00.000Z'); // no recommendation
    insertCase(app.ctx, 'bawaslu', '2024-09-01T02:00:00.000Z', 'decision'); // already decided
    const hearingCase = insertCase(app.ctx, 'own_finding', '2024-10-10T02:00:00.000Z');
    app.ctx.db.transaction(() => {
      // Missed hearing Fri 1 Nov -> summons II within 7 working days = Mon 11 Nov.
      openDeadline(app.ctx.db, { caseId: hearingCase, rule: 'summons2Issue', subjectType: 'hearing', subjectId: 9, basisDate: '2024-11-01', dueDate: '2024-11-12' }, app.ctx.now());
      openDeadline(app.ctx.db, { caseId: hearingCase, rule: 'skDelivery', subjectType: 'decision', subjectId: 3, basisDate: '2024-10-01', dueDate: '2024-10-21' }, app.ctx.now());
    })();

    const r = await call('deadlines:needsAction', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ today: '2024-11-04', horizon: '2024-11-11', overdueCount: 2, dueSoonCount: 1 });
    expect(r.value.items.map((i) => [i.caseId, i.rule, i.dueDate, i.state, i.daysLeft])).toEqual([
      [overdue, 'recommendationFollowUp', '2024-10-15', 'overdue', -20],
      [hearingCase, 'skDelivery', '2024-10-21', 'overdue', -14],
      [soon, 'recommendationFollowUp', '2024-11-06', 'dueSoon', 2],
    ]);

    // A wider window picks up the summons II deadline; settling it removes it.
    const wide = await call('deadlines:needsAction', { soonWorkdays: 6 });
    expect(wide.ok && wide.value.items.map((i) => i.rule)).toContain('summons2Issue');
    app.ctx.db.transaction(() => resolveDeadlines(app.ctx.db, { caseId: hearingCase, rule: 'skDelivery' }, 'met', app.ctx.now()))();
    const after = await call('deadlines:needsAction', {});
    expect(after.ok && after.value.overdueCount).toBe(1);
  });

  it('follows an adjusted rule: working days instead of calendar days', async () => {
    const id = insertCase(app.ctx, 'bawaslu', '2024-10-21T02:00:00.000Z');
    await call('deadlines:setRule', { ruleId: 'recommendationFollowUp', value: 14, unit: 'workdays', mode: 'atMost', reason: 'uji', expectedVersion: 0 });
    const r = await call('deadlines:needsAction', { soonWorkdays: 10 });
    // 14 working days after Mon 21 Oct 2024 = Fri 8 Nov.
    expect(r.ok && r.value.items.map((i) => [i.caseId, i.dueDate])).toEqual([[id, '2024-11-08']]);
  });

  it('reads the pending-recommendation range through its partial index', () => {
    const plan = app.ctx.db
      .prepare(`EXPLAIN QUERY PLAN SELECT c.id FROM cases c INDEXED BY cases_recommendation_pending WHERE ${RECOMMENDATION_PENDING_SQL} AND c.created_at < ? ORDER BY c.created_at LIMIT 10`)
      .all('2024-11-01') as { detail: string }[];
    const detail = plan.map((p) => p.detail).join(' | ');
    expect(detail).toContain('cases_recommendation_pending');
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
