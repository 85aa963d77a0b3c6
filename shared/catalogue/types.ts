/** A violation from a versioned catalogue (PP 94/2021, ethics list, PP 53/2010). */
export interface ViolationEntry {
  code: string;
  kind: 'disiplin' | 'etik';
  level: 'ringan' | 'sedang' | 'berat' | null;
  title: { id: string; en: string };
  /** The article breached, e.g. 'PP 94/2021 Pasal 5 huruf n angka 4'. */
  legalBasis: string;
  /** The article that sets the level, e.g. 'PP 94/2021 Pasal 14 huruf i' (cited in the SK's Menimbang); absent in older versions. */
  levelBasis?: string;
  /** The one sanction this violation carries (party membership: dismissal). */
  requiredSanction?: string;
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
  /** Older versions this one replaces for new cases; cases judged under them keep them. */
  supersedes?: string[];
  note?: string;
  /** Conduct the catalogue marks as allowed (not a violation), shown beside the list. */
  allowed?: { id: string; en: string }[];
  entries: ViolationEntry[];
}
