/**
 * The case list as a spreadsheet: the rows the list's filters and sort select, with the
 * columns the list shows (and the OPD, source and registration date it filters on), in
 * words rather than codes, as the clerk reads them on screen.
 */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { CaseListQuery, CaseSummary } from '../../../shared/cases/schemas.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { currentCatalogue, violationCatalogues } from '../catalogue/violations.ts';
import { violationTitleMap, violationTitles } from '../../../shared/catalogue/violation-titles.ts';
import { exportTable, translatedOnce } from '../reports/table-writer.ts';
import { iterateCaseRows } from './case-list-queries.ts';

export async function exportCaseList(ctx: AppContext, q: Omit<CaseListQuery, 'offset' | 'limit'>, format: TableFormat): Promise<TableFile> {
  const lang = ctx.language();
  const t = translator(lang);
  const titles = violationTitleMap(violationCatalogues, currentCatalogue.version, lang);
  const statusWord = translatedOnce((s) => t(`workflowStates.${s}`, { defaultValue: t(`statuses.${s}`, { defaultValue: s }) }));
  const sourceWord = translatedOnce((s) => t(`sources.${s}`, { defaultValue: s }));
  const columns: TableColumn<CaseSummary>[] = [
    { header: t('case.registerNo'), kind: 'text', width: 26, value: (r) => r.registerNo },
    { header: t('case.status'), kind: 'text', width: 22, value: (r) => statusWord(r.status) },
    { header: t('case.source'), kind: 'text', width: 18, value: (r) => sourceWord(r.source) },
    { header: t('case.incidentDate'), kind: 'date', width: 14, value: (r) => r.incidentDate },
    { header: t('case.accused'), kind: 'text', width: 36, value: (r) => r.accusedNames },
    { header: t('case.violations'), kind: 'text', width: 60, value: (r) => violationTitles(r.violationCodes, titles) },
    { header: t('case.opd'), kind: 'text', width: 30, value: (r) => r.opdName },
    { header: t('case.createdAt'), kind: 'date', width: 14, value: (r) => localIsoDate(new Date(r.createdAt)) },
    // Identity and revision last: what another office matches a row on (case_uuid) and how current it is.
    { header: t('case.caseUuid'), kind: 'text', width: 38, value: (r) => r.caseUuid },
    { header: t('case.revision'), kind: 'number', width: 10, value: (r) => r.revision },
  ];
  return exportTable(ctx, { stem: 'daftar-kasus', sheet: { id: 'Kasus', en: 'Cases' }, columns, rows: iterateCaseRows(ctx.db, q), format });
}
