/**
 * What an appeal's outcome does to the sanction (PP 79/2021): upheld leaves it as it was;
 * lightened or made heavier replaces it with another sanction of the same catalogue,
 * lighter or heavier than the original, running from the same start to the end its own
 * duration gives; annulled ends it on the day of the annulling decision.
 */
import type { SanctionCatalogue } from './sanctions.ts';
import type { AppealOutcome } from './types.ts';
import { endDateOf } from './decision-rules.ts';

export interface SanctionChoice {
  code: string;
  durationMonths: number | null;
}

/** The changed sanction's problem as an i18n key, or null when it fits the outcome. */
export function changedSanctionProblem(catalogue: SanctionCatalogue | undefined, outcome: AppealOutcome, original: SanctionChoice, changed: SanctionChoice): { field: string; key: string; params?: Record<string, string> } | null {
  if (outcome !== 'lightened' && outcome !== 'heavier') return null;
  const from = catalogue?.sanctions.find((s) => s.code === original.code);
  const to = catalogue?.sanctions.find((s) => s.code === changed.code);
  if (!from || !to) return { field: 'sanctionCode', key: 'appeal.sanctionRequired' };
  if (to.durations === null ? changed.durationMonths !== null : changed.durationMonths === null || !to.durations.includes(changed.durationMonths)) {
    return { field: 'durationMonths', key: 'decision.durationInvalid', params: { allowed: (to.durations ?? []).join(', ') } };
  }
  const cmp = to.severity - from.severity || (changed.durationMonths ?? 0) - (original.durationMonths ?? 0);
  if (cmp === 0) return { field: 'sanctionCode', key: 'appeal.sanctionNotChanged' };
  if (outcome === 'lightened' && cmp > 0) return { field: 'sanctionCode', key: 'appeal.notLighter' };
  if (outcome === 'heavier' && cmp < 0) return { field: 'sanctionCode', key: 'appeal.notHeavier' };
  return null;
}

/** The sanction's dates after the outcome; `effectiveDate` is the start set at delivery. */
export function datesAfterOutcome(
  outcome: AppealOutcome,
  current: { effectiveDate: string; endDate: string | null },
  outcomeDate: string,
  changed: SanctionChoice | null,
): { effectiveDate: string; endDate: string | null } {
  switch (outcome) {
    case 'upheld':
      return current;
    case 'annulled':
      return { effectiveDate: current.effectiveDate, endDate: outcomeDate };
    case 'lightened':
    case 'heavier':
      return { effectiveDate: current.effectiveDate, endDate: endDateOf(current.effectiveDate, changed?.durationMonths ?? null) };
  }
}
