/** The printed recap as PDF bytes: the document of recap-document.ts through the letters' one renderer. */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import type { PaperSize } from '../../../shared/letters/office-settings.ts';
import type { RecapResult } from '../../../shared/reports/recap.ts';
import { getOfficeSettings, letterAssets } from '../letters/office-settings-service.ts';
import { renderPdf } from '../letters/render-pdf.ts';
import { recapDocument } from './recap-document.ts';

/** The recap as PDF bytes on the chosen paper (default: the office's letter paper), with the office letterhead and logo. */
export async function recapPdf(ctx: AppContext, r: RecapResult, paper: PaperSize | undefined): Promise<Buffer> {
  const office = getOfficeSettings(ctx);
  const { assets, allowedDirs } = letterAssets(ctx, office);
  const now = ctx.now();
  const dd = recapDocument({ recap: r, office, paper: paper ?? office.paper, date: localIsoDate(now), now, t: translator(ctx.language()), ...(assets.logoPath ? { logoPath: assets.logoPath } : {}) });
  return renderPdf(dd, { resourcesDir: ctx.resourcesDir, allowedDirs, allowSvg: true });
}
