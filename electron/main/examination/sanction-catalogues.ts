import pp94 from '../../../resources/catalogue/sanctions-pp94-2021.json' with { type: 'json' };
import pp53 from '../../../resources/catalogue/sanctions-pp53-2010.json' with { type: 'json' };
import pp42 from '../../../resources/catalogue/sanctions-pp42-2004.json' with { type: 'json' };
import type { SanctionCatalogue } from '../../../shared/examination/sanctions.ts';

const catalogues: readonly SanctionCatalogue[] = [pp94 as SanctionCatalogue, pp53 as SanctionCatalogue, pp42 as SanctionCatalogue];

/** Every shipped sanction catalogue (PP 94/2021, PP 53/2010, moral sanctions of PP 42/2004). */
export function allSanctionCatalogues(): readonly SanctionCatalogue[] {
  return catalogues;
}
