import pp94 from '../../../resources/catalogue/sanctions-pp94-2021.json' with { type: 'json' };
import pp53 from '../../../resources/catalogue/sanctions-pp53-2010.json' with { type: 'json' };
import pp42 from '../../../resources/catalogue/sanctions-pp42-2004.json' with { type: 'json' };
import type { SanctionCatalogue, SanctionEntry } from '../../../shared/examination/sanctions.ts';

const catalogues: readonly SanctionCatalogue[] = [pp94 as SanctionCatalogue, pp53 as SanctionCatalogue, pp42 as SanctionCatalogue];

/** Every shipped sanction catalogue (PP 94/2021, PP 53/2010, moral sanctions of PP 42/2004). */
export function allSanctionCatalogues(): readonly SanctionCatalogue[] {
  return catalogues;
}

/** One sanction of a shipped catalogue, or undefined for an unknown pair. */
export function findSanction(catalogueId: string, code: string): SanctionEntry | undefined {
  return catalogues.find((c) => c.id === catalogueId)?.sanctions.find((s) => s.code === code);
}

/** The regulation's number as written in a register ("94 Tahun 2021"), from its catalogue ("PP 94/2021 tentang ..."). */
export function regulationNumber(catalogueId: string): string {
  const m = /PP (\d+)\/(\d{4})/.exec(catalogues.find((c) => c.id === catalogueId)?.regulation ?? '');
  return m ? `${m[1]} Tahun ${m[2]}` : '';
}
