import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';

/**
 * Code -> title in the UI language, from every catalogue (the current one wins when a code
 * appears in several): the list shows what the clerk knows, not N-DEKLARASI-AKTIF.
 */
export function violationNames(options: CaseOptions | null, language: string): Map<string, string> {
  const lang = language === 'en' ? 'en' : 'id';
  const names = new Map<string, string>();
  if (!options) return names;
  const ordered = [...options.catalogues].sort((a, b) => Number(a.version === options.currentVersion) - Number(b.version === options.currentVersion));
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
