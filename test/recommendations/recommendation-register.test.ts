/**
 * The recommendation register through the real services and dispatcher: a Bawaslu letter
 * naming three employees, cases created or linked per employee, each employee's status
 * following the case (decided once its SK is issued), "not followed" recorded with a reason,
 * the follow-up deadline on the office's working-day calendar, the dashboard's overdue list,
 * the reply letter with the issued SKs attached, the export, and the roles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { setRule } from '../../electron/main/deadlines/rule-settings.ts';
import { needsAction } from '../../electron/main/deadlines/needs-action-service.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { needsActionSchema } from '../../shared/deadlines/schemas.ts';
import { deadlineRuleUpdateSchema } from '../../shared/deadlines/schemas.ts';
import type { OverdueRecommendations, RecommendationDetail, RecommendationSummary } from '../../shared/recommendations/schemas.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { TableFile } from '../../shared/reports/table-export.ts';
import type { Channel } from '../../shared/ipc/table.ts';
import { addTestUser, signInAs, tempApp, validCase } from '../support/temp-app.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import { decidedCase } from '../support/decided-case.ts';
import { extractPdfText } from '../support/pdf-text.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now = new Date('2024-11-04T03:00:00Z');
beforeEach(() => {
  now = new Date('2024-11-04T03:00:00Z');
});
afterEach(() => app.close());
const at = (iso: string) => {
  now = new Date(iso);
  app.ctx.session.lastActivity = now.getTime();
};
const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);

const BUDI = { name: 'Budi Santoso', nip: '198609262015051001' };
const SITI = { name: 'Siti Aminah', nip: '199001012019032002' };
const AGUS = { name: 'Agus Prasetyo', nip: '197805122006041003' };

const letter = (employees: { name: string; nip: string }[], extra: Record<string, unknown> = {}) => ({
  issuer: 'bawaslu_kabupaten',
  issuerName: 'Bawaslu Kabupaten Contoh',
  letterNumber: '045/PP.01.02/K.JT-12/10/2024',
  letterDate: '2024-10-28',
  receivedDate: '2024-10-30',
  subject: 'Rekomendasi pelanggaran netralitas ASN',
  employees: employees.map((e) => ({ ...e, employmentType: 'PNS', jabatan: 'Guru', unitKerja: 'SMPN 1 Contoh', violationCode: 'N-FASILITAS-NEGARA', sanctionCode: 'PP94-BERAT-PELAKSANA' })),
  ...extra,
});

const detail = (id: number) => call<RecommendationDetail>('recommendations:get', { id });

describe('the recommendation register', () => {
  it('files a KemenPANRB recommendation\'s case under KemenPANRB, not as the office\'s own finding', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI], { issuer: 'kemenpanrb', issuerName: 'Kementerian PANRB', letterNumber: 'B/123/KEMENPANRB/2024' }));
    const made = await call<{ created: { caseId: number }[] }>('recommendations:createCases', { recommendationId: id, incidentDate: '2024-10-20' });
    const c = app.ctx.db.prepare('SELECT source, source_kind AS kind FROM cases WHERE id = ?').get(made.created[0]!.caseId);
    expect(c).toEqual({ source: 'kemenpanrb', kind: 'recommendation' });
    expect((await call<{ total: number }>('cases:list', { source: 'kemenpanrb' })).total).toBe(1);
  });

  it('registers a letter naming three employees, creates one linked case each, and derives each status from the case', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI, SITI, AGUS]));
    let d = await detail(id);
    expect(d.employees.map((e) => [e.name, e.status, e.caseId])).toEqual([
      ['Budi Santoso', 'pending', null],
      ['Siti Aminah', 'pending', null],
      ['Agus Prasetyo', 'pending', null],
    ]);
    // Default rule: 14 calendar days from receipt, marked to verify.
    expect(d.dueDate).toBe('2024-11-13');
    expect(d.rule).toMatchObject({ value: 14, unit: 'days', unverified: true });
    expect(d.employees[0]!.violationTitle).toContain('fasilitas negara');
    expect(d.employees[0]!.sanctionTitle).toContain('pembebasan dari jabatannya');

    const made = await call<{ created: { itemId: number; caseId: number; registerNo: string }[] }>('recommendations:createCases', { recommendationId: id, incidentDate: '2024-10-20', incidentPlace: 'Balai Desa Sukamaju' });
    expect(made.created).toHaveLength(3);
    const c1 = app.ctx.db.prepare('SELECT source, source_kind AS kind, source_ref AS ref, chronology FROM cases WHERE id = ?').get(made.created[0]!.caseId) as Record<string, string>;
    expect(c1).toMatchObject({ source: 'bawaslu', kind: 'recommendation', ref: '045/PP.01.02/K.JT-12/10/2024' });
    expect(c1.chronology).toContain('Bawaslu Kabupaten Contoh');
    d = await detail(id);
    expect(d.employees.map((e) => e.status)).toEqual(['pending', 'pending', 'pending']);
    expect(d.employees.every((e) => e.registerNo !== null)).toBe(true);
    // The status follows the case: once examination starts, the employee is "in examination".
    app.ctx.db.prepare("UPDATE cases SET status = 'summons_1' WHERE id = ?").run(made.created[1]!.caseId);
    expect((await detail(id)).employees[1]!.status).toBe('in_examination');
    // Nothing left to create.
    expect((await fail('recommendations:createCases', { recommendationId: id, incidentDate: '2024-10-20' })).message).toContain('sudah punya kasus');
    // The same letter again is refused.
    expect((await fail('recommendations:create', letter([BUDI]))).message).toContain('sudah tercatat');
    // "Perlu tindakan" follows linked cases in the register only (one due date per employee); an unlinked Bawaslu case keeps its entry.
    const plain = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true }));
    at('2024-11-25T03:00:00Z');
    const entries = needsAction(app.ctx, needsActionSchema.parse({})).items.filter((i) => i.rule === 'recommendationFollowUp');
    expect(entries.map((i) => i.caseId)).toEqual([plain.id]);
  });

  it('links an existing decided case: decided with its SK; not followed is recorded with a reason, guarded by the version', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const decided = await decidedCase(app.ctx, 'PP94-BERAT-PELAKSANA', 12, BUDI);
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI, SITI]));
    let d = await detail(id);
    // A case that does not name the employee cannot be linked.
    expect((await fail('recommendations:linkCase', { itemId: d.employees[1]!.id, caseId: decided.id, expectedVersion: d.employees[1]!.version })).message).toContain('tidak menyebut Siti Aminah');
    d = await call<RecommendationDetail>('recommendations:linkCase', { itemId: d.employees[0]!.id, caseId: decided.id, expectedVersion: d.employees[0]!.version });
    expect(d.employees[0]).toMatchObject({ status: 'decided', caseId: decided.id, decision: { skNumber: decided.skNumber, skDate: '2024-11-04' } });
    expect(d.employees[0]!.decision!.sanctionTitle).toContain('selama 12 bulan');
    const audit = app.ctx.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'case' AND entity_id = ? AND action = 'recommendation.link'").pluck().get(String(decided.id));
    expect(audit).toBe(1);

    const siti = d.employees[1]!;
    d = await call<RecommendationDetail>('recommendations:setNotFollowed', { itemId: siti.id, notFollowed: true, reason: 'Yang bersangkutan telah pensiun sebelum rekomendasi diterima.', expectedVersion: siti.version });
    expect(d.employees[1]).toMatchObject({ status: 'not_followed', notFollowedReason: 'Yang bersangkutan telah pensiun sebelum rekomendasi diterima.', notFollowedBy: 'admin' });
    // A form from before that change is refused, naming who made it.
    const stale = await fail('recommendations:setNotFollowed', { itemId: siti.id, notFollowed: false, reason: 'Keliru dicatat.', expectedVersion: siti.version });
    expect(stale.code).toBe('STALE');
    // A decided employee cannot be marked not followed.
    expect((await fail('recommendations:setNotFollowed', { itemId: d.employees[0]!.id, notFollowed: true, reason: 'x', expectedVersion: d.employees[0]!.version })).message).toContain(decided.skNumber);
  });

  it('counts the follow-up deadline on the working-day calendar when the office sets working days: a holiday inside the window moves it', async () => {
    app = await tempApp(new Date('2024-12-20T03:00:00Z'));
    const rule = deadlineRuleUpdateSchema.parse({ ruleId: 'recommendationFollowUp', value: 5, unit: 'workdays', mode: 'atMost', reason: 'Pedoman kantor: 5 hari kerja', expectedVersion: 0 });
    setRule(app.ctx, rule);
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI], { letterDate: '2024-12-19', receivedDate: '2024-12-20' }));
    // Fri 20 Dec: Mon 23, Tue 24, (Wed 25 Natal and Thu 26 cuti bersama skipped), Fri 27, Mon 30, Tue 31.
    const d = await detail(id);
    expect(d.dueDate).toBe('2024-12-31');
    expect(d.rule).toMatchObject({ value: 5, unit: 'workdays' });
    // Without the two holidays it would have been Friday 27 December.
    app.ctx.db.prepare("DELETE FROM holidays WHERE date IN ('2024-12-25', '2024-12-26')").run();
    expect((await detail(id)).dueDate).toBe('2024-12-27');
  });

  it('lists overdue recommendations for the dashboard, filters the list, and exports it', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await decidedCase(app.ctx, 'PP94-BERAT-PELAKSANA', 12, BUDI);
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI, SITI, AGUS]));
    const d = await detail(id);
    await call('recommendations:linkCase', { itemId: d.employees[0]!.id, caseId: 1, expectedVersion: d.employees[0]!.version });
    await call('recommendations:create', { ...letter([{ name: 'Dewi Lestari', nip: '199203142020122001' }]), issuer: 'bkn', issuerName: '', letterNumber: 'BKN/1/2024', receivedDate: '2024-11-04', letterDate: '2024-11-01' });

    // On the due date nothing is late yet.
    at('2024-11-13T03:00:00Z');
    expect((await call<OverdueRecommendations>('recommendations:overdue', {})).items).toEqual([]);
    // The BKN letter, received 4 November, is due 18 November.
    at('2024-11-15T03:00:00Z');
    const late = await call<OverdueRecommendations>('recommendations:overdue', {});
    expect(late.items).toHaveLength(1);
    expect(late.items[0]).toMatchObject({ id, dueDate: '2024-11-13', daysLate: 2 });
    expect(late.items[0]!.employees.map((e) => e.name)).toEqual(['Siti Aminah', 'Agus Prasetyo']);

    const all = await call<RecommendationSummary[]>('recommendations:list', {});
    expect(all.map((r) => r.issuerName)).toEqual(['Badan Kepegawaian Negara', 'Bawaslu Kabupaten Contoh']);
    expect((await call<RecommendationSummary[]>('recommendations:list', { overdueOnly: true })).map((r) => r.id)).toEqual([id]);
    expect((await call<RecommendationSummary[]>('recommendations:list', { issuer: 'bkn' })).map((r) => r.letterNumber)).toEqual(['BKN/1/2024']);
    expect((await call<RecommendationSummary[]>('recommendations:list', { search: '199001012019032002' })).map((r) => r.id)).toEqual([id]);
    expect((await call<RecommendationSummary[]>('recommendations:list', { status: 'decided' })).map((r) => r.id)).toEqual([id]);

    const file = await call<TableFile>('recommendations:export', { format: 'xlsx' });
    expect(file.rows).toBe(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.fileBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const siti = rows.find((r) => r.includes('Siti Aminah'))!;
    expect(siti).toContain('199001012019032002');
    expect(siti).toContain('Belum ditangani (lewat batas)');
    expect(rows.find((r) => r.includes('Budi Santoso'))).toContain('Sudah diputus');
  });

  it('issues the reply letter listing the decision with its SK, with the issued SK attached, once', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const decided = await decidedCase(app.ctx, 'PP94-BERAT-PELAKSANA', 12, BUDI);
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI, SITI]));
    let d = await detail(id);
    // Nothing linked or decided yet: nothing to report.
    expect((await fail('recommendations:issueReply', { id })).message).toContain('Belum ada yang dapat dilaporkan');
    await call('recommendations:linkCase', { itemId: d.employees[0]!.id, caseId: decided.id, expectedVersion: d.employees[0]!.version });
    at('2024-11-06T03:00:00Z');
    const { letter: issued, file } = await call<{ letter: IssuedLetter; file: PdfFile }>('recommendations:issueReply', { id });
    expect(issued).toMatchObject({ type: 'followup', number: '700/1/LTL/INSP/2024', subject: `recommendation:${id}`, caseId: decided.id });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/followup-reply.pdf', Buffer.from(file.pdfBase64, 'base64'));
    const pages = await extractPdfText(Buffer.from(file.pdfBase64, 'base64'));
    const letterText = pages[0]!.replace(/\s+/g, ' ');
    expect(letterText).toContain('Laporan Tindak Lanjut Rekomendasi');
    expect(letterText).toContain('045/PP.01.02/K.JT-12/10/2024');
    expect(letterText.replace(/\s/g, '')).toContain(decided.skNumber.replace(/\s/g, ''));
    expect(letterText).toContain('Ketua Bawaslu Kabupaten Contoh');
    // The issued SK follows the letter: its own pages, as issued.
    const sk = app.ctx.db.prepare("SELECT pdf FROM issued_letters WHERE type = 'sk'").pluck().get() as Buffer;
    const skPages = await extractPdfText(sk);
    expect(pages.slice(-skPages.length)).toEqual(skPages);
    expect(pages.length).toBeGreaterThan(skPages.length);
    d = await detail(id);
    expect(d.reply).toMatchObject({ number: '700/1/LTL/INSP/2024', date: '2024-11-06' });
    // One valid reply per recommendation.
    expect((await fail('recommendations:issueReply', { id })).code).toBe('ALREADY_ISSUED');
    // Reprint gives the stored bytes.
    expect((await call<PdfFile>('letters:pdf', { id: issued.id })).pdfBase64).toBe(file.pdfBase64);
    // The case letters screen does not offer it.
    expect((await fail('letters:issue', { caseId: decided.id, type: 'followup', subject: '' })).message).toContain('register rekomendasi');
  });

  it('enforces the roles in main: viewers read, clerks register, officials record not followed and issue the reply', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const { id } = await call<{ id: number }>('recommendations:create', letter([BUDI]));
    const d = await detail(id);
    const viewer = await addTestUser(app.ctx, 'lihat', 'viewer');
    const clerk = await addTestUser(app.ctx, 'petugas', 'clerk');
    signInAs(app.ctx, viewer);
    expect((await call<RecommendationSummary[]>('recommendations:list', {})).length).toBe(1);
    expect((await fail('recommendations:create', letter([SITI], { letterNumber: 'X/2' }))).code).toBe('FORBIDDEN');
    signInAs(app.ctx, clerk);
    await call('recommendations:create', letter([SITI], { letterNumber: 'X/2' }));
    expect((await fail('recommendations:setNotFollowed', { itemId: d.employees[0]!.id, notFollowed: true, reason: 'alasan', expectedVersion: 1 })).code).toBe('FORBIDDEN');
    expect((await fail('recommendations:issueReply', { id })).code).toBe('FORBIDDEN');
    // Payloads are validated: a received date before the letter, a duplicate NIP, an unknown code.
    const bad = await fail('recommendations:create', { ...letter([BUDI, BUDI], { letterNumber: 'X/3', receivedDate: '2024-10-01' }) });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(Object.keys(bad.fields ?? {})).toEqual(expect.arrayContaining(['receivedDate', 'employees.1.nip']));
    const unknown = await fail('recommendations:create', letter([{ name: 'X Y', nip: SITI.nip }], { letterNumber: 'X/4', employees: [{ name: 'X Y', nip: SITI.nip, employmentType: 'PNS', violationCode: 'NOPE' }] }));
    expect(unknown.fields).toMatchObject({ 'employees.0.violationCode': expect.any(String) });
  });
});
