/**
 * Sanctions in force: the register screen's list (by status on today's date, office-local),
 * with each sanction as it stands after any appeal, who decided it and whether the personnel
 * unit was told that it ended.
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { findSanction } from '../examination/sanction-catalogues.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { sanctionStatus } from '../../../shared/sanctions/register.ts';
import type { SanctionRow, SanctionsList, sanctionsListSchema } from '../../../shared/sanctions/register.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { countSanctions, selectSanctions } from './register-queries.ts';
import type { SanctionDbRow } from './register-queries.ts';

/** The title of a sanction code in the user's language (the code itself if no catalogue has it). */
export function sanctionTitleOf(catalogueId: string, code: string, lang: 'id' | 'en'): string {
  return findSanction(catalogueId, code)?.title[lang] ?? code;
}

/** One register row: the sanction an appeal put in place of the decided one, and the status on `today`. */
export function toSanctionRow(r: SanctionDbRow, today: string, lang: 'id' | 'en', ppk: Signatory): SanctionRow {
  const changed = r.appealOutcome === 'lightened' || r.appealOutcome === 'heavier';
  const code = changed && r.appealSanction ? r.appealSanction : r.sanctionCode;
  const decidedBy = r.signatory ? (JSON.parse(r.signatory) as Signatory) : ppk;
  return {
    caseId: r.caseId,
    registerNo: r.registerNo,
    accusedId: r.accusedId,
    name: r.name,
    nip: r.nip,
    unitKerja: r.unitKerja,
    sanctionCode: code,
    sanctionTitle: sanctionTitleOf(r.catalogueId, code, lang),
    level: r.level,
    durationMonths: changed ? r.appealDuration : r.durationMonths,
    skNumber: r.skNumber,
    skDate: r.skDate,
    deliveredOn: r.deliveredOn,
    startDate: r.startDate,
    endDate: r.endDate,
    decidedBy: { title: decidedBy.title, name: decidedBy.name },
    appeal: r.appealOutcome && r.appealNumber && r.appealDate ? { outcome: r.appealOutcome, number: r.appealNumber, date: r.appealDate } : null,
    status: sanctionStatus(r, today),
    notice: r.noticeNumber && r.noticeDate ? { number: r.noticeNumber, date: r.noticeDate } : null,
  };
}

export function listSanctions(ctx: AppContext, q: z.output<typeof sanctionsListSchema>): SanctionsList {
  const today = localIsoDate(ctx.now());
  const ppk = getOfficeSettings(ctx).signatories.ppk;
  const rows = selectSanctions(ctx.db, { status: q.status, today, search: q.search, limit: q.limit, offset: q.offset });
  return { today, total: countSanctions(ctx.db, q.status, today, q.search), rows: rows.map((r) => toSanctionRow(r, today, ctx.language(), ppk)) };
}
