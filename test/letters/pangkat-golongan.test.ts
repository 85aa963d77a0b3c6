/**
 * Letters print the accused's golongan for employees from the import: the registry keeps
 * pangkat and golongan in separate columns (a combined "Pangkat/Golongan" cell is split),
 * and letters used to print the pangkat alone ("Penata Muda Tingkat I" without III/b).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { runImport } from '../../electron/main/employees/import/import-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { pangkatGolonganText } from '../../shared/employees/golongan.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { seedExam } from './seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

async function summonsText(): Promise<string> {
  const caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
  const seeded = seedExam(app.ctx, caseId);
  const r = await dispatch(app.ctx, handlers, 'letters:draft', { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
  if (!r.ok) throw new Error(r.error.message);
  return (await extractPdfText(Buffer.from((r.value as PdfFile).pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ');
}

describe('golongan on letters', () => {
  it('an employee imported with separate Pangkat and Golongan columns', async () => {
    const csv = 'NIP;Nama;Jenis Kepegawaian;Pangkat;Golongan;Jabatan\n198609262015051001;Budi Santoso;PNS;Penata Muda Tingkat I;III/b;Kepala Seksi\n';
    await runImport(app.ctx, new TextEncoder().encode(csv), 'pegawai.csv', { strict: true });
    expect(await summonsText()).toContain('Pangkat/Golongan : Penata Muda Tingkat I (III/b)');
  });

  it('an employee imported with one combined Pangkat/Golongan column', async () => {
    const csv = 'NIP;Nama;Jenis Kepegawaian;Pangkat/Golongan;Jabatan\n198609262015051001;Budi Santoso;PNS;Penata Muda Tingkat I, III/b;Kepala Seksi\n';
    await runImport(app.ctx, new TextEncoder().encode(csv), 'pegawai.csv', { strict: true });
    expect(await summonsText()).toContain('Pangkat/Golongan : Penata Muda Tingkat I (III/b)');
  });

  it('joins pangkat and golongan once, for PNS and PPPK', () => {
    expect(pangkatGolonganText('Penata Muda Tingkat I', 'III/b')).toBe('Penata Muda Tingkat I (III/b)');
    expect(pangkatGolonganText('Penata Muda (III/a)', 'III/a')).toBe('Penata Muda (III/a)');
    expect(pangkatGolonganText('', 'IV/a')).toBe('Pembina (IV/a)');
    expect(pangkatGolonganText(null, 'IX')).toBe('Golongan IX');
    expect(pangkatGolonganText('Penata', null)).toBe('Penata');
    expect(pangkatGolonganText(null, null)).toBe('');
  });
});
