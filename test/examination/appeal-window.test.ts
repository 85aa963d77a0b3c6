import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { needsAction } from '../../electron/main/deadlines/needs-action-service.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { decisionSaveSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { needsActionSchema } from '../../shared/deadlines/schemas.ts';
import type { WorkflowAction } from '../../shared/workflow/states.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now = new Date('2024-12-05T03:00:00Z');
afterEach(() => app.close());

async function start(at: string): Promise<void> {
  now = new Date(at);
  app = await tempApp(undefined, { clock: () => now });
}

/**
 * A case waiting for its decision. The examination steps before it are covered in
 * examination-service.test.ts; here the status is set directly so the test is about delivery.
 */
function caseAtDecision(): { id: number; accusedId: number } {
  const { id } = createCase(app.ctx, caseCreateSchema.parse(validCase));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  return { id, accusedId };
}
const decide = (c: { id: number; accusedId: number }, deliveredOn?: string) =>
  saveDecision(
    app.ctx,
    decisionSaveSchema.parse({ caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-TURUN-JABATAN', durationMonths: 12, skNumber: '800/12/2024', skDate: '2024-12-02', deliveredOn }),
  );
const step = (caseId: number, action: WorkflowAction, reason?: string) => transition(app.ctx, transitionSchema.parse({ caseId, action, reason }));
const list = () => needsAction(app.ctx, needsActionSchema.parse({ soonWorkdays: 60 }));
const windows = (caseId: number) =>
  app.ctx.db.prepare("SELECT basis_date AS basis, due_date AS due, status FROM deadlines WHERE case_id = ? AND rule_id = 'appealWindow' ORDER BY id").all(caseId) as { basis: string; due: string; status: string }[];

describe('appeal window after SK delivery', () => {
  it('a recorded delivery opens a 14-working-day window in "Perlu tindakan"; a corrected date replaces it; an appeal resolves it', async () => {
    await start('2024-12-05T03:00:00Z');
    const c = caseAtDecision();
    decide(c);
    expect(list().items.map((i) => i.rule)).toEqual(['skDelivery']);
    expect(windows(c.id)).toEqual([]);

    decide(c, '2024-12-04');
    // 14 working days after 4 Dec 2024: 24 Dec, the day before Christmas and its cuti bersama.
    const items = list().items;
    expect(items).toEqual([expect.objectContaining({ caseId: c.id, rule: 'appealWindow', basisDate: '2024-12-04', dueDate: '2024-12-24', state: 'dueSoon' })]);
    expect(app.ctx.db.prepare("SELECT status FROM deadlines WHERE case_id = ? AND rule_id = 'skDelivery'").all(c.id)).toEqual([{ status: 'met' }]);

    decide(c, '2024-12-05');
    expect(windows(c.id)).toEqual([
      { basis: '2024-12-04', due: '2024-12-24', status: 'cancelled' },
      // From 5 Dec the 14th working day skips 25 and 26 Dec: 27 Dec.
      { basis: '2024-12-05', due: '2024-12-27', status: 'open' },
    ]);

    step(c.id, 'deliver');
    expect(windows(c.id).filter((w) => w.status === 'open')).toHaveLength(1);
    step(c.id, 'file_appeal', 'Terhukum mengajukan keberatan tertulis');
    expect(windows(c.id).map((w) => w.status)).toEqual(['cancelled', 'met']);
    expect(list().items.filter((i) => i.rule === 'appealWindow')).toEqual([]);
  });

  it('the delivery step without a recorded date counts from that day; a passed window leaves the list; closing settles it', async () => {
    await start('2024-12-09T03:00:00Z');
    const c = caseAtDecision();
    decide(c);
    step(c.id, 'deliver');
    // From Monday 9 Dec 2024: 14 working days, skipping 25-26 Dec, end on 31 Dec.
    expect(windows(c.id)).toEqual([{ basis: '2024-12-09', due: '2024-12-31', status: 'open' }]);
    expect(list()).toMatchObject({ overdueCount: 0, dueSoonCount: 1, items: [{ rule: 'appealWindow', dueDate: '2024-12-31' }] });

    now = new Date('2025-01-02T03:00:00Z');
    expect(list()).toMatchObject({ overdueCount: 0, dueSoonCount: 0, items: [] });
    step(c.id, 'close');
    expect(windows(c.id).map((w) => w.status)).toEqual(['cancelled']);
  });

  it('a delivery date in a year without holiday data is refused with the steps to add that year, and nothing is written', async () => {
    await start('2024-12-05T03:00:00Z');
    const c = caseAtDecision();
    const before = dbFingerprint(app.ctx);
    const env = await dispatch(app.ctx, handlers, 'examination:saveDecision', {
      caseId: c.id,
      accusedId: c.accusedId,
      catalogueId: 'PP94-2021',
      sanctionCode: 'PP94-BERAT-TURUN-JABATAN',
      durationMonths: 12,
      skNumber: '800/12/2024',
      skDate: '2024-12-02',
      deliveredOn: '2031-01-06',
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = env.ok ? '' : env.error.message;
    expect(message).toContain('tahun 2031');
    expect(message).toContain('Kalender Kerja');
    expect(message).toContain('"Tambah tahun"');
    expect(message).toContain('"Tambah hari libur"');
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});
