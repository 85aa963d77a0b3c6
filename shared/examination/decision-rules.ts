import type { SanctionCatalogue, SanctionEntry } from './sanctions.ts';
import { NON_ASN_CATALOGUE_ID, NON_ASN_SANCTION_CODE } from './sanctions.ts';
import type { CaseLevel } from './team-rules.ts';
import { heaviestLevel, levelRank } from './team-rules.ts';
import { addCalendarDays } from '../calendar/iso-day.ts';
import { addCalendarMonths } from './months.ts';
import type { EmploymentType } from '../employees/employment-type.ts';

export interface DecisionChoice {
  catalogueId: string;
  sanctionCode: string;
  durationMonths: number | null;
  outcomeText?: string | null | undefined;
}

export interface DecisionSubject {
  employmentType: EmploymentType;
  incidentDate: string;
  /** Levels of the case's violations; null = ethics violation. */
  violationLevels: CaseLevel[];
  /** The same employee already has a decided case. */
  repeatOffender: boolean;
  /** Sanction codes a violation prescribes outright (party membership: dismissal). */
  requiredSanctions?: readonly string[];
}

export interface DecisionProblem {
  field: 'sanctionCode' | 'durationMonths' | 'catalogueId' | 'outcomeText';
  key: string;
  params: Record<string, string | number>;
}

export type DecisionCheck =
  | { ok: true; sanction: SanctionEntry | null; catalogue: SanctionCatalogue | null }
  | { ok: false; problems: DecisionProblem[] };

/**
 * Checks a chosen sanction against the law: the regulation must be in force on the
 * incident date and cover the employment type; one sanction for all violations, at the
 * level of the heaviest (a repeat offender may get a heavier one, never a lighter one);
 * ethics-only cases get a moral sanction; durations must be ones the regulation allows.
 */
export function checkDecision(catalogues: readonly SanctionCatalogue[], choice: DecisionChoice, subject: DecisionSubject): DecisionCheck {
  const problems: DecisionProblem[] = [];
  const fail = (field: DecisionProblem['field'], key: string, params: Record<string, string | number> = {}): DecisionCheck => {
    problems.push({ field, key, params });
    return { ok: false, problems };
  };
  if (subject.employmentType === 'NON_ASN') {
    if (choice.catalogueId !== NON_ASN_CATALOGUE_ID || choice.sanctionCode !== NON_ASN_SANCTION_CODE) return fail('sanctionCode', 'decision.nonAsnNoCatalogue');
    if (!choice.outcomeText || choice.outcomeText.trim().length < 5) return fail('outcomeText', 'decision.outcomeRequired');
    if (choice.durationMonths !== null) return fail('durationMonths', 'decision.durationNotApplicable');
    return { ok: true, sanction: null, catalogue: null };
  }
  const catalogue = catalogues.find((c) => c.id === choice.catalogueId);
  if (!catalogue) return fail('catalogueId', 'decision.unknownCatalogue', { id: choice.catalogueId.slice(0, 40) });
  const sanction = catalogue.sanctions.find((s) => s.code === choice.sanctionCode);
  if (!sanction) return fail('sanctionCode', 'decision.unknownSanction', { code: choice.sanctionCode.slice(0, 60), regulation: catalogue.regulation });
  if (subject.incidentDate < catalogue.validFrom || (catalogue.validUntil !== null && subject.incidentDate > catalogue.validUntil)) {
    return fail('catalogueId', 'decision.regulationNotInForce', { regulation: catalogue.regulation, date: subject.incidentDate });
  }
  if (!catalogue.employmentTypes.includes(subject.employmentType) || !sanction.employmentTypes.includes(subject.employmentType)) {
    return fail('sanctionCode', 'decision.employmentTypeNotAllowed', { type: subject.employmentType });
  }
  const required = heaviestLevel(subject.violationLevels);
  if (required === null) {
    if (catalogue.kind !== 'etik') return fail('catalogueId', 'decision.needMoral');
  } else {
    if (catalogue.kind !== 'disiplin') return fail('catalogueId', 'decision.needDisciplinary', { level: required });
    const got = levelRank(sanction.level);
    if (got < levelRank(required)) return fail('sanctionCode', 'decision.levelTooLight', { level: required });
    if (got > levelRank(required) && !subject.repeatOffender) return fail('sanctionCode', 'decision.levelTooHeavy', { level: required });
  }
  const prescribed = subject.requiredSanctions ?? [];
  if (prescribed.length > 0 && !prescribed.includes(sanction.code)) {
    const titles = prescribed.map((code) => catalogue.sanctions.find((s) => s.code === code)?.title.id ?? code).join(', ');
    return fail('sanctionCode', 'decision.requiredSanction', { sanction: titles });
  }
  if (sanction.durations === null) {
    if (choice.durationMonths !== null) return fail('durationMonths', 'decision.durationNotApplicable');
  } else if (choice.durationMonths === null || !sanction.durations.includes(choice.durationMonths)) {
    return fail('durationMonths', 'decision.durationInvalid', { allowed: sanction.durations.join(', ') });
  }
  return { ok: true, sanction, catalogue };
}

/**
 * When the sanction runs: it takes effect on the day `effectiveOf` derives from the SK's
 * receipt (the office's skEffective rule: the 15th calendar day by default) and, with a
 * duration, ends the day before the same date that many months later.
 */
export function decisionDates(
  input: { receivedOn: string; durationMonths: number | null },
  effectiveOf: (receivedOn: string) => string,
): { effectiveDate: string; endDate: string | null } {
  const effectiveDate = effectiveOf(input.receivedOn);
  return { effectiveDate, endDate: endDateOf(effectiveDate, input.durationMonths) };
}

/** The last day of a sanction of `durationMonths` starting on `effectiveDate` (null: no duration). */
export function endDateOf(effectiveDate: string, durationMonths: number | null): string | null {
  return durationMonths === null ? null : addCalendarDays(addCalendarMonths(effectiveDate, durationMonths), -1);
}
