/**
 * Bulk print prints the letters exactly as issued: the frozen pages (each with the kop,
 * signatory and paper of its own issue day, never re-rendered with today's or the first
 * letter's settings), in the order chosen, with voided letters left out and counted.
 */
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { PdfBytes, PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { BulkJobStatus, IssuedLetter } from '../../shared/letters/issued.ts';
import type { OfficeSettingsView } from '../../shared/letters/office-settings.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { seedExam } from './seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(app.ctx, handlers, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Each page's content streams, still compressed, as stored in the file. */
function pageStreams(page: PDFPage): Buffer {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return Buffer.concat(streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(s.contents) : Buffer.alloc(0))));
}

async function pagesOf(bytes: Uint8Array): Promise<{ size: [number, number]; streams: Buffer }[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => ({ size: [Math.round(p.getWidth()), Math.round(p.getHeight())], streams: pageStreams(p) }));
}

async function runBulk(ids: number[]): Promise<{ status: BulkJobStatus; pdf: Buffer }> {
  let s = await ok<BulkJobStatus>('letters:bulkStart', { ids });
  const seen = [s.done];
  while (s.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    s = await ok<BulkJobStatus>('letters:bulkStatus', { jobId: s.jobId });
    seen.push(s.done);
  }
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  const file = await ok<PdfBytes>('letters:bulkResult', { jobId: s.jobId });
  return { status: s, pdf: Buffer.from(file.pdf) };
}

beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

describe('bulk print of issued letters', () => {
  it('merges the frozen pages of each letter in order, skips voided ones, and never re-renders', async () => {
    const caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
    const seeded = seedExam(app.ctx, caseId);
    const issue = (type: string, subject: string) => ok<{ letter: IssuedLetter; file: PdfFile }>('letters:issue', { caseId, type, subject });
    const first = await issue('summons1', `session:${seeded.session1}`);
    const voided = await issue('receipt', '');
    // The office changes paper and signatory afterwards: the first letter must keep its own.
    const { logoFile: _logo, version, ...settings } = await ok<OfficeSettingsView>('letters:settings', {});
    const inspector = { ...settings.signatories.inspector, name: 'PEJABAT BARU PENGGANTI' };
    await ok('letters:saveSettings', { ...settings, expectedVersion: version, paper: 'F4', signatories: { ...settings.signatories, inspector } });
    const later = await issue('summons2', `session:${seeded.session2}`);
    await ok('letters:void', { id: voided.letter.id, reason: 'Salah tanggal panggilan' });

    const { status, pdf } = await runBulk([later.letter.id, voided.letter.id, first.letter.id]);
    expect(status).toMatchObject({ state: 'done', total: 2, done: 2, skipped: 1, error: null });

    const expected = [...(await pagesOf(Buffer.from(later.file.pdfBase64, 'base64'))), ...(await pagesOf(Buffer.from(first.file.pdfBase64, 'base64')))];
    const merged = await pagesOf(pdf);
    expect(merged.map((p) => p.size)).toEqual(expected.map((p) => p.size));
    expect(merged.map((p) => p.size)).toContainEqual([609, 935]);
    expect(merged.map((p) => p.size)).toContainEqual([595, 842]);
    // Page content streams byte for byte as issued.
    merged.forEach((p, i) => expect(p.streams.equals(expected[i]!.streams), `page ${i + 1}`).toBe(true));

    const text = (await extractPdfText(pdf)).map((p) => p.replace(/\s+/g, ''));
    // Summons II cites summons I's number: look for its own number first.
    const numbers = text.map((p) => [later, voided, first].find((l) => p.includes(l.letter.number.replace(/\s+/g, '')))?.letter.id);
    expect(numbers.filter((n) => n !== undefined)).toEqual([...new Set(numbers.filter((n) => n !== undefined))]);
    expect(numbers).not.toContain(voided.letter.id);
    const firstPages = text.filter((_, i) => numbers[i] === first.letter.id);
    expect(firstPages.length).toBeGreaterThan(0);
    expect(firstPages.join(' ')).not.toContain('PEJABATBARUPENGGANTI');
  }, 60_000);

  it('refuses, in Indonesian, when every chosen letter is void', async () => {
    const caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
    const { letter } = await ok<{ letter: IssuedLetter }>('letters:issue', { caseId, type: 'receipt' });
    await ok('letters:void', { id: letter.id, reason: 'Dibuat ganda' });
    const r = await dispatch(app.ctx, handlers, 'letters:bulkStart', { ids: [letter.id] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Semua surat yang dipilih (1) sudah dibatalkan; tidak ada yang dicetak.');
  });
});
