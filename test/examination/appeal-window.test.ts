/**
 * The SK after the decision: its number and date come from issuing (never typed), voiding
 * it takes them away, its delivery fixes the sanction's dates and opens the appeal window,
 * and appeals (keberatan / banding administratif) carry their answer deadline and outcome.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { examinationOverview } from '../../electron/main/examination/workflow-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter, voidLetter } from '../../electron/main/letters/issue-service.ts';
import { needsAction } from '../../electron/main/deadlines/needs-action-service.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { auditHistory } from '../../electron/main/audit/audit-queries.ts';
import { AppError } from '../../electron/main/errors.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import { decisionSaveSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { needsActionSchema } from '../../shared/deadlines/schemas.ts';
import type { WorkflowAction } from '../../shared/workflow/states.ts';
import type { Decision } from '../../shared/examination/types.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText, pdfPageSizes } from '../support/pdf-text.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now = new Date('2024-12-02T03:00:00Z');
afterEach(() => app.close());

async function start(at: string): Promise<void> {
  now = new Date(at);
  app = await tempApp(undefined, { clock: () => now });
}
/** Moves the clock; the signed-in session stays active (the idle lock is tested elsewhere). */
const at = (iso: string) => {
  now = new Date(iso);
  app.ctx.session.lastActivity = now.getTime();
};

/** The officer who hands the SK over (signs the berita acara as "Yang menyampaikan"). */
const OFFICER = { deliveredByName: 'Agus Salim', deliveredByNip: '199003152015031003', deliveredByJabatan: 'Pengadministrasi Umum' };

let opds = 0;
/** A case waiting for its decision (the examination before it is covered in examination-service.test.ts). */
function caseAtDecision(sanctionCode = 'PP94-BERAT-TURUN-JABATAN', durationMonths: number | null = 12, also: { name: string; nip: string }[] = []): { id: number; accusedId: number; others: number[] } {
  // A medium cut needs a medium violation; the rest are decided on a heavy one.
  const violationCodes = sanctionCode === 'PP94-SEDANG-TUKIN' ? ['N-KAMPANYE-ATRIBUT'] : validCase.violationCodes;
  const accused = [validCase.accused[0]!, ...also.map((p) => ({ ...validCase.accused[0]!, ...p }))].map((a) => ({ ...a, positionClass: 'pengawas' }));
  // A medium sanction on staff is the head of the OPD's (PP 94/2021 Bab III): the unit records its head.
  const opdId = createOpd(app.ctx, opdCreateSchema.parse({ name: `Dinas Pendidikan ${++opds}`, headTitle: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', headName: 'Dra. SITI AMINAH', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' })).id;
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, opdId, accused, violationCodes, acknowledgeDuplicates: true }));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const [accusedId, ...others] = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY id').all(id) as { id: number }[]).map((r) => r.id);
  for (const a of [accusedId!, ...others]) saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: id, accusedId: a, catalogueId: 'PP94-2021', sanctionCode, durationMonths }));
  return { id, accusedId: accusedId!, others };
}
const step = (caseId: number, action: WorkflowAction, reason?: string) => transition(app.ctx, transitionSchema.parse({ caseId, action, reason }));
const list = () => needsAction(app.ctx, needsActionSchema.parse({ soonWorkdays: 60 }));
const decisionOf = (c: { id: number; accusedId: number }) => examinationOverview(app.ctx, c.id).decisions.find((d) => d.accusedId === c.accusedId)!;
const issueSk = (c: { id: number; accusedId: number }) => issueLetter(app.ctx, { caseId: c.id, type: 'sk', subject: `accused:${c.accusedId}` });
async function call<T>(channel: string, payload: unknown): Promise<T> {
  const env = await dispatch(app.ctx, handlers, channel as never, payload as never);
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as T;
}
async function refusal(channel: string, payload: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const env = await dispatch(app.ctx, handlers, channel as never, payload as never);
  if (env.ok) throw new Error('expected a refusal');
  return env.error as never;
}
const deadlines = (caseId: number) =>
  app.ctx.db.prepare('SELECT rule_id AS rule, basis_date AS basis, due_date AS due, status FROM deadlines WHERE case_id = ? ORDER BY id').all(caseId) as { rule: string; basis: string; due: string; status: string }[];

describe('the SK number and date come from issuing', () => {
  it('issuing writes them onto the decision in the same transaction (audited) and opens the delivery deadline; voiding clears them (audited)', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    expect(decisionOf(c)).toMatchObject({ skNumber: null, skDate: null, skLetterId: null, effectiveDate: null, endDate: null, deliveryDue: null });
    const { letter } = await issueSk(c);
    // 14 calendar days from the SK date by default (to verify: an office setting).
    expect(decisionOf(c)).toMatchObject({ skNumber: letter.number, skDate: '2024-12-02', skLetterId: letter.id, deliveryDue: '2024-12-16' });
    expect(deadlines(c.id)).toEqual([{ rule: 'skDelivery', basis: '2024-12-02', due: '2024-12-16', status: 'open' }]);
    const issued = auditHistory(app.ctx.db, 'case', c.id).find((r) => r.action === 'decision.skIssued')!;
    expect(JSON.parse(issued.after_json!)).toMatchObject({ sk_letter_id: letter.id, sk_number: letter.number, sk_date: '2024-12-02' });

    // The delivery deadline shows in "Perlu tindakan" and turns overdue after 16 Dec.
    at('2024-12-17T03:00:00Z');
    expect(list().items).toEqual([expect.objectContaining({ caseId: c.id, rule: 'skDelivery', dueDate: '2024-12-16', state: 'overdue' })]);

    voidLetter(app.ctx, letter.id, 'Salah ketik nama jabatan');
    expect(decisionOf(c)).toMatchObject({ skNumber: null, skDate: null, skLetterId: null, deliveryDue: null });
    expect(deadlines(c.id).map((d) => d.status)).toEqual(['cancelled']);
    const voided = auditHistory(app.ctx.db, 'case', c.id).find((r) => r.action === 'decision.skVoided')!;
    expect(JSON.parse(voided.before_json!)).toMatchObject({ sk_number: letter.number, sk_date: '2024-12-02' });

    // Reissued: a new number, and the decision follows it.
    const again = await issueSk(c);
    expect(again.letter.number).not.toBe(letter.number);
    expect(decisionOf(c)).toMatchObject({ skNumber: again.letter.number, skDate: '2024-12-17' });
  });

  it('the decision form cannot carry a typed SK number or date', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    const e = await refusal('examination:saveDecision', { expectedVersion: 0, caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-TURUN-JABATAN', durationMonths: 12, skNumber: '800/1/2024', skDate: '2024-12-02' });
    expect(e.code).toBe('INVALID_INPUT');
  });
});

describe('delivery of the SK', () => {
  it('is refused before the SK is issued, before its date and in the future; once recorded it fixes the dates and opens the appeal window', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    const payload = { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', method: 'langsung', receivedBy: 'Budi Santoso', ...OFFICER };
    expect((await refusal('examination:recordDelivery', payload)).message).toBe('SK untuk Budi Santoso belum diterbitkan: terbitkan SK terlebih dahulu, baru catat penyampaiannya.');
    await issueSk(c);
    const before = dbFingerprint(app.ctx);
    const early = await refusal('examination:recordDelivery', { ...payload, deliveredOn: '2024-11-29' });
    expect(early).toMatchObject({ code: 'INVALID_INPUT', fields: { deliveredOn: 'tanggal penyampaian tidak boleh sebelum tanggal SK (2024-12-02)' } });
    const future = await refusal('examination:recordDelivery', payload);
    expect(future.fields?.deliveredOn).toBe('tanggal penyampaian tidak boleh setelah hari ini (2024-12-02)');
    expect(dbFingerprint(app.ctx)).toBe(before);

    at('2024-12-05T03:00:00Z');
    const d = await call<Decision>('examination:recordDelivery', payload);
    // Day 15 counted from receipt (calendar days): 19 Dec 2024; 12 months, less a day.
    expect(d).toMatchObject({ deliveredOn: '2024-12-04', effectiveDate: '2024-12-19', endDate: '2025-12-18', deliveryDue: null, delivery: { method: 'langsung', receivedBy: 'Budi Santoso', refused: false } });
    // 14 working days after 4 Dec 2024: 24 Dec, the day before Christmas and its cuti bersama.
    expect(deadlines(c.id)).toEqual([
      { rule: 'skDelivery', basis: '2024-12-02', due: '2024-12-16', status: 'met' },
      { rule: 'appealWindow', basis: '2024-12-04', due: '2024-12-24', status: 'open' },
      // The personnel unit is told when the sanction ends (its last day, by default).
      { rule: 'sanctionEnd', basis: '2025-12-18', due: '2025-12-18', status: 'open' },
    ]);
    expect(auditHistory(app.ctx.db, 'case', c.id).map((r) => r.action)).toContain('delivery.record');
    expect(step(c.id, 'deliver')).toEqual({ state: 'delivered' });
  });

  it('a refusal to receive counts as delivery on that day; the berita acara prints it and then the record is frozen', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision('PP94-SEDANG-TUKIN', 6);
    await issueSk(c);
    at('2024-12-03T03:00:00Z');
    const d = await call<Decision>('examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-03', method: 'langsung', refused: true, refusalReason: 'Tidak mengakui hasil pemeriksaan', ...OFFICER });
    expect(d).toMatchObject({ deliveredOn: '2024-12-03', effectiveDate: '2024-12-18', endDate: '2025-06-17', delivery: { refused: true, receivedBy: null } });
    const { letter, file } = await issueLetter(app.ctx, { caseId: c.id, type: 'delivery', subject: `accused:${c.accusedId}` });
    // One page, signed by the officer who handed it over, the refusal noted where the receiver signs.
    const pdf = Buffer.from(file.pdfBase64, 'base64');
    expect(await pdfPageSizes(pdf)).toHaveLength(1);
    const text = (await extractPdfText(pdf)).join('\n');
    expect(text).toMatch(/Yang bersangkutan,\s+Yang menyampaikan,\s+Pengadministrasi Umum\s+\(menolak menerima\)\s+Budi Santoso\s+Agus Salim\s+NIP. 19900315 201503 1 003/);
    // The berita acara is dated the day of delivery and numbered in its own register.
    expect(letter).toMatchObject({ type: 'delivery', letterDate: '2024-12-03' });
    expect(letter.number).toMatch(/^800\.1\.6\.4\/1\/BA-SK\/2024$/);
    const frozen = await refusal('examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-02', method: 'pos', receivedBy: 'Budi', ...OFFICER });
    expect(frozen.message).toContain(letter.number);
    // The SK itself cannot be voided while the berita acara attests its delivery.
    const sk = decisionOf(c).skLetterId!;
    expect(() => voidLetter(app.ctx, sk, 'Salah ketik')).toThrow(AppError);
    voidLetter(app.ctx, letter.id, 'Tanggal salah');
    voidLetter(app.ctx, sk, 'Salah ketik');
    expect(decisionOf(c)).toMatchObject({ skNumber: null, delivery: null, deliveredOn: null, effectiveDate: null, endDate: null });
  });

  it('a delivery recorded before the officer was asked for (migration 18 leaves it empty) gets no berita acara until the officer is recorded', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    await issueSk(c);
    const payload = { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-02', method: 'langsung', receivedBy: 'Budi Santoso' };
    // The officer is part of the record now.
    expect((await refusal('examination:recordDelivery', { ...payload, deliveredByName: '', deliveredByJabatan: ' ' })).fields).toMatchObject({ deliveredByName: 'wajib diisi', deliveredByJabatan: 'wajib diisi' });
    await call('examination:recordDelivery', { ...payload, ...OFFICER });
    app.ctx.db.prepare('UPDATE sk_deliveries SET delivered_by_name = NULL, delivered_by_nip = NULL, delivered_by_jabatan = NULL').run();
    const e = await refusal('letters:issue', { caseId: c.id, type: 'delivery', subject: `accused:${c.accusedId}` });
    expect(e.message).toContain('petugas yang menyampaikan SK (nama dan jabatan) belum dicatat');
    expect(decisionOf(c).delivery?.deliveredBy).toBeNull();
    await call('examination:recordDelivery', { ...payload, ...OFFICER });
    expect(decisionOf(c).delivery?.deliveredBy).toEqual({ name: 'Agus Salim', nip: '199003152015031003', jabatan: 'Pengadministrasi Umum' });
    expect((await issueLetter(app.ctx, { caseId: c.id, type: 'delivery', subject: `accused:${c.accusedId}` })).letter.type).toBe('delivery');
  });

  it('is recorded by clerks and officials, not by examiners or viewers', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    await issueSk(c);
    const payload = { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-02', method: 'pos', receivedBy: 'Satpam kantor', ...OFFICER };
    await addTestUser(app.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect((await refusal('examination:recordDelivery', payload)).code).toBe('FORBIDDEN');
    await addTestUser(app.ctx, 'kasir', 'clerk', { signIn: true });
    expect(await call<Decision>('examination:recordDelivery', payload)).toMatchObject({ deliveredOn: '2024-12-02' });
  });
});

describe('letters never cite later events', () => {
  it('an SK dated before the LHP it rests on is refused, with the LHP named', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    app.ctx.db
      .prepare(
        `INSERT INTO lhps (case_id, accused_id, violation_form, violation_time, violation_place, impact, recommended_sanction_code, authorised_official, created_at, updated_at)
         VALUES (?, ?, 'Mobil dinas', 'Oktober', 'Balai Desa', 'Ada', 'PP94-BERAT-TURUN-JABATAN', 'Bupati', '2024-12-02', '2024-12-02')`,
      )
      .run(c.id, c.accusedId);
    // The team the LHP letter needs.
    const staff = app.ctx.db.prepare("INSERT INTO staff (nip, name, unit, active, created_at, updated_at) VALUES ('197501012000031001', 'Ir. Hendra', 'inspektorat', 1, '2024-01-01', '2024-01-01')").run().lastInsertRowid;
    app.ctx.db.prepare("INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, 'chair')").run(c.id, staff);
    at('2024-12-10T03:00:00Z');
    const lhp = await issueLetter(app.ctx, { caseId: c.id, type: 'lhp', subject: `accused:${c.accusedId}` });
    at('2024-12-09T03:00:00Z');
    const before = dbFingerprint(app.ctx);
    expect((await refusal('letters:issue', { caseId: c.id, type: 'sk', subject: `accused:${c.accusedId}` })).message).toBe(`SK tidak dapat bertanggal 2024-12-09, sebelum Laporan Hasil Pemeriksaan nomor ${lhp.letter.number} tanggal 2024-12-10 yang menjadi dasarnya.`);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});

describe('appeals', () => {
  async function delivered(sanctionCode = 'PP94-BERAT-TURUN-JABATAN', durationMonths: number | null = 12) {
    at('2024-12-02T03:00:00Z');
    const c = caseAtDecision(sanctionCode, durationMonths);
    await issueSk(c);
    at('2024-12-05T03:00:00Z');
    await call('examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', method: 'langsung', receivedBy: 'Budi Santoso', ...OFFICER });
    step(c.id, 'deliver');
    return c;
  }

  it('a keberatan goes to the body the SK names, its 21-working-day answer deadline shows in "Perlu tindakan", and a lightened outcome recomputes the end', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await delivered();
    const route = decisionOf(c).appealRoute!;
    expect(route).toEqual({ kind: 'keberatan', body: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' });
    // Dismissal is appealed to BPASN, never by keberatan.
    expect((await refusal('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'banding', filedOn: '2024-12-05', addressedTo: 'BPASN' })).fields).toEqual({ kind: 'Untuk keputusan ini upaya administratifnya adalah keberatan.' });
    const filed = await call<Decision>('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2024-12-05', addressedTo: route.body });
    // 21 working days from 5 Dec 2024 skip 25-26 Dec and 1 Jan: 8 Jan 2025.
    expect(filed.appeals).toEqual([expect.objectContaining({ kind: 'keberatan', filedOn: '2024-12-05', answerDue: '2025-01-08', answerDueProvisional: false, outcome: null })]);
    expect(examinationOverview(app.ctx, c.id).state).toBe('appeal');
    // The case history says it as a clerk reads dates.
    expect(app.ctx.db.prepare("SELECT reason FROM case_transitions WHERE case_id = ? AND action = 'file_appeal'").get(c.id)).toEqual({ reason: 'Keberatan diajukan pada 5 Desember 2024' });
    expect(list().items.map((i) => [i.rule, i.dueDate])).toEqual([['objectionAnswer', '2025-01-08']]);
    expect(deadlines(c.id).find((d) => d.rule === 'appealWindow')?.status).toBe('met');

    at('2025-01-06T03:00:00Z');
    const heavier = await refusal('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'lightened', outcomeNumber: '800/2/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-BERAT-PDHTAPS', durationMonths: null });
    expect(heavier.fields?.sanctionCode).toBe('hukuman yang dipilih tidak lebih ringan dari hukuman semula');
    const d = await call<Decision>('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'lightened', outcomeNumber: '800/2/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(d).toMatchObject({ effectiveDate: '2024-12-19', endDate: '2025-06-18' });
    expect(d.appeals[0]).toMatchObject({ outcome: 'lightened', outcomeNumber: '800/2/2025', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(list().items).toEqual([]);
    expect(auditHistory(app.ctx.db, 'case', c.id).find((r) => r.action === 'appeal.outcome')).toBeDefined();
  });

  it('a dismissal goes to BPASN with 65 working days; an annulment ends the sanction on its date', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await delivered('PP94-BERAT-PDHTAPS', null);
    expect(decisionOf(c).appealRoute).toEqual({ kind: 'banding', body: 'Badan Pertimbangan Aparatur Sipil Negara' });
    const filed = await call<Decision>('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'banding', filedOn: '2024-12-05', addressedTo: 'Badan Pertimbangan Aparatur Sipil Negara' });
    // 65 working days from 5 Dec 2024, past Christmas, New Year and Chinese New Year (27-29 Jan 2025).
    expect(filed.appeals[0]!.answerDue).toBe('2025-03-14');
    at('2025-02-03T03:00:00Z');
    expect((await refusal('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'annulled', outcomeNumber: 'BPASN/1/2025', outcomeDate: '2025-02-04' })).fields?.outcomeDate).toBe('tanggal tidak boleh setelah hari ini (2025-02-03)');
    const d = await call<Decision>('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'annulled', outcomeNumber: 'BPASN/1/2025', outcomeDate: '2025-02-03' });
    expect(d).toMatchObject({ effectiveDate: '2024-12-19', endDate: '2025-02-03' });
    expect((await refusal('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'upheld', outcomeNumber: 'x', outcomeDate: '2025-02-03' })).message).toBe('Hasil upaya administratif ini sudah dicatat.');
  });

  it('an answer date counted through a year without an official holiday list is marked provisional ("perkiraan") until that list is entered', async () => {
    await start('2026-12-01T03:00:00Z');
    const c = caseAtDecision();
    await issueSk(c);
    at('2026-12-03T03:00:00Z');
    await call('examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2026-12-02', method: 'langsung', receivedBy: 'Budi Santoso', ...OFFICER });
    step(c.id, 'deliver');
    at('2026-12-10T03:00:00Z');
    // 21 working days from 10 Dec 2026 run into 2027, which has no official list yet.
    const filed = await call<Decision>('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2026-12-10', addressedTo: decisionOf(c).appealRoute!.body });
    expect(filed.appeals[0]!.answerDue.startsWith('2027-')).toBe(true);
    expect(filed.appeals[0]!.answerDueProvisional).toBe(true);
    expect(decisionOf(c).appeals[0]!.answerDueProvisional).toBe(true);
    await call('calendar:setYear', { year: 2027, source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027' });
    await call('calendar:addHoliday', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' });
    expect(decisionOf(c).appeals[0]!.answerDueProvisional).toBe(false);
  });

  it('is refused before the SK is delivered', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = caseAtDecision();
    expect((await refusal('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2024-12-02', addressedTo: 'Bupati' })).message).toBe('Upaya administratif dicatat setelah penyampaian SK dicatat.');
  });
});

describe('the answer to an appeal moves the case', () => {
  /** Delivered SKs for every accused of the case, the "SK telah disampaikan" step taken. */
  async function deliveredCase(also: { name: string; nip: string }[] = []) {
    at('2024-12-02T03:00:00Z');
    const c = caseAtDecision('PP94-BERAT-TURUN-JABATAN', 12, also);
    at('2024-12-05T03:00:00Z');
    for (const accusedId of [c.accusedId, ...c.others]) {
      await issueLetter(app.ctx, { caseId: c.id, type: 'sk', subject: `accused:${accusedId}` });
      await call('examination:recordDelivery', { caseId: c.id, accusedId, deliveredOn: '2024-12-05', method: 'langsung', receivedBy: 'Yang bersangkutan', ...OFFICER });
    }
    step(c.id, 'deliver');
    return c;
  }
  const file = (caseId: number, accusedId: number) =>
    call<Decision>('examination:fileAppeal', { caseId, accusedId, kind: 'keberatan', filedOn: '2024-12-05', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' }).then((d) => d.appeals.at(-1)!.id);
  const answer = (id: number, outcome: string, extra: object = {}) => call<Decision>('examination:appealOutcome', { id, outcome, outcomeNumber: '800/7/2025', outcomeDate: '2025-01-06', ...extra });
  const steps = (caseId: number) =>
    app.ctx.db.prepare('SELECT from_state AS "from", to_state AS "to", action, reason FROM case_transitions WHERE case_id = ? ORDER BY id').all(caseId) as { from: string; to: string; action: string; reason: string | null }[];

  it('an upheld decision ends "Upaya administratif": back to "SK disampaikan" with the sanction running, logged and audited; the case can then be closed', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await deliveredCase();
    const id = await file(c.id, c.accusedId);
    expect(examinationOverview(app.ctx, c.id).state).toBe('appeal');
    at('2025-01-06T03:00:00Z');
    await answer(id, 'upheld');
    const o = examinationOverview(app.ctx, c.id);
    expect(o.state).toBe('delivered');
    expect(steps(c.id).at(-1)).toEqual({ from: 'appeal', to: 'delivered', action: 'appeal_decided', reason: 'Keberatan diputus: dikuatkan (Nomor 800/7/2025 tanggal 6 Januari 2025)' });
    const audit = auditHistory(app.ctx.db, 'case', c.id).map((r) => r.action);
    expect(audit.slice(-2)).toEqual(['appeal.outcome', 'workflow.appeal_decided']);
    expect(o.actions.find((a) => a.action === 'close')).toMatchObject({ allowed: true });
    expect(step(c.id, 'close')).toEqual({ state: 'closed' });
  });

  it('a lightened or heavier decision also returns the case to "SK disampaikan"', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await deliveredCase();
    const id = await file(c.id, c.accusedId);
    at('2025-01-06T03:00:00Z');
    await answer(id, 'lightened', { sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    expect(examinationOverview(app.ctx, c.id).state).toBe('delivered');
    expect(steps(c.id).at(-1)?.reason).toBe('Keberatan diputus: diperingan (Nomor 800/7/2025 tanggal 6 Januari 2025)');
  });

  it('an annulled decision, the case\'s only SK, leaves no sanction: the case is finished', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await deliveredCase();
    const id = await file(c.id, c.accusedId);
    at('2025-01-06T03:00:00Z');
    await answer(id, 'annulled');
    expect(examinationOverview(app.ctx, c.id).state).toBe('closed');
    expect(steps(c.id).at(-1)).toEqual({ from: 'appeal', to: 'closed', action: 'appeal_annulled', reason: 'Keberatan diputus: dibatalkan (Nomor 800/7/2025 tanggal 6 Januari 2025); tidak ada hukuman yang berlaku' });
    expect(auditHistory(app.ctx.db, 'case', c.id).at(-1)?.action).toBe('workflow.appeal_annulled');
    // Closing leaves nothing to watch in "Perlu tindakan" but the notice to BKPSDM that the sanction ended on the annulment.
    expect(deadlines(c.id).filter((d) => d.status === 'open')).toEqual([{ rule: 'sanctionEnd', basis: '2025-01-06', due: '2025-01-06', status: 'open' }]);
  });

  it('with two accused the stage lasts until the last appeal is answered; one annulment among two SKs still leaves a sanction running', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await deliveredCase([{ name: 'Sri Wahyuni', nip: '199001012015032001' }]);
    const first = await file(c.id, c.accusedId);
    const second = await file(c.id, c.others[0]!);
    at('2025-01-06T03:00:00Z');
    await answer(first, 'annulled');
    expect(examinationOverview(app.ctx, c.id).state).toBe('appeal');
    // The button says why it cannot be taken yet.
    expect(examinationOverview(app.ctx, c.id).actions.find((a) => a.action === 'appeal_decided')).toMatchObject({ allowed: false, blockedKey: 'workflow.appealOpen' });
    await answer(second, 'upheld');
    expect(examinationOverview(app.ctx, c.id).state).toBe('delivered');
  });

  it('an answer recorded after the case was closed leaves its status alone', async () => {
    await start('2024-12-02T03:00:00Z');
    const c = await deliveredCase();
    const id = await file(c.id, c.accusedId);
    step(c.id, 'close');
    at('2025-01-06T03:00:00Z');
    await answer(id, 'upheld');
    expect(examinationOverview(app.ctx, c.id).state).toBe('closed');
  });
});
