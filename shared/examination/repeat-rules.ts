/**
 * Repeat offences (PP 94/2021): a civil servant sanctioned before who again breaks a rule
 * of the same nature gets a sanction heavier than the last one imposed, not merely one of
 * a higher level. "Same nature" is read as the same prohibition: the same article up to its
 * letter ("Pasal 5 huruf n": every form of political partiality), or the same catalogue entry
 * where an entry cites no article of PP 94/2021 or PP 53/2010.
 */
import type { SanctionLevel } from './sanctions.ts';
import { levelRank } from './team-rules.ts';

/** An earlier disciplinary decision on the same person, as the decision screen shows it. */
export interface PriorDecision {
  caseId: number;
  registerNo: string;
  catalogueId: string;
  sanctionCode: string;
  sanctionTitle: string;
  level: SanctionLevel | null;
  /** Rank within its catalogue (resources/catalogue/sanctions-*.json). */
  severity: number | null;
  durationMonths: number | null;
  /** Null while its SK is not issued: a decision on paper, not yet a sanction imposed. */
  skNumber: string | null;
  skDate: string | null;
  /** True when one of its violations is of the same nature as one of this case's. */
  sameNature: boolean;
}

/** An earlier decision whose SK was issued: a sanction imposed. */
export type ImposedDecision = PriorDecision & { skNumber: string; skDate: string };

/** One violation as compared: its catalogue code and legal basis. */
export interface NatureInput {
  code: string;
  legalBasis: string;
}

/** 'PP 94/2021 Pasal 5 huruf n angka 4; Pasal 10 ayat (3)' -> 'PP 94/2021 Pasal 5 huruf n'; otherwise the code. */
export function natureKey(v: NatureInput): string {
  const first = v.legalBasis.split(';')[0] ?? '';
  const m = /^(PP \d+\/\d{4}) Pasal (\d+)(?: ayat \(\d+\))?(?: huruf ([a-z]+))?/.exec(first.trim());
  return m ? `${m[1]} Pasal ${m[2]}${m[3] ? ` huruf ${m[3]}` : ''}` : `code:${v.code}`;
}

export function sameNature(a: readonly NatureInput[], b: readonly NatureInput[]): boolean {
  const keys = new Set(a.map(natureKey));
  return b.some((v) => keys.has(natureKey(v)));
}

/** The sanction chosen now, in the terms it is compared in. */
export interface SanctionRank {
  catalogueId: string;
  level: SanctionLevel | null;
  severity: number | null;
  durationMonths: number | null;
}

/**
 * True when `now` is heavier than `before`: within one catalogue by rank, then by duration
 * (a 9-month allowance cut is heavier than a 6-month one); across catalogues (PP 53/2010 then
 * PP 94/2021) only a higher level is surely heavier.
 */
export function isHeavier(now: SanctionRank, before: SanctionRank): boolean {
  if (now.catalogueId === before.catalogueId && now.severity !== null && before.severity !== null) {
    if (now.severity !== before.severity) return now.severity > before.severity;
    return (now.durationMonths ?? 0) > (before.durationMonths ?? 0);
  }
  return levelRank(now.level) > levelRank(before.level);
}

/**
 * The last same-nature sanction imposed (by SK date) among earlier decisions, the one a
 * repeat must exceed. A decision whose SK is not issued has imposed nothing yet.
 */
export function lastSameNature(prior: readonly PriorDecision[]): ImposedDecision | null {
  const imposed = prior.filter((p): p is ImposedDecision => p.sameNature && p.skNumber !== null && p.skDate !== null);
  return imposed.sort((x, y) => (x.skDate < y.skDate ? 1 : x.skDate > y.skDate ? -1 : y.caseId - x.caseId))[0] ?? null;
}
