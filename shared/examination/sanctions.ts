import type { EmploymentType } from '../employees/employment-type.ts';

export type SanctionLevel = 'ringan' | 'sedang' | 'berat';

/** One sanction of a regulation, as shipped in resources/catalogue/sanctions-*.json. */
export interface SanctionEntry {
  code: string;
  /** null for moral (ethics) sanctions, which have no disciplinary level. */
  level: SanctionLevel | null;
  /** Order within the catalogue: higher is heavier. */
  severity: number;
  title: { id: string; en: string };
  legalBasis: string;
  /** Allowed durations in months, or null when the sanction has no duration. */
  durations: number[] | null;
  employmentTypes: EmploymentType[];
}

/** A versioned sanction catalogue of one regulation. */
export interface SanctionCatalogue {
  id: string;
  version: string;
  regulation: string;
  kind: 'disiplin' | 'etik';
  /** The regulation applies to violations committed in [validFrom, validUntil]. */
  validFrom: string;
  validUntil: string | null;
  employmentTypes: EmploymentType[];
  note: string;
  sanctions: SanctionEntry[];
}

/** Non-ASN staff fall outside PP 94: their outcome is free text under the contract terms. */
export const NON_ASN_CATALOGUE_ID = 'NON-ASN';
export const NON_ASN_SANCTION_CODE = 'NON-ASN-KONTRAK';
