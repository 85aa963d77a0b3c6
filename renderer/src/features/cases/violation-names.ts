import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';
import { violationTitleMap } from '../../../../shared/catalogue/violation-titles.ts';

export { violationTitles } from '../../../../shared/catalogue/violation-titles.ts';

/** Code -> title in the UI language, from the catalogues the case options carry. */
export function violationNames(options: CaseOptions | null, language: string): Map<string, string> {
  return options ? violationTitleMap(options.catalogues, options.currentVersion, language === 'en' ? 'en' : 'id') : new Map();
}
