/**
 * Violation codes in words, as the clerk reads them (not N-DEKLARASI-AKTIF): the case list
 * on screen and its spreadsheet export both name violations through here.
 */
import type { ViolationCatalogue } from './types.ts';

/** Code -> title in the language, from every catalogue; the current one wins where a code appears in several. */
export function violationTitleMap(catalogues: readonly ViolationCatalogue[], currentVersion: string, lang: 'id' | 'en'): Map<string, string> {
  const names = new Map<string, string>();
  const ordered = [...catalogues].sort((a, b) => Number(a.version === currentVersion) - Number(b.version === currentVersion));
  for (const catalogue of ordered) for (const e of catalogue.entries) names.set(e.code, e.title[lang]);
  return names;
}

/** "a, b" codes as titles joined with "; " (a code no catalogue knows stays as it is). */
export function violationTitles(codes: string | null, names: Map<string, string>): string {
  return (codes ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((c) => names.get(c) ?? c)
    .join('; ');
}
