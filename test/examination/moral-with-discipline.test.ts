/**
 * Moral and disciplinary together: one case can carry both a moral sanction (PP 42/2004
 * Pasal 15, by the PPK) and a disciplinary sanction (by the PyBM), each with its own letter
 * and number.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { MoralSanction } from '../../shared/examination/moral.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { callAs, callFail } from '../support/dispatch.ts';
import type { Channel } from '../../shared/ipc/table.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-12-02T03:00:00Z'));
});
afterEach(() => app.close());

const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
const fail = (channel: string, payload: unknown) => callFail(app.ctx, channel as Channel, payload);
const text = async (f: PdfFile, name: string) => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${name}.pdf`, Buffer.from(f.pdfBase64, 'base64'));
  return (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1');
};

describe('a moral sanction next to a disciplinary one', () => {
  it('is recorded after the disciplinary decision, and each prints as its own letter with its own number', async () => {
    const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, violationCodes: ['N-MEDSOS-DUKUNGAN', 'E-MEDSOS-INTERAKSI'], accused: [{ ...validCase.accused[0], positionClass: 'administrator' }] }));
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(caseId) as { id: number }).id;
    const moral = { caseId, accusedId, sanctionCode: 'PP42-MORAL-TERBUKA', announcedAt: 'apel pagi Sekretariat Daerah' };

    const early = await fail('examination:saveMoral', moral);
    expect(early.message).toBe('Sanksi moral di samping hukuman disiplin dicatat setelah keputusan hukuman disiplin Budi Santoso dicatat.');

    await call('examination:saveDecision', { expectedVersion: 0, caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    const saved = await call<MoralSanction>('examination:saveMoral', moral);
    expect(saved).toMatchObject({ sanctionCode: 'PP42-MORAL-TERBUKA', announcedAt: 'apel pagi Sekretariat Daerah', signatory: { title: 'BUPATI CONTOH', name: 'NAMA BUPATI CONTOH' } });
    expect(await call<MoralSanction[]>('examination:morals', { caseId })).toHaveLength(1);
    expect(app.ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'moral.%'").all()).toEqual([{ action: 'moral.create' }]);

    const subject = `accused:${accusedId}`;
    const sk = await call<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'sk', subject });
    const st = await call<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'moral', subject });
    expect([sk.letter.number, st.letter.number]).toEqual(['800.1.6.4/1/KEP/2024', '800.1.6.4/1/PSM/2024']);
    const skText = await text(sk.file, 'sk-with-moral');
    expect(skText).toContain('PEMBEBASAN DARI JABATANNYA MENJADI JABATAN PELAKSANA');
    expect(skText).toContain('Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil;');
    const moralText = await text(st.file, 'moral-with-discipline');
    for (const s of ['PERNYATAAN SANKSI MORAL SECARA TERBUKA', 'Nomor: 800.1.6.4/1/PSM/2024', 'Bupati Contoh selaku Pejabat Pembina Kepegawaian', 'melalui apel pagi Sekretariat Daerah',
      'Sanksi moral ini dijatuhkan di samping hukuman disiplin atas perbuatan yang sama, yang ditetapkan dengan keputusan tersendiri.', 'BUPATI CONTOH, NAMA BUPATI CONTOH']) {
      expect(moralText).toContain(s);
    }

    // Printed: changed only after voiding the statement.
    const before = dbFingerprint(app.ctx);
    const locked = await fail('examination:saveMoral', { ...moral, sanctionCode: 'PP42-MORAL-TERTUTUP' });
    expect(locked.message).toBe('Keputusan ini sudah dicetak dalam surat nomor 800.1.6.4/1/PSM/2024. Batalkan (void) surat itu terlebih dahulu, lalu ubah keputusannya.');
    expect(dbFingerprint(app.ctx)).toBe(before);

    await addTestUser(app.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect((await fail('examination:saveMoral', moral)).code).toBe('FORBIDDEN');
  });
});
