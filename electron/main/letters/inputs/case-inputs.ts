/** Inputs of the letters about the case as a whole: the receipt, the follow-up reply and the case summary. */
import type { AppContext } from '../../app-context.ts';
import type { LetterInputs } from '../../../../shared/letters/inputs.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';
import { localIsoDate } from '../../../../shared/calendar/iso-day.ts';
import { translator } from '../../../../shared/i18n/index.ts';
import { auditActionLabel } from '../../../../shared/i18n/audit-label.ts';
import { selectAccusedPerson } from '../../cases/case-queries.ts';
import { selectCaseLetterList } from '../issued-queries.ts';
import { followUpInput } from '../../recommendations/followup-input.ts';
import type { Builders } from './input-helpers.ts';

/** The receipt, the follow-up reply and the case summary. */
export const caseBuilders: Builders<'receipt' | 'followup' | 'summary'> = {
  receipt: (_ctx, c) => ({ case: c, receivedAt: localIsoDate(new Date(c.createdAt)) }),
  followup: (ctx, c, subject) => followUpInput(ctx, c.id, subject),
  summary: (ctx, c) => {
    const t = translator('id');
    return {
      registerNo: c.registerNo,
      status: t(`workflowStates.${c.status}`, { defaultValue: t(`statuses.${c.status}`, { defaultValue: c.status }) }),
      sourceLabel: t(`sources.${c.source}`, { defaultValue: c.source }),
      sourceRef: c.sourceRef,
      incidentDate: c.incidentDate,
      incidentPlace: c.incidentPlace,
      registeredAt: localIsoDate(new Date(c.createdAt)),
      accused: c.accused.map((a) => selectAccusedPerson(ctx.db, c.id, a.id) ?? { name: a.name, nip: a.nip }),
      violations: c.violations.map((v) => ({ title: v.title, legalBasis: v.legalBasis, level: v.level })),
      events: c.history.map((h) => ({ date: localIsoDate(new Date(h.at)), text: auditActionLabel(t, h.action) })),
      letters: issuedForSummary(ctx, c.id),
    };
  },
};

function issuedForSummary(ctx: AppContext, caseId: number): LetterInputs['summary']['letters'] {
  return selectCaseLetterList(ctx.db, caseId).map((r) => ({ title: LETTER_TITLES[r.type] ?? r.type, number: r.number, date: r.date, status: r.status }));
}
