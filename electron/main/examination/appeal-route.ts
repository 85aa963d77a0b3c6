import type { AppContext } from '../app-context.ts';
import { appealBody } from '../../../shared/examination/appeal-body.ts';
import type { PybmOfficial } from '../../../shared/examination/pybm.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';

/** Dismissal is appealed by banding administratif to BPASN; every other sanction by keberatan. */
const DISMISSAL = 'PP94-BERAT-PDHTAPS';

/** The appeal this decision allows and where it goes, as the SK printed it. */
export function appealRouteOf(ctx: AppContext, d: { sanction_code: string; pybm_official: string | null }): ReturnType<typeof appealBody> {
  return appealBody({ dismissal: d.sanction_code === DISMISSAL, official: d.pybm_official as PybmOfficial | null, ppkTitle: getOfficeSettings(ctx).ppkTitle });
}
