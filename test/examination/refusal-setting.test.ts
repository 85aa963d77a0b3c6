/**
 * "A refusal to receive the SK counts as delivery on that day" is to verify: it is an office
 * setting (default on) on the Aturan Tenggat screen, changed with a reason and audited; with it
 * off, a refusal cannot stand in for delivery and the clerk is told to deliver another way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { auditHistory } from '../../electron/main/audit/audit-queries.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import { decisionSaveSchema } from '../../shared/examination/schemas.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import type { Decision } from '../../shared/examination/types.ts';
import type { ProcedureRuleView } from '../../shared/deadlines/procedure-rules.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
const now = new Date('2024-12-03T03:00:00Z');
afterEach(() => app.close());

async function issuedSk(): Promise<{ id: number; accusedId: number }> {
  app = await tempApp(undefined, { clock: () => now });
  const opdId = createOpd(app.ctx, opdCreateSchema.parse({ name: 'Dinas Pendidikan', headTitle: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', headName: 'Dra. SITI AMINAH', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' })).id;
  const accused = [{ ...validCase.accused[0]!, positionClass: 'pengawas' }];
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, opdId, accused, acknowledgeDuplicates: true }));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-TURUN-JABATAN', durationMonths: 12 }));
  await issueLetter(app.ctx, { caseId: id, type: 'sk', subject: `accused:${accusedId}` });
  return { id, accusedId };
}
const refusal = (c: { id: number; accusedId: number }) => ({
  caseId: c.id,
  accusedId: c.accusedId,
  deliveredOn: '2024-12-03',
  method: 'langsung',
  refused: true,
  refusalReason: 'Tidak mengakui hasil pemeriksaan',
  deliveredByName: 'Agus Salim',
  deliveredByJabatan: 'Pengadministrasi Umum',
});
const rules = () => callAs<ProcedureRuleView[]>(app.ctx, 'deadlines:procedureRules', {});

describe('refusal to receive the SK: an office setting to verify', () => {
  it('is listed with its default (counts as delivery that day), marked to verify, and a refusal then fixes the dates', async () => {
    const c = await issuedSk();
    expect(await rules()).toEqual([expect.objectContaining({ id: 'refusalCountsAsDelivery', default: true, current: true, adjusted: false, unverified: true })]);
    const d = await callAs<Decision>(app.ctx, 'examination:recordDelivery', refusal(c));
    expect(d).toMatchObject({ deliveredOn: '2024-12-03', effectiveDate: '2024-12-18', delivery: { refused: true } });
  });

  it('switched off (with a reason, audited, administrators only), a refusal is not taken as delivery and nothing is written', async () => {
    const c = await issuedSk();
    await addTestUser(app.ctx, 'kasir', 'clerk', { signIn: true });
    expect((await callFail(app.ctx, 'deadlines:setProcedureRule', { ruleId: 'refusalCountsAsDelivery', value: false, reason: 'Menunggu kajian biro hukum', expectedVersion: 0 })).code).toBe('FORBIDDEN');
    await addTestUser(app.ctx, 'admin2', 'administrator', { signIn: true });
    expect((await callFail(app.ctx, 'deadlines:setProcedureRule', { ruleId: 'refusalCountsAsDelivery', value: false, reason: '' , expectedVersion: 0 })).code).toBe('INVALID_INPUT');
    const saved = await callAs<ProcedureRuleView>(app.ctx, 'deadlines:setProcedureRule', { ruleId: 'refusalCountsAsDelivery', value: false, reason: 'Menunggu kajian biro hukum', expectedVersion: 0 });
    expect(saved).toMatchObject({ current: false, adjusted: true, version: 1 });
    // A second administrator's form loaded before that save is refused, naming who changed it: no lost update.
    const stale = await callFail(app.ctx, 'deadlines:setProcedureRule', { ruleId: 'refusalCountsAsDelivery', value: true, reason: 'Formulir lama', expectedVersion: 0 });
    expect(stale.code).toBe('STALE');
    expect(stale.message).toContain('admin2');
    const audit = auditHistory(app.ctx.db, 'procedure_rule', 'refusalCountsAsDelivery').at(-1)!;
    expect(audit).toMatchObject({ action: 'procedureRule.update', reason: 'Menunggu kajian biro hukum' });
    expect(JSON.parse(audit.before_json!)).toEqual({ value: true });

    const before = dbFingerprint(app.ctx);
    const e = await callFail(app.ctx, 'examination:recordDelivery', refusal(c));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.fields?.refused).toBe(
      'Menurut pengaturan kantor, penolakan menerima SK tidak dihitung sebagai penyampaian: sampaikan SK dengan cara lain (mis. pos tercatat) lalu catat penyampaian itu.',
    );
    expect(dbFingerprint(app.ctx)).toBe(before);
    // Back to the default: the refusal counts again.
    await callAs(app.ctx, 'deadlines:setProcedureRule', { ruleId: 'refusalCountsAsDelivery', value: true, reason: 'Kajian selesai', expectedVersion: saved.version });
    expect(await callAs<Decision>(app.ctx, 'examination:recordDelivery', refusal(c))).toMatchObject({ deliveredOn: '2024-12-03' });
  });
});
