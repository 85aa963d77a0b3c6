/**
 * Long BAP answers are printed, every one: rows continue across pages instead of being
 * silently dropped (pdfmake leaves out an unbreakable row taller than a page), a 300-row
 * BAP renders in the render worker, and issuing reads the PDF back and refuses a letter
 * that does not show what was recorded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { renderInWorker } from '../../electron/main/letters/render-client.ts';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { pdfBodyText } from '../../electron/main/letters/pdf-text.ts';
import { expectedContent, missingContent } from '../../electron/main/letters/content-check.ts';
import type { Expected } from '../../electron/main/letters/content-check.ts';
import { contentMissingError } from '../../electron/main/letters/content-error.ts';
import { translator } from '../../shared/i18n/index.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import type { BapInput } from '../../shared/letters/inputs.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { RESOURCES_DIR, sampleCase } from './fixtures.ts';
import * as f from './letter-fixtures.ts';
import { seedExam } from './seed-exam.ts';

/** An answer of about `chars` characters that ends in a marker found nowhere else. */
function longAnswer(chars: number, no: number): string {
  const words: string[] = [];
  for (let k = 0; words.join(' ').length < chars - 20; k++) words.push(`keterangan${k}`);
  return `${words.join(' ')} AKHIR-JAWABAN-${no}.`;
}

/** Extracted text without any white space or zero-width break hints, for substring checks. */
const squeeze = (s: string) => s.replace(/[\s\u200b]+/g, '');

const AREA = { top: 56.69, bottom: 56.69 };
const LONG_ROWS = [2, 40, 150, 299];

function bigBap(): BapInput {
  const bap = f.bapInput(300);
  for (const no of LONG_ROWS) bap.qa[no - 1]!.answer = longAnswer(8000, no);
  return bap;
}

describe('a 300-row BAP with 8,000-character answers', () => {
  it('prints every question and answer, checked by the worker and by an independent reading', { timeout: 300_000 }, async () => {
    const bap = bigBap();
    const { pdf, missing } = await renderInWorker({
      type: 'bap', input: bap, office: DEFAULT_OFFICE_SETTINGS, meta: f.META_ISSUED, assets: {}, resourcesDir: RESOURCES_DIR, allowedDirs: [], check: true,
    });
    expect(missing).toEqual([]);
    const text = squeeze((await extractPdfText(pdf)).join('\n'));
    // Each cell's first line (a row may continue overleaf, under the repeated header).
    for (const q of bap.qa) {
      expect(text, `question ${q.no}`).toContain(squeeze(`Pertanyaan nomor ${q.no}:`));
      expect(text, `answer ${q.no}`).toContain(squeeze(LONG_ROWS.includes(q.no) ? q.answer.slice(0, 25) : `Jawaban nomor ${q.no}:`));
    }
    for (const no of LONG_ROWS) expect(text).toContain(`AKHIR-JAWABAN-${no}.`);
  });
});

describe('the content check', () => {
  it('finds the row pdfmake drops when rows may not break, and names it', async () => {
    const bap = f.bapInput(4);
    bap.qa[1]!.answer = longAnswer(8000, 2);
    const dd = buildLetter('bap', bap, DEFAULT_OFFICE_SETTINGS, f.META_ISSUED);
    // The layout before the fix: every Q&A row unbreakable.
    const table = (dd.content as Content[]).find((c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c && c.table?.headerRows === 1);
    if (!table) throw new Error('Q&A table not found');
    table.table.dontBreakRows = true;
    const pdf = await renderPdf(dd as TDocumentDefinitions, { resourcesDir: RESOURCES_DIR });
    const missing = missingContent(expectedContent('bap', bap, f.META_ISSUED), await pdfBodyText(pdf, AREA));
    expect(missing.map((m) => `${m.key} ${m.params?.no ?? ''}`)).toEqual(['question 2', 'answer 2']);
    const refusal = contentMissingError({ language: () => 'id' }, 'bap', missing);
    const message = translator('id')(refusal.key, refusal.params);
    expect(message).toBe(
      'Berita Acara Pemeriksaan tidak diterbitkan karena teks PDF-nya tidak memuat semua yang tercatat: pertanyaan nomor 2; jawaban nomor 2. Nomor surat belum dipakai; laporkan kepada administrator.',
    );
  });

  it('reads wrapped items of numbered lists in one piece (receipt with two long violations)', async () => {
    const c = sampleCase();
    c.violations = c.violations.map((v, i) => ({ ...v, title: `${v.title} sebagaimana diberitakan dalam beberapa media daring dan unggahan akun media sosial yang bersangkutan, kejadian ${i + 1}` }));
    const input = { case: c, receivedAt: '2024-11-04' };
    const pdf = await renderPdf(buildLetter('receipt', input, DEFAULT_OFFICE_SETTINGS, f.META_ISSUED), { resourcesDir: RESOURCES_DIR });
    expect(missingContent(expectedContent('receipt', input, f.META_ISSUED), await pdfBodyText(pdf, AREA))).toEqual([]);
  });

  it('accepts text continued on the next page and spaced NIPs, and refuses text that is not there', () => {
    const expected: Expected[] = [
      { key: 'answer', params: { no: 1 }, text: 'Saya hadir karena diundang oleh panitia kegiatan.' },
      { key: 'accusedNip', params: { name: 'Budi' }, text: '198609262015051001' },
      { key: 'answer', params: { no: 2 }, text: 'Jawaban yang tidak pernah dicetak.' },
    ];
    const pages = ['RAHASIA No Pertanyaan Jawaban 1. Apakah Saudara hadir? Saya hadir karena', 'No Pertanyaan Jawaban diundang oleh\npanitia kegiatan. NIP 19860926\u00a0201505\u00a01\u00a0001'];
    expect(missingContent(expected, pages).map((m) => m.params?.no ?? m.key)).toEqual([2]);
  });
});

describe('issuing a BAP with long answers', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeEach(async () => {
    app = await tempApp();
  });
  afterEach(() => app.close());

  it('freezes a PDF that holds every stored row', { timeout: 120_000 }, async () => {
    const caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
    const seeded = seedExam(app.ctx, caseId);
    const bapId = (app.ctx.db.prepare('SELECT id FROM baps WHERE session_id = ?').get(seeded.session2) as { id: number }).id;
    const qa = app.ctx.db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
    for (let no = 3; no <= 6; no++) qa.run(bapId, no, `Pertanyaan tambahan nomor ${no}?`, no % 2 === 0 ? longAnswer(8000, no) : `Jawaban pendek nomor ${no}.`);
    const r = await dispatch(app.ctx, handlers, 'letters:issue', { caseId, type: 'bap', subject: `session:${seeded.session2}` });
    if (!r.ok) throw new Error(r.error.message);
    const { letter, file } = r.value as { letter: IssuedLetter; file: PdfFile };
    expect(letter.number).toMatch(/BAP/);
    const text = squeeze((await extractPdfText(Buffer.from(file.pdfBase64, 'base64'))).join('\n'));
    const rows = app.ctx.db.prepare('SELECT no, question, answer FROM bap_qa WHERE bap_id = ? ORDER BY no').all(bapId) as { no: number; question: string; answer: string }[];
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(text, `question ${row.no}`).toContain(squeeze(row.question.slice(0, 20)));
      expect(text, `answer ${row.no}`).toContain(squeeze(row.answer.slice(0, 20)));
      if (row.answer.length > 500) expect(text, `answer ${row.no}`).toContain(`AKHIR-JAWABAN-${row.no}.`);
    }
  });
});
