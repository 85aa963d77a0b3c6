/**
 * Repeat offences: the earlier disciplinary decisions on an accused, which the decision
 * screen shows, and the refusal of a sanction that is not heavier than the last one imposed
 * for a violation of the same nature (shared/examination/repeat-rules.ts).
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import { caseNatures } from './exam-queries.ts';
import { priorDecisions } from './decision-queries.ts';
import type { CaseCore } from './exam-queries.ts';
import { isHeavier } from '../../../shared/examination/repeat-rules.ts';
import type { ImposedDecision, PriorDecision, SanctionRank } from '../../../shared/examination/repeat-rules.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';

/** A sanction's title (in the user's language) and rank, for comparing and showing earlier decisions. */
export function sanctionRank(lang: 'id' | 'en') {
  return (catalogueId: string, code: string): { title: string; severity: number | null } => {
    const s = allSanctionCatalogues().find((c) => c.id === catalogueId)?.sanctions.find((x) => x.code === code);
    return { title: s ? s.title[lang] : code, severity: s?.severity ?? null };
  };
}

/** Earlier disciplinary decisions on this accused (by NIP) in other cases, marked by nature. */
export function accusedPriorDecisions(ctx: AppContext, core: CaseCore, nip: string): PriorDecision[] {
  return priorDecisions(ctx.db, nip, core.id, caseNatures(ctx.db, core.id, core.catalogueVersion), sanctionRank(ctx.language()));
}

/**
 * A repeat of a violation of the same nature needs a sanction heavier than the last one
 * imposed (PP 94/2021), not merely one of a higher level: refused otherwise, naming it.
 */
export function refuseUnlessHeavier(ctx: AppContext, last: ImposedDecision | null, now: SanctionRank): void {
  if (!last || now.level === null || isHeavier(now, last)) return;
  const t = translator(ctx.language());
  const sanction = `${last.sanctionTitle}${last.durationMonths ? ` ${t('decision.months', { count: last.durationMonths })}` : ''}`;
  const params = { sanction, number: last.skNumber, date: formatDate(last.skDate), registerNo: last.registerNo };
  throw new AppError('INVALID_INPUT', 'decision.repeatNotHeavier', params, { sanctionCode: 'decision.repeatNotHeavierShort' });
}
