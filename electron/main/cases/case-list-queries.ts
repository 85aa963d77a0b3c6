/**
 * The case register's list: filters, sort, paging and the count, as SQL built only from
 * fixed fragments (user input is bound, never spliced), with the index each plan relies on
 * named (`INDEXED BY`, checked by test/db/indexed-by-plans.test.ts). The list screen, its
 * export and the benchmark read through here; everything else about a case is in
 * case-queries.ts.
 */
import type { Db } from '../db/connection.ts';
import type { CaseListQuery, CaseSort, CaseSummary } from '../../../shared/cases/schemas.ts';
import { idQuery, wordQuery } from './case-search-queries.ts';
import { TYPE_BITS } from './accused-types.ts';

// Fixed SQL per sort option: user input never reaches the ORDER BY text.
const ORDER: Record<CaseSort, string> = {
  registered_desc: 'c.created_at DESC, c.id DESC',
  registered_asc: 'c.created_at ASC, c.id ASC',
  incident_desc: 'c.incident_date DESC, c.id DESC',
  incident_asc: 'c.incident_date ASC, c.id ASC',
  register_desc: 'c.register_year DESC, c.register_seq DESC',
  register_asc: 'c.register_year ASC, c.register_seq ASC',
};



type Filter = Omit<CaseListQuery, 'sort' | 'offset' | 'limit'>;

interface FilterParts {
  /** Conditions on columns of `cases c`; `plain` lets SQLite use their indexes, `scan` hides them (+) so it reads in sort order. */
  plain: string[];
  scan: string[];
  /** The set of case ids from the full-text or violation index, when one narrows the list. */
  driver: string | null;
  /** Only the incident date range restricts the cases columns (its own index serves it best). */
  datesOnly: boolean;
  hasDates: boolean;
  params: Record<string, unknown>;
}

/** The filter as SQL fragments and bound parameters; the SQL text is built only from fixed fragments. */
function filterParts(q: Filter): FilterParts {
  const plain: string[] = [];
  const scan: string[] = [];
  const params: Record<string, unknown> = {};
  const both = (column: string, op: string) => {
    plain.push(`c.${column} ${op}`);
    scan.push(`+c.${column} ${op}`);
  };
  if (q.status) {
    both('status', '= @status');
    params.status = q.status;
  }
  if (q.source) {
    both('source', '= @source');
    params.source = q.source;
  }
  if (q.opdId !== undefined) {
    both('opd_id', '= @opdId');
    params.opdId = q.opdId;
  }
  const others = plain.length;
  // The date range stays visible to the planner (no +) even when reading in sort order:
  // incident dates go with registration order, so hiding it would scan most of the table.
  if (q.dateFrom) {
    plain.push('c.incident_date >= @dateFrom');
    scan.push('c.incident_date >= @dateFrom');
    params.dateFrom = q.dateFrom;
  }
  if (q.dateTo) {
    plain.push('c.incident_date <= @dateTo');
    scan.push('c.incident_date <= @dateTo');
    params.dateTo = q.dateTo;
  }
  const hasDates = plain.length > others;
  if (q.employmentType) {
    // Every bit combination containing the type: an index range, not a per-row expression.
    const bit = TYPE_BITS[q.employmentType];
    const sets = [1, 2, 3, 4, 5, 6, 7].filter((m) => m & bit);
    sets.forEach((m, i) => (params[`types${i}`] = m));
    both('accused_types', `IN (${sets.map((_, i) => `@types${i}`).join(', ')})`);
  }
  const datesOnly = hasDates && !q.status && !q.source && q.opdId === undefined && !q.employmentType;
  let driver: string | null = null;
  if (q.search) {
    const words = wordQuery(q.search);
    const ids = idQuery(q.search);
    const parts: string[] = [];
    if (words) {
      parts.push('SELECT rowid AS id FROM case_fts WHERE case_fts MATCH @words');
      params.words = words;
    }
    if (ids) {
      parts.push('SELECT rowid AS id FROM case_ids_fts WHERE case_ids_fts MATCH @ids');
      params.ids = ids;
    }
    // Nothing searchable typed (only punctuation): nothing matches.
    driver = parts.length ? parts.join(' UNION ') : 'SELECT NULL AS id WHERE 0';
  }
  if (q.violationCode) {
    params.violationCode = q.violationCode;
    if (driver) {
      const probe = 'EXISTS (SELECT 1 FROM case_violations v WHERE v.case_id = c.id AND v.code = @violationCode)';
      plain.push(probe);
      scan.push(probe);
    } else driver = 'SELECT case_id AS id FROM case_violations WHERE code = @violationCode';
  }
  return { plain, scan, driver, datesOnly, hasDates, params };
}

const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');

const COLUMNS = `c.id, c.register_no AS registerNo, c.case_uuid AS caseUuid, c.revision, c.status, c.source, c.incident_date AS incidentDate, c.created_at AS createdAt,
       (SELECT group_concat(name, ', ') FROM (SELECT name FROM case_accused WHERE case_id = c.id ORDER BY position)) AS accusedNames,
       (SELECT group_concat(code, ', ') FROM case_violations WHERE case_id = c.id) AS violationCodes,
       (SELECT name FROM opds WHERE id = c.opd_id) AS opdName`;

// Every list filter and sort column in one narrow index: counting and sorting a filtered
// set read only this index, never the table (migration 006).
const COVER = 'cases c INDEXED BY cases_filter_cover';

/** The count statement of a list query and its parameters. */
export function caseCountSql(q: Filter): { sql: string; params: Record<string, unknown> } {
  const f = filterParts(q);
  if (f.driver && f.plain.length === 0) return { sql: `SELECT count(*) AS n FROM (${f.driver})`, params: f.params };
  const conds = f.driver ? [...f.plain, `c.id IN (${f.driver})`] : f.plain;
  // A date range alone is an index range of its own; anything else counts over the covering index.
  const from = f.datesOnly && !f.driver ? 'cases c' : COVER;
  return { sql: `SELECT count(*) AS n FROM ${from} ${where(conds)}`, params: f.params };
}

/** Sizes that decide how a page is read: matching rows and rows in the table. */
export interface PageStats {
  total: number;
  tableSize: number;
}

/** Estimates the table size in O(1) (ids only grow; deletions are rare). */
export const TABLE_SIZE_SQL = 'SELECT coalesce(max(id), 0) AS n FROM cases';

/** Rows read in sort order beyond which sorting the filtered set is cheaper. */
const SCAN_BUDGET = 10_000;

/**
 * The page statement, chosen from the counts: when the page is expected within
 * SCAN_BUDGET rows of the sort order, the table is read in that order through the sort's
 * index and stops after the page; otherwise the filtered set is read from the covering
 * index and sorted. Both are plain SQL with bound parameters.
 */
export function caseRowsSql(q: CaseListQuery, stats: PageStats): { sql: string; params: Record<string, unknown> } {
  const f = filterParts(q);
  const params = { ...f.params, limit: q.limit, offset: q.offset };
  const tail = `ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`;
  const expectedScan = ((q.offset + q.limit) * stats.tableSize) / Math.max(1, stats.total);
  // With a date range, reading in registration order is not uniform (see filterParts): only
  // the incident sorts, which follow the date index itself, read in order.
  const incidentSort = q.sort === 'incident_asc' || q.sort === 'incident_desc';
  let ids: string;
  if (expectedScan > SCAN_BUDGET || (f.hasDates && !incidentSort)) {
    const conds = f.driver ? [...f.plain, `c.id IN (${f.driver})`] : f.plain;
    ids = `SELECT c.id FROM ${COVER} ${where(conds)} ${tail}`;
  } else {
    const conds = f.driver ? [...f.scan, `+c.id IN (${f.driver})`] : f.scan;
    ids = `SELECT c.id FROM cases c ${where(conds)} ${tail}`;
  }
  // The page's ids first, then names and codes for those rows only: correlated
  // subqueries in a sorted select would run for every matching row.
  return { sql: `WITH page AS (${ids}) SELECT ${COLUMNS} FROM page CROSS JOIN cases c ON c.id = page.id ORDER BY ${ORDER[q.sort]}`, params };
}

/** A page of the case list, filtered and sorted in SQL, with the total for the pager. */
export function selectCasePage(db: Db, q: CaseListQuery): { rows: CaseSummary[]; total: number } {
  const count = caseCountSql(q);
  const total = (db.prepare(count.sql).get(count.params) as { n: number }).n;
  if (total === 0 || q.offset >= total) return { rows: [], total };
  const tableSize = (db.prepare(TABLE_SIZE_SQL).get() as { n: number }).n;
  const rows = caseRowsSql(q, { total, tableSize });
  return { rows: db.prepare(rows.sql).all(rows.params) as CaseSummary[], total };
}

/** Every case the list's filters match, in its sort order, one row at a time (the list's export). */
export function* iterateCaseRows(db: Db, q: Omit<CaseListQuery, 'offset' | 'limit'>): Generator<CaseSummary> {
  const count = caseCountSql(q);
  const total = (db.prepare(count.sql).get(count.params) as { n: number }).n;
  if (total === 0) return;
  const tableSize = (db.prepare(TABLE_SIZE_SQL).get() as { n: number }).n;
  const rows = caseRowsSql({ ...q, offset: 0, limit: total }, { total, tableSize });
  yield* db.prepare(rows.sql).iterate(rows.params) as IterableIterator<CaseSummary>;
}
