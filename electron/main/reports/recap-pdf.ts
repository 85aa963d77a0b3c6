/** The printed recap (letterhead, table, charts): see recap-document.ts. */
import type { AppContext } from '../app-context.ts';
import type { PaperSize } from '../../../shared/letters/office-settings.ts';
import type { RecapResult } from '../../../shared/reports/recap.ts';

/** The recap as PDF bytes on the chosen paper (default: the office's letter paper). */
export async function recapPdf(_ctx: AppContext, _r: RecapResult, _paper: PaperSize | undefined): Promise<Buffer> {
  throw new Error('PDF recap not implemented yet');
}
