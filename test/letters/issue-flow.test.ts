/**
 * The issue flow on a real database: missing data named, numbers gap-free per register
 * and year (also when issued concurrently), frozen bytes and reprints, void with the
 * number kept, verification by number, QR text and file, and nothing half-written on failure.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { IssuedLetter, LetterOption, VerifyResult } from '../../shared/letters/issued.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { uploadBuffer } from '../support/dispatch.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { seedExam } from './seed-exam.ts';
import type { SeededExam } from './seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let caseId: number;
let seeded: SeededExam;

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(app.ctx, handlers, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

async function fail(channel: string, payload: unknown) {
  const r = await dispatch(app.ctx, handlers, channel, payload);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error;
}

const pdfText = async (file: PdfFile) => (await extractPdfText(Buffer.from(file.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ');

beforeEach(async () => {
  app = await tempApp();
  caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
});
afterEach(() => app.close());

describe('letters of a case without examination data', () => {
  it('names what is missing, in Indonesian, and writes nothing', async () => {
    const before = dbFingerprint(app.ctx);
    const e = await fail('letters:issue', { caseId, type: 'summons1' });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('Surat Panggilan I belum dapat dibuat: jadwal pemeriksaan belum dibuat.');
    expect((await fail('letters:draft', { caseId, type: 'sk' })).message).toContain('keputusan hukuman disiplin terlapor ini belum diisi');
    expect((await fail('letters:draft', { caseId, type: 'order' })).message).toContain('tim pemeriksa belum ditetapkan');
    expect(dbFingerprint(app.ctx)).toBe(before);
    const options = await ok<LetterOption[]>('letters:options', { id: caseId });
    expect(options.find((o) => o.type === 'receipt')?.ready).toBe(true);
    expect(options.find((o) => o.type === 'bap')?.missing).toContain('jadwal pemeriksaan belum dibuat');
  });

  it('rejects a malformed request before anything runs', async () => {
    expect((await fail('letters:issue', { caseId, type: 'kop' })).code).toBe('INVALID_INPUT');
    expect((await fail('letters:issue', { caseId, type: 'sk', subject: '../etc/passwd' })).code).toBe('INVALID_INPUT');
    expect((await fail('letters:void', { id: 1, reason: 'x' })).message).toContain('minimal 5 karakter');
  });
});

describe('issue, reprint, void, verify', () => {
  beforeEach(() => {
    seeded = seedExam(app.ctx, caseId);
  });

  it('issues every letter type from the case data with the number and date in the PDF', async () => {
    const subjects: Record<string, string> = {
      receipt: '', order: '', summons1: `session:${seeded.session1}`, summons2: `session:${seeded.session2}`, bap: `session:${seeded.session2}`,
      lhp: `accused:${seeded.accusedId}`, sk: `accused:${seeded.accusedId}`,
    };
    for (const [type, subject] of Object.entries(subjects)) {
      const { letter, file } = await ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type, subject });
      const text = await pdfText(file);
      expect(text.replace(/([-/]) /g, '$1'), type).toContain(letter.number);
      expect(text, type).toContain(`Verifikasi Sipena: ${letter.contentHash.slice(0, 16)}`);
      expect(letter.sha256).toBe(createHash('sha256').update(Buffer.from(file.pdfBase64, 'base64')).digest('hex'));
    }
    const sk = (await ok<IssuedLetter[]>('letters:list', { caseId, type: 'sk' }))[0]!;
    const skText = await pdfText(await ok<PdfFile>('letters:pdf', { id: sk.id }));
    expect(skText).toContain('PEMBEBASAN DARI JABATANNYA MENJADI JABATAN PELAKSANA');
    // The SK cites the LHP issued before it, and summons II the summons I.
    const lhp = (await ok<IssuedLetter[]>('letters:list', { caseId, type: 'lhp' }))[0]!;
    expect(skText.replace(/([-/]) /g, '$1')).toContain(`Laporan Hasil Pemeriksaan Nomor ${lhp.number}`);
    // The summary draft lists what was issued.
    const summary = await pdfText(await ok<PdfFile>('letters:draft', { caseId, type: 'summary' }));
    expect(summary).toContain('Keputusan Hukuman Disiplin');
    // The status in words, never the workflow's internal code (a case awaiting its decision).
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    const decided = await pdfText(await ok<PdfFile>('letters:draft', { caseId, type: 'summary' }));
    expect(decided).toMatch(/Status :? ?Keputusan/);
    expect(decided).not.toMatch(/Status :? ?decision/);
    expect((await fail('letters:issue', { caseId, type: 'summary' })).message).toContain('tidak diberi nomor');
  });

  it('numbers are gap-free per register and year, also when issued concurrently', async () => {
    // Six different letters sharing one register, issued at once.
    const settings = await ok<Record<string, unknown>>('letters:settings', {});
    const { logoFile: _logo, version, ...rest } = settings;
    const shared = { template: '800/{seq}/SP/INSP/{year}', register: 'sp' };
    await ok('letters:saveSettings', { ...rest, expectedVersion: version, numbering: { ...(rest.numbering as object), summons1: shared, summons2: shared, bap: shared, lhp: shared, sk: shared, receipt: shared } });
    const reqs = [
      { type: 'summons1', subject: `session:${seeded.session1}` },
      { type: 'summons2', subject: `session:${seeded.session2}` },
      { type: 'bap', subject: `session:${seeded.session2}` },
      { type: 'lhp', subject: `accused:${seeded.accusedId}` },
      { type: 'sk', subject: `accused:${seeded.accusedId}` },
      { type: 'receipt', subject: '' },
    ];
    const results = await Promise.all(reqs.map((r) => ok<{ letter: IssuedLetter }>('letters:issue', { caseId, ...r })));
    expect(results.map((r) => r.letter.number).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `800/${n}/SP/INSP/2024`).sort());
    // Another register has its own sequence.
    const order = await ok<{ letter: IssuedLetter }>('letters:issue', { caseId, type: 'order' });
    expect(order.letter.number).toBe('800/1/SPT/INSP/2024');
  });

  it('reprints the exact frozen bytes and refuses to change or delete them', async () => {
    const { letter, file } = await ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'order' });
    const again = await ok<PdfFile>('letters:pdf', { id: letter.id });
    expect(again.pdfBase64).toBe(file.pdfBase64);
    expect(() => app.ctx.db.prepare("UPDATE issued_letters SET pdf = x'00' WHERE id = ?").run(letter.id)).toThrow(/frozen/);
    expect(() => app.ctx.db.prepare('UPDATE issued_letters SET number = ? WHERE id = ?').run('X', letter.id)).toThrow(/frozen/);
    expect(() => app.ctx.db.prepare('DELETE FROM issued_letters WHERE id = ?').run(letter.id)).toThrow(/cannot be deleted/);
  });

  it('voids with a reason; the number stays used and verification says void', async () => {
    const first = await ok<{ letter: IssuedLetter }>('letters:issue', { caseId, type: 'order' });
    const voided = await ok<IssuedLetter>('letters:void', { id: first.letter.id, reason: 'Salah susunan tim pemeriksa' });
    expect(voided.status).toBe('void');
    expect(voided.voidReason).toBe('Salah susunan tim pemeriksa');
    expect((await fail('letters:void', { id: first.letter.id, reason: 'sekali lagi' })).message).toContain('sudah dibatalkan');
    const second = await ok<{ letter: IssuedLetter }>('letters:issue', { caseId, type: 'order' });
    expect(second.letter.number).toBe('800/2/SPT/INSP/2024');
    expect((await ok<VerifyResult>('letters:verify', { text: first.letter.number })).verdict).toBe('void');
    const audit = app.ctx.db.prepare("SELECT action, reason FROM audit_log WHERE entity = 'letter' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'letter.issue', reason: null },
      { action: 'letter.void', reason: 'Salah susunan tim pemeriksa' },
      { action: 'letter.issue', reason: null },
    ]);
  });

  it('verifies by number, by QR text and by file, and catches tampering', async () => {
    const { letter, file } = await ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'lhp', subject: `accused:${seeded.accusedId}` });
    const qr = `SIPENA1|${letter.number}|${letter.letterDate}|${letter.contentHash.slice(0, 16)}`;
    expect((await ok<VerifyResult>('letters:verify', { text: letter.number })).verdict).toBe('valid');
    expect((await ok<VerifyResult>('letters:verify', { text: qr })).verdict).toBe('valid');
    expect((await ok<VerifyResult>('letters:verify', { uploadId: await uploadBuffer(app.ctx, 'verify', 'surat.pdf', Buffer.from(file.pdfBase64, 'base64')) })).verdict).toBe('valid');
    const forged = await ok<VerifyResult>('letters:verify', { text: qr.replace(/\|[0-9a-f]{16}$/, '|ffffffffffffffff') });
    expect(forged.verdict).toBe('mismatch');
    expect(forged.problems.join(' ')).toContain('kode verifikasi pada QR berbeda');
    const edited = Buffer.from(file.pdfBase64, 'base64');
    edited.writeUInt8(edited.readUInt8(edited.length - 10) ^ 1, edited.length - 10);
    expect((await ok<VerifyResult>('letters:verify', { uploadId: await uploadBuffer(app.ctx, 'verify', 'surat.pdf', edited) })).verdict).toBe('unknown');
    expect((await ok<VerifyResult>('letters:verify', { text: '999/9/XX/2024' })).verdict).toBe('unknown');
    // A row altered behind the app's back (triggers dropped) no longer verifies.
    app.ctx.db.exec('DROP TRIGGER issued_letters_frozen');
    app.ctx.db.prepare("UPDATE issued_letters SET input_json = input_json || ' ' WHERE id = ?").run(letter.id);
    const tampered = await ok<VerifyResult>('letters:verify', { text: letter.number });
    expect(tampered.verdict).toBe('mismatch');
    expect(tampered.problems.join(' ')).toContain('data surat yang tersimpan');
  });

  it('a number clash (template edited into an old number) consumes nothing and writes nothing', async () => {
    await ok('letters:issue', { caseId, type: 'order' });
    const settings = await ok<Record<string, unknown>>('letters:settings', {});
    const { logoFile: _logo, version, ...rest } = settings;
    // Point summons I at the order's register and template: its next number already exists.
    await ok('letters:saveSettings', { ...rest, expectedVersion: version, numbering: { ...(rest.numbering as object), summons1: { template: '800/{seq}/SPT/INSP/{year}', register: 'x' } } });
    const before = dbFingerprint(app.ctx);
    const e = await fail('letters:issue', { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
    expect(e.message).toContain('Nomor 800/1/SPT/INSP/2024 sudah dipakai');
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});
