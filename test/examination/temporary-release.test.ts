/**
 * Pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31): only when a heavy sanction is
 * likely, from the day the examination began, ordered by the direct superior (or the next higher
 * official) with a Plh named; it ends on the day the disciplinary decision (the SK) is set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { ReleaseView } from '../../shared/examination/release.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import type { Channel } from '../../shared/ipc/table.ts';
import { seedExam } from '../letters/seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-11-04T03:00:00Z'));
});
afterEach(() => app.close());

const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
const pdfText = async (f: PdfFile) => (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1');

const SUPERIOR = { title: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', prefix: '', name: 'Drs. Hendra Gunawan, M.M.', pangkat: 'Pembina Utama Muda', nip: '196805121994031007' };

/** A case in its report phase: hearings on 28 Oct (missed) and 1 Nov 2024, an LHP recommending release to a pelaksana post (heavy). */
function heavyCase(violationCodes = ['N-FASILITAS-NEGARA']) {
  const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, violationCodes }));
  const seeded = seedExam(app.ctx, caseId);
  // The decision comes later in these tests.
  app.ctx.db.prepare('DELETE FROM decisions WHERE case_id = ?').run(caseId);
  app.ctx.db.prepare("UPDATE cases SET status = 'report' WHERE id = ?").run(caseId);
  return { caseId, accusedId: seeded.accusedId };
}

const release = (caseId: number, accusedId: number, over: Record<string, unknown> = {}) => ({
  caseId,
  accusedId,
  startDate: '2024-11-04',
  reason: 'agar yang bersangkutan tidak mempengaruhi saksi',
  orderedBy: 'superior',
  signatory: SUPERIOR,
  plhName: 'Sri Handayani, S.Pd.',
  plhNip: '198203142006042009',
  plhJabatan: 'Kepala Seksi Kesiswaan',
  ...over,
});

describe('temporary release from duty', () => {
  it('is recorded for a likely heavy sanction from the examination on, audited, and printed as its own Keputusan signed by the superior', async () => {
    const { caseId, accusedId } = heavyCase();
    const saved = await call<ReleaseView>('examination:saveRelease', release(caseId, accusedId));
    expect(saved.likely).toEqual({ level: 'berat', source: 'lhp' });
    expect(saved.examinedFrom).toBe('2024-10-28');
    expect(saved.release).toMatchObject({ startDate: '2024-11-04', orderedBy: 'superior', plhName: 'Sri Handayani, S.Pd.', endDate: null, endedBySk: null });
    expect(app.ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'release.%'").all()).toEqual([{ action: 'release.create' }]);

    const issued = await call<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'release', subject: `accused:${accusedId}` });
    expect(issued.letter.number).toBe('800.1.6.4/1/PBS/2024');
    const text = await pdfText(issued.file);
    for (const s of ['KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', 'TENTANG PEMBEBASAN SEMENTARA DARI TUGAS JABATAN', 'telah diperiksa sejak tanggal 28 Oktober 2024',
      'terhitung mulai tanggal 4 November 2024 sampai dengan ditetapkannya keputusan hukuman disiplin', 'Sri Handayani, S.Pd.', 'sebagai Pelaksana Harian',
      'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil (Lembaran Negara', 'Drs. Hendra Gunawan, M.M.']) {
      expect(text, s).toContain(s);
    }

    // Printed: changed only after voiding the order.
    const before = dbFingerprint(app.ctx);
    const locked = await fail('examination:saveRelease', release(caseId, accusedId, { startDate: '2024-11-01' }));
    expect(locked.message).toBe('Pembebasan sementara ini sudah dicetak dalam keputusan nomor 800.1.6.4/1/PBS/2024. Batalkan (void) surat itu terlebih dahulu, lalu ubah catatannya.');
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('ends on the day the disciplinary SK is set, shown on the record; no release is recorded or printed after it', async () => {
    const { caseId, accusedId } = heavyCase();
    await call('examination:saveRelease', release(caseId, accusedId));
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    await call('examination:saveDecision', { expectedVersion: 0, caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    await call('letters:issue', { caseId, type: 'sk', subject: `accused:${accusedId}` });
    const [view] = await call<ReleaseView[]>('examination:releases', { caseId });
    expect(view!.release).toMatchObject({ startDate: '2024-11-04', endDate: '2024-11-04', endedBySk: '800.1.6.4/1/KEP/2024' });
    const late = await fail('examination:saveRelease', release(caseId, accusedId));
    expect(late.message).toBe('Keputusan hukuman disiplin sudah ditetapkan pada 2024-11-04: pembebasan sementara berakhir pada tanggal itu dan tidak dapat dicatat atau diubah lagi.');
    const letter = await fail('letters:issue', { caseId, type: 'release', subject: `accused:${accusedId}` });
    expect(letter.message).toContain('pembebasan sementara sudah berakhir');
  });

  it('is refused when no heavy sanction is likely: the decision, the LHP or the violations say medium', async () => {
    // Violations only (no LHP): a medium violation.
    const { id: medium } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, violationCodes: ['N-KAMPANYE'] }));
    app.ctx.db.prepare("UPDATE cases SET status = 'summons_1' WHERE id = ?").run(medium);
    const a = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(medium) as { id: number }).id;
    const byViolation = await fail('examination:saveRelease', release(medium, a));
    expect(byViolation.message).toBe(
      'Pembebasan sementara hanya untuk terlapor yang kemungkinan dijatuhi hukuman disiplin berat (PP 94/2021 Pasal 31 ayat (1)); untuk Budi Santoso tingkat yang diperkirakan adalah "sedang" (menurut tingkat pelanggaran).',
    );

    // A heavy violation, but the LHP recommends a medium sanction.
    const { caseId, accusedId } = heavyCase();
    app.ctx.db.prepare("UPDATE lhps SET recommended_sanction_code = 'PP94-SEDANG-TUKIN' WHERE case_id = ?").run(caseId);
    expect((await fail('examination:saveRelease', release(caseId, accusedId))).message).toContain('"sedang" (menurut rekomendasi LHP)');

    // The LHP says heavy, the recorded decision is medium: the decision counts.
    app.ctx.db.prepare("UPDATE lhps SET recommended_sanction_code = 'PP94-BERAT-PELAKSANA' WHERE case_id = ?").run(caseId);
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    await call('examination:saveDecision', { expectedVersion: 0, caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    app.ctx.db.prepare("UPDATE decisions SET level = 'sedang', sanction_code = 'PP94-SEDANG-TUKIN', duration_months = 6 WHERE case_id = ?").run(caseId);
    expect((await fail('examination:saveRelease', release(caseId, accusedId))).message).toContain('"sedang" (menurut keputusan)');
    expect(app.ctx.db.prepare("SELECT count(*) AS n FROM temporary_releases").get()).toEqual({ n: 0 });
  });

  it('starts no earlier than the examination, needs a Plh with a valid NIP, and only officials may record it', async () => {
    const { caseId, accusedId } = heavyCase();
    const early = await fail('examination:saveRelease', release(caseId, accusedId, { startDate: '2024-10-25' }));
    expect(early.fields).toEqual({ startDate: 'tanggal mulai tidak boleh sebelum pemeriksaan dimulai (2024-10-28)' });
    const noPlh = await fail('examination:saveRelease', release(caseId, accusedId, { plhName: '', plhNip: '123' }));
    expect(noPlh.code).toBe('INVALID_INPUT');
    expect(Object.keys(noPlh.fields ?? {}).sort()).toEqual(['plhName', 'plhNip']);

    const { id: unheard } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true }));
    app.ctx.db.prepare("UPDATE cases SET status = 'summons_1' WHERE id = ?").run(unheard);
    const a = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(unheard) as { id: number }).id;
    expect((await fail('examination:saveRelease', release(unheard, a))).message).toBe('Pembebasan sementara berlaku sejak yang bersangkutan diperiksa: belum ada jadwal pemeriksaan untuk Budi Santoso.');

    app.ctx.db.prepare("UPDATE cases SET status = 'registered' WHERE id = ?").run(caseId);
    expect((await fail('examination:saveRelease', release(caseId, accusedId))).code).toBe('CONFLICT');

    await addTestUser(app.ctx, 'petugas', 'clerk', { signIn: true });
    expect((await fail('examination:saveRelease', release(caseId, accusedId))).code).toBe('FORBIDDEN');
  });
});
