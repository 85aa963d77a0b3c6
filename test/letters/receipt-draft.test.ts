/**
 * The report receipt goes through the common letter path: the case screen's button asks
 * for a draft (watermarked, unnumbered, dated the registration day) and issuing numbers
 * it like any other letter. There is no separate receipt channel any more.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { channels } from '../../shared/ipc/table.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import { signInAs, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
const savedTz = process.env.TZ;
beforeEach(async () => {
  // Registered at 23:30 UTC on 3 November, i.e. 4 November in the office (WIB); drafted two days later.
  process.env.TZ = 'Asia/Jakarta';
  let now = new Date('2024-11-03T23:30:00Z');
  app = await tempApp(now, { clock: () => now });
  createCase(app.ctx, caseCreateSchema.parse(validCase));
  now = new Date('2024-11-06T03:00:00Z');
  // Signed in again at the new time, so the jump does not trip the idle lock.
  signInAs(app.ctx, app.ctx.session.user!.id);
});
afterEach(() => {
  app.close();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const text = async (f: PdfFile) => (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ');

describe('receipt through the common letter path', () => {
  it('drafts a watermarked, unnumbered receipt dated the registration day, then issues it numbered with a QR', async () => {
    expect(channels).not.toContain('letters:receipt');
    const r = await dispatch(app.ctx, handlers, 'letters:draft', { caseId: 1, type: 'receipt' });
    if (!r.ok) throw new Error(r.error.message);
    const draft = r.value as PdfFile;
    expect(draft.fileName).toMatch(/^Tanda-Terima-Laporan-draft-REG-0001-INSP-2024\.pdf$/);
    const d = await text(draft);
    expect(d).toContain('TANDA TERIMA LAPORAN');
    expect(d).toContain('DRAFT');
    expect(d).toContain('Nomor: ....../....../......');
    expect(d).toContain('Senin, 4 November 2024');
    expect(d).not.toContain('Verifikasi Sipena');

    const i = await dispatch(app.ctx, handlers, 'letters:issue', { caseId: 1, type: 'receipt' });
    if (!i.ok) throw new Error(i.error.message);
    const { letter, file } = i.value as { letter: IssuedLetter; file: PdfFile };
    expect(letter.letterDate).toBe('2024-11-04');
    const t = await text(file);
    expect(t.replace(/([-/]) /g, '$1')).toContain(`Nomor: ${letter.number}`);
    expect(t).toContain(`Verifikasi Sipena: ${letter.contentHash.slice(0, 16)}`);
    expect(t).not.toContain('DRAFT');
  });
});
