/**
 * Sanctions in force: the register lists delivered disciplinary sanctions by status on today's
 * date (upcoming, in force, ended) as they stand after an appeal; when a sanction ends, "Perlu
 * tindakan" asks for the notice to BKPSDM, and issuing that notice settles the entry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { needsAction } from '../../electron/main/deadlines/needs-action-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { decisionSaveSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { needsActionSchema } from '../../shared/deadlines/schemas.ts';
import type { SanctionsList } from '../../shared/sanctions/register.ts';
import type { Decision } from '../../shared/examination/types.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import type { Channel } from '../../shared/ipc/table.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now = new Date('2024-12-02T03:00:00Z');
afterEach(() => app.close());
const at = (iso: string) => {
  now = new Date(iso);
  app.ctx.session.lastActivity = now.getTime();
};
const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
const register = (status: string, search?: string) => call<SanctionsList>('sanctions:list', { status, ...(search ? { search } : {}) });
const endEntries = () => needsAction(app.ctx, needsActionSchema.parse({ soonWorkdays: 5 })).items.filter((i) => i.rule === 'sanctionEnd');

/** A decided, issued and delivered case: the SK dated 2 Dec 2024, received 4 Dec, in force from 19 Dec. */
async function delivered(sanctionCode: string, durationMonths: number | null, name = 'Budi Santoso', nip = '198609262015051001') {
  const violationCodes = sanctionCode === 'PP94-SEDANG-TUKIN' ? ['N-KAMPANYE-ATRIBUT'] : validCase.violationCodes;
  const accused = [{ ...validCase.accused[0], name, nip, positionClass: 'administrator' }];
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, accused, violationCodes, acknowledgeDuplicates: true }));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', sanctionCode, durationMonths }));
  at('2024-12-02T03:00:00Z');
  const { letter } = await issueLetter(app.ctx, { caseId: id, type: 'sk', subject: `accused:${accusedId}` });
  at('2024-12-04T03:00:00Z');
  await call<Decision>('examination:recordDelivery', { caseId: id, accusedId, deliveredOn: '2024-12-04', method: 'langsung', receivedBy: name, deliveredByName: 'Rudi Hartono', deliveredByJabatan: 'Kepala Subbagian Umum Inspektorat' });
  return { id, accusedId, sk: letter.number };
}

describe('the register of sanctions in force', () => {
  it('lists a delivered sanction as upcoming, in force, then ended, with its SK, deciding official and the dates delivery fixed', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const c = await delivered('PP94-BERAT-PELAKSANA', 12);
    // A decided but undelivered SK has no real dates: not in the register.
    await delivered('PP94-BERAT-TURUN-JABATAN', 12, 'Siti Aminah', '199001012019032002').then(() => undefined);
    app.ctx.db.prepare("UPDATE decisions SET delivered_on = NULL, effective_date = NULL, end_date = NULL WHERE accused_nip = '199001012019032002'").run();

    at('2024-12-10T03:00:00Z');
    const upcoming = await register('upcoming');
    expect(upcoming.total).toBe(1);
    expect(upcoming.rows[0]).toMatchObject({
      caseId: c.id, name: 'Budi Santoso', nip: '198609262015051001', sanctionCode: 'PP94-BERAT-PELAKSANA', level: 'berat', durationMonths: 12,
      skNumber: c.sk, skDate: '2024-12-02', deliveredOn: '2024-12-04', startDate: '2024-12-19', endDate: '2025-12-18', status: 'upcoming',
      decidedBy: { title: 'BUPATI CONTOH', name: 'NAMA BUPATI CONTOH' }, appeal: null, notice: null,
    });
    expect((await register('in_force')).total).toBe(0);

    at('2025-06-01T03:00:00Z');
    expect((await register('in_force')).rows.map((r) => r.status)).toEqual(['in_force']);
    // Its last day still counts as in force; the day after, it has ended.
    at('2025-12-18T03:00:00Z');
    expect((await register('in_force')).total).toBe(1);
    at('2025-12-19T03:00:00Z');
    expect((await register('in_force')).total).toBe(0);
    expect((await register('ended')).rows.map((r) => [r.name, r.status])).toEqual([['Budi Santoso', 'ended']]);
    expect((await register('all', '1986092')).total).toBe(1);
    expect((await register('all', 'aminah')).total).toBe(0);
  });

  it('counts a sanction without a period (a reprimand, a dismissal) as served the day it takes effect: never "in force" afterwards, no end notice', async () => {
    app = await tempApp(undefined, { clock: () => now });
    // A neutrality violation is at least medium, so the reprimand comes from a keberatan that lightened the decision.
    const reprimand = await delivered('PP94-SEDANG-TUKIN', 6);
    const dismissal = await delivered('PP94-BERAT-PDHTAPS', null, 'Siti Aminah', '199001012019032002');
    const filed = await call<Decision>('examination:fileAppeal', { caseId: reprimand.id, accusedId: reprimand.accusedId, kind: 'keberatan', filedOn: '2024-12-04', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' });
    at('2024-12-10T03:00:00Z');
    await call('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'lightened', outcomeNumber: '800/2/2024', outcomeDate: '2024-12-10', sanctionCode: 'PP94-RINGAN-TERTULIS', durationMonths: null });
    const statuses = async (status: string) => (await register(status)).rows.map((r) => [r.caseId, r.status]);

    at('2024-12-18T03:00:00Z');
    expect(await statuses('upcoming')).toEqual([[reprimand.id, 'upcoming'], [dismissal.id, 'upcoming']]);
    // From the day it takes effect it is complete: not counted in force, listed as ended.
    at('2024-12-19T03:00:00Z');
    expect((await register('in_force')).total).toBe(0);
    expect((await register('upcoming')).total).toBe(0);
    const ended = await register('ended');
    expect(ended.total).toBe(2);
    expect(ended.rows.map((r) => [r.caseId, r.status, r.endDate])).toEqual([[reprimand.id, 'ended', null], [dismissal.id, 'ended', null]]);
    at('2026-01-05T03:00:00Z');
    expect((await register('in_force')).total).toBe(0);
    expect((await register('all')).rows.map((r) => r.status)).toEqual(['ended', 'ended']);
    // Nothing ends later, so no notice to BKPSDM is asked for or can be issued.
    expect(endEntries()).toEqual([]);
    expect((await fail('letters:issue', { caseId: reprimand.id, type: 'endnotice', subject: `accused:${reprimand.accusedId}` })).message).toContain('tidak berjangka waktu');
  });

  it('shows the sanction an appeal put in place of the decided one, and its new end', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const c = await delivered('PP94-BERAT-TURUN-JABATAN', 12);
    const filed = await call<Decision>('examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2024-12-04', addressedTo: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' });
    at('2025-01-06T03:00:00Z');
    await call('examination:appealOutcome', { id: filed.appeals[0]!.id, outcome: 'lightened', outcomeNumber: '800/2/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });
    const [row] = (await register('in_force')).rows;
    expect(row).toMatchObject({ sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6, endDate: '2025-06-18', appeal: { outcome: 'lightened', number: '800/2/2025', date: '2025-01-06' } });
    expect(row!.sanctionTitle).toContain('tunjangan kinerja');
  });

  it('asks in Perlu tindakan for the notice when the sanction ends (even after the case is closed); issuing the notice settles it', async () => {
    app = await tempApp(undefined, { clock: () => now });
    const c = await delivered('PP94-SEDANG-TUKIN', 6);
    // No notice is due for a dismissal, which has no period.
    await delivered('PP94-BERAT-PDHTAPS', null, 'Siti Aminah', '199001012019032002');
    expect(app.ctx.db.prepare("SELECT case_id AS caseId, basis_date AS basis, due_date AS due, status FROM deadlines WHERE rule_id = 'sanctionEnd'").all()).toEqual([
      { caseId: c.id, basis: '2025-06-18', due: '2025-06-18', status: 'open' },
    ]);
    at('2025-01-10T03:00:00Z');
    transition(app.ctx, transitionSchema.parse({ caseId: c.id, action: 'deliver' }));
    transition(app.ctx, transitionSchema.parse({ caseId: c.id, action: 'close', reason: 'Selesai' }));
    expect(endEntries()).toEqual([]);

    // Before its end the notice cannot be issued; on the end date the entry is due.
    at('2025-06-16T03:00:00Z');
    expect((await fail('letters:issue', { caseId: c.id, type: 'endnotice', subject: `accused:${c.accusedId}` })).message).toContain('hukuman disiplin terlapor ini baru berakhir pada 2025-06-18');
    at('2025-06-18T03:00:00Z');
    expect(endEntries()).toMatchObject([{ caseId: c.id, subjectType: 'decision', subjectId: c.accusedId, dueDate: '2025-06-18', state: 'dueSoon', daysLeft: 0 }]);

    at('2025-06-20T03:00:00Z');
    expect(endEntries()[0]!.state).toBe('overdue');
    const { letter, file } = await call<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId: c.id, type: 'endnotice', subject: `accused:${c.accusedId}` });
    expect(letter.number).toBe('800.1.6.4/1/PBHD/INSP/2025');
    expect(endEntries()).toEqual([]);
    const [row] = (await register('ended')).rows;
    expect(row!.notice).toEqual({ number: letter.number, date: '2025-06-20' });
    const text = (await extractPdfText(Buffer.from(file.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1');
    for (const s of ['Pemberitahuan Berakhirnya Hukuman Disiplin', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh', `Nomor ${c.sk} tanggal 2 Desember 2024`,
      'mulai berlaku pada tanggal 19 Desember 2024 dan telah berakhir pada tanggal 18 Juni 2025', 'Sistem Informasi ASN (SIASN)', 'NAMA INSPEKTUR CONTOH']) {
      expect(text, s).toContain(s);
    }
    // Voiding the notice (to correct it) brings the entry back: the personnel unit has not been told yet.
    await call('letters:void', { id: letter.id, reason: 'Salah alamat unit kepegawaian' });
    expect(endEntries()).toMatchObject([{ caseId: c.id, subjectId: c.accusedId, dueDate: '2025-06-18', state: 'overdue' }]);
  });

  it('is read by clerks, officials and administrators; examiners and viewers are refused', async () => {
    app = await tempApp(undefined, { clock: () => now });
    await addTestUser(app.ctx, 'petugas', 'clerk', { signIn: true });
    expect((await register('all')).total).toBe(0);
    expect((await fail('sanctions:list', { status: 'soon' })).code).toBe('INVALID_INPUT');
    await addTestUser(app.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect((await fail('sanctions:list', { status: 'all' })).code).toBe('FORBIDDEN');
  });
});
