/** A recap as a file: XLSX, or the printed PDF with the office letterhead. */
import type { AppContext } from '../app-context.ts';
import type { RecapExportRequest, RecapFile } from '../../../shared/reports/recap.ts';
import { buildRecap } from './recap-service.ts';
import { recapXlsx } from './recap-xlsx.ts';
import { recapPdf } from './recap-pdf.ts';

/** The file name: what the recap is split by and its period ("rekap-opd-status-2024-01-01-2024-12-31.xlsx"). */
export function recapFileName(req: RecapExportRequest): string {
  const q = req.query;
  return `rekap-${q.rows}${q.columns ? `-${q.columns}` : ''}-${q.filters.from}-${q.filters.to}.${req.format}`;
}

/** The recap's bytes in the asked format. */
export async function recapFileBytes(ctx: AppContext, req: RecapExportRequest): Promise<Buffer> {
  const result = buildRecap(ctx, req.query);
  return req.format === 'xlsx' ? recapXlsx(result, ctx.language(), ctx.now()) : recapPdf(ctx, result, req.paper);
}

/** The recap as an IPC answer (base64 travels over Electron IPC and HTTP JSON alike). */
export async function exportRecap(ctx: AppContext, req: RecapExportRequest): Promise<RecapFile> {
  return { fileName: recapFileName(req), fileBase64: (await recapFileBytes(ctx, req)).toString('base64') };
}
