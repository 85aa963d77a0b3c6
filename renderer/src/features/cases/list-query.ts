/**
 * The case list's filters and the `cases:list` requests made from them. Apart from the
 * screen (no UI imports) so that the route can ask for the first page as the menu is clicked.
 */
import type { CASE_SOURCES } from '../../../../shared/cases/schemas.ts';
import type { CaseSort } from '../../../../shared/cases/schemas.ts';
import type { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';

/** Rows per `cases:list` request: the list fetches the pages its visible rows fall into. */
export const CASE_PAGE = 100;

export interface CaseFilterValues {
  search: string;
  status: string | null;
  opdId: string | null;
  violationCode: string | null;
  source: string | null;
  employmentType: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  sort: CaseSort;
}

export const noFilters: CaseFilterValues = { search: '', status: null, opdId: null, violationCode: null, source: null, employmentType: null, dateFrom: null, dateTo: null, sort: 'registered_desc' };

/** The `cases:list` request for these filters (empty ones left out). */
export function toListQuery(f: CaseFilterValues) {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.opdId ? { opdId: Number(f.opdId) } : {}),
    ...(f.violationCode ? { violationCode: f.violationCode } : {}),
    ...(f.source ? { source: f.source as (typeof CASE_SOURCES)[number] } : {}),
    ...(f.employmentType ? { employmentType: f.employmentType as (typeof EMPLOYMENT_TYPES)[number] } : {}),
    ...(f.dateFrom ? { dateFrom: f.dateFrom } : {}),
    ...(f.dateTo ? { dateTo: f.dateTo } : {}),
    sort: f.sort,
  };
}

/** The request for one page of the list. */
export function casePageRequest(query: ReturnType<typeof toListQuery>, page: number) {
  return { ...query, offset: page * CASE_PAGE, limit: CASE_PAGE };
}
