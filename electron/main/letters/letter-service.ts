import type { AppContext } from '../app-context.ts';
import { getCase } from '../cases/case-service.ts';
import { renderPdf } from './render-pdf.ts';
import { receiptFileName, receiptLetter } from './types/receipt.ts';
import { getOfficeSettings, letterAssets } from './office-settings-service.ts';
import type { PdfFile } from '../../../shared/ipc/table.ts';

/** The calendar day of an instant on this PC's clock (the office's own time zone). */
function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The "Tanda Terima Laporan" of a case as a PDF, dated the day the case was registered. */
export async function makeReceipt(ctx: AppContext, caseId: number): Promise<PdfFile> {
  const c = getCase(ctx, caseId);
  const office = getOfficeSettings(ctx);
  const { assets, allowedDirs } = letterAssets(ctx, office);
  const dd = receiptLetter(c, office, localIsoDate(new Date(c.createdAt)), assets);
  const bytes = await renderPdf(dd, { resourcesDir: ctx.resourcesDir, allowedDirs });
  return { fileName: receiptFileName(c), pdfBase64: bytes.toString('base64') };
}
