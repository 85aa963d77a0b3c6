import type { ViolationCatalogue } from './types.ts';

/** True when the catalogue's regulation applies to a violation committed on this ISO date. */
export function catalogueCovers(catalogue: ViolationCatalogue, incidentDate: string): boolean {
  return incidentDate >= catalogue.validFrom && (catalogue.validUntil === null || incidentDate <= catalogue.validUntil);
}

/**
 * The catalogue a violation on this date is judged under, among the catalogues a case can
 * be judged under (PP 53/2010 before 31 Aug 2021, PP 94/2021 from then on).
 */
export function catalogueForDate<T extends ViolationCatalogue>(catalogues: readonly T[], incidentDate: string): T | undefined {
  return catalogues.find((c) => catalogueCovers(c, incidentDate));
}
