import table from '../../../resources/rules/pybm-pp94-2021.json' with { type: 'json' };
import type { PybmTable } from '../../../shared/examination/pybm.ts';

const current = table as PybmTable;

/** The shipped rule table of who decides (PP 94/2021 Bab III, regency). */
export function pybmTable(): PybmTable {
  return current;
}
