/**
 * Reporter confidentiality on letters: a case from a
 * named public complainant goes through every letter type, issued from the real database
 * rows, and neither the reporter's name nor any part of the contact may appear in the
 * text of a letter (pdf.js extraction) or anywhere in its bytes (document info).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { getCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { seedExam } from './seed-exam.ts';

const REPORTER = { anonymous: false, name: 'Sitinurbaya Kusumawardani', contact: '0812-7654-3210 / sitinurbaya.lapor@surel-pribadi.net' };
/** Every piece of the identity that would give the reporter away, checked one by one. */
const SECRETS = ['Sitinurbaya', 'Kusumawardani', '0812-7654-3210', '081276543210', 'sitinurbaya.lapor', 'surel-pribadi'];

let app: Awaited<ReturnType<typeof tempApp>>;

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(app.ctx, handlers, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Text of the PDF with whitespace and pdf.js' word splits at '-', '/' and '.' undone. */
async function letterText(file: PdfFile): Promise<{ text: string; raw: string }> {
  const bytes = Buffer.from(file.pdfBase64, 'base64');
  const text = (await extractPdfText(bytes)).join('\n').replace(/\s+/g, ' ').replace(/([-/.]) /g, '$1');
  return { text, raw: bytes.toString('latin1') };
}

function expectNoReporter(label: string, { text, raw }: { text: string; raw: string }): void {
  const squeezed = text.replace(/\s+/g, '');
  for (const s of SECRETS) {
    expect(text, `${label}: ${s}`).not.toContain(s);
    expect(squeezed, `${label} (spaces removed): ${s}`).not.toContain(s.replace(/\s+/g, ''));
    expect(raw, `${label} bytes: ${s}`).not.toContain(s);
  }
}

function newCase(): number {
  return createCase(
    app.ctx,
    caseCreateSchema.parse({
      ...validCase,
      source: 'public_complaint',
      sourceRef: 'ADU/17/2024',
      reporter: REPORTER,
      chronology: `Dilaporkan oleh ${REPORTER.name} (${REPORTER.contact}): terlapor memakai mobil dinas untuk kampanye.`,
      acknowledgeDuplicates: true,
    }),
  ).id;
}

beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

describe('letters never name the reporter', () => {
  it('the fixture really stores a named reporter (so the checks below can fail)', () => {
    const c = getCase(app.ctx, newCase());
    expect(c.reporter).toEqual({ anonymous: false, name: REPORTER.name, contact: REPORTER.contact });
  });

  it('the check itself finds an identity that does reach a PDF', async () => {
    const caseId = newCase();
    const seeded = seedExam(app.ctx, caseId);
    app.ctx.db.prepare('UPDATE rooms SET name = ?').run(`Rumah ${REPORTER.name}, ${REPORTER.contact}`);
    const file = await ok<PdfFile>('letters:draft', { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
    const read = await letterText(file);
    expect(() => expectNoReporter('planted', read)).toThrow(/Sitinurbaya/);
  });

  it('summons I and II, order, BAP, LHP and SK, issued from a disciplinary case, carry no reporter identity', async () => {
    const caseId = newCase();
    const seeded = seedExam(app.ctx, caseId);
    const subjects: [LetterType, string][] = [
      ['summons1', `session:${seeded.session1}`],
      ['summons2', `session:${seeded.session2}`],
      ['order', ''],
      ['bap', `session:${seeded.session2}`],
      ['lhp', `accused:${seeded.accusedId}`],
      ['sk', `accused:${seeded.accusedId}`],
    ];
    for (const [type, subject] of subjects) {
      const { letter, file } = await ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type, subject });
      const read = await letterText(file);
      // A real letter of this case (so an empty or failed rendering cannot pass).
      expect(read.text, type).toContain('Budi Santoso');
      expect(read.text.replace(/([-/]) /g, '$1'), type).toContain(letter.number);
      expectNoReporter(type, read);
      // The draft path renders the same adapters: check it too.
      expectNoReporter(`${type} draft`, await letterText(await ok<PdfFile>('letters:draft', { caseId, type, subject })));
    }
  });

  it('the moral-sanction statement (closed and open) carries no reporter identity', async () => {
    const caseId = newCase();
    const seeded = seedExam(app.ctx, caseId, { sanctionCode: 'PP42-MORAL-TERTUTUP', durationMonths: null });
    for (const code of ['PP42-MORAL-TERTUTUP', 'PP42-MORAL-TERBUKA']) {
      app.ctx.db.prepare('UPDATE decisions SET sanction_code = ? WHERE case_id = ?').run(code, caseId);
      const { letter, file } = await ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type: 'moral', subject: `accused:${seeded.accusedId}` });
      // One valid statement per accused: void it so the other kind can be issued.
      await ok('letters:void', { id: letter.id, reason: 'Jenis pernyataan diganti' });
      const read = await letterText(file);
      expect(read.text, code).toContain('Budi Santoso');
      expect(read.text, code).toContain(code === 'PP42-MORAL-TERBUKA' ? 'TERBUKA' : 'TERTUTUP');
      expectNoReporter(`moral ${code}`, read);
    }
  });

  it('the receipt and the case summary do not print the reporter either', async () => {
    const caseId = newCase();
    seedExam(app.ctx, caseId);
    for (const type of ['receipt', 'summary'] as const) {
      const read = await letterText(await ok<PdfFile>('letters:draft', { caseId, type }));
      expect(read.text, type).toContain('Budi Santoso');
      expectNoReporter(type, read);
    }
  });
});
