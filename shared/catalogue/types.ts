/** A violation from a versioned catalogue (PP 94/2021, ethics list, PP 53/2010). */
export interface ViolationEntry {
  code: string;
  kind: 'disiplin' | 'etik';
  level: 'ringan' | 'sedang' | 'berat' | null;
  title: { id: string; en: string };
  legalBasis: string;
}

export interface ViolationCatalogue {
  version: string;
  regulation: string;
  /** Short name of the regulation for messages, e.g. "PP 94/2021". */
  name: string;
  /** The regulation judges violations committed in [validFrom, validUntil] (ISO dates; null = still in force). */
  validFrom: string;
  validUntil: string | null;
  /** Versions of other catalogues whose entries also apply (e.g. the ethics list under PP 53/2010). */
  includes?: string[];
  entries: ViolationEntry[];
}
