/**
 * What a recap reads: the accused of the period's cases, grouped by one or two of their
 * case's attributes, counted in SQL (a year of the 100,000-case demo is about 60,000 people;
 * grouping them in SQL returns a few hundred rows instead).
 */
import type { Db } from '../db/connection.ts';
import type { RecapCounts, RecapDimension, RecapFilters } from '../../../shared/reports/recap.ts';

/**
 * "Recommended": the recommendation register names the person (a letter from Bawaslu, BKN,
 * KemenPANRB or another body, linked to this accused), or, for cases registered without the
 * register, the case came as a Bawaslu or BKN recommendation (its document kind is a
 * recommendation, or was left unset, as the follow-up deadline also treats it). A Bawaslu
 * finding (temuan) is not a recommendation. The register's lookup goes through its index on
 * the case (recommendation_employees_case).
 */
export const RECOMMENDED_SQL = `(EXISTS (SELECT 1 FROM recommendation_employees re WHERE re.case_id = c.id AND re.accused_id = a.id)
  OR (c.source IN ('bawaslu', 'bkn') AND coalesce(c.source_kind, 'recommendation') = 'recommendation'))`;

/** Sanctioned: the decision's SK was issued and no appeal decision annulled it. */
const SANCTIONED_SQL = "(d.sk_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM appeals p WHERE p.case_id = d.case_id AND p.accused_id = d.accused_id AND p.outcome = 'annulled'))";

const LEVEL_SQL = "CASE WHEN d.case_id IS NULL THEN 'none' ELSE coalesce(d.level, 'other') END";

/** Each dimension's key as SQL over c (case), a (accused), d (decision) and v (violation). Fixed text: no user input reaches it. */
const KEY_SQL: Record<RecapDimension, string> = {
  period: 'substr(c.incident_date, 1, 7)',
  opd: "coalesce(CAST(c.opd_id AS TEXT), 'none')",
  employment: 'a.employment_type',
  source: 'c.source',
  violation: "coalesce(v.code, 'none')",
  level: LEVEL_SQL,
  sanction: "coalesce(d.sanction_code, 'none')",
  status: 'c.status',
};

const MEASURES_SQL = `count(*) AS accused, sum(${RECOMMENDED_SQL}) AS recommended, sum(d.case_id IS NOT NULL) AS decided, sum(${SANCTIONED_SQL}) AS sanctioned`;

function where(f: RecapFilters): { sql: string; params: Record<string, string | number> } {
  const parts = ['c.incident_date BETWEEN @from AND @to'];
  const params: Record<string, string | number> = { from: f.from, to: f.to };
  const add = (clause: string, name: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    parts.push(clause);
    params[name] = value;
  };
  add('c.opd_id = @opdId', 'opdId', f.opdId);
  add('a.employment_type = @employmentType', 'employmentType', f.employmentType);
  add('c.source = @source', 'source', f.source);
  add('c.status = @status', 'status', f.status);
  add('EXISTS (SELECT 1 FROM case_violations fv WHERE fv.case_id = c.id AND fv.code = @violationCode)', 'violationCode', f.violationCode);
  add(`${LEVEL_SQL} = @level`, 'level', f.level);
  add("coalesce(d.sanction_code, 'none') = @sanctionCode", 'sanctionCode', f.sanctionCode);
  return { sql: parts.join(' AND '), params };
}

// INDEXED BY: the planner otherwise walks every case in OPD order (migration 26 says why).
const FROM_SQL = `FROM cases c INDEXED BY cases_recap
  JOIN case_accused a ON a.case_id = c.id
  LEFT JOIN decisions d ON d.case_id = a.case_id AND d.accused_id = a.id`;

export interface RecapCellRow extends RecapCounts {
  r: string;
  k: string | null;
}

const asCounts = (row: Record<string, unknown>): RecapCounts => ({
  accused: Number(row.accused ?? 0),
  recommended: Number(row.recommended ?? 0),
  decided: Number(row.decided ?? 0),
  sanctioned: Number(row.sanctioned ?? 0),
});

/**
 * Counts grouped by one or two dimensions. With `violation` among them a person appears once
 * per violation of the case; with none, the period's totals, each person once.
 */
export function selectRecapCells(db: Db, filters: RecapFilters, dims: RecapDimension[]): RecapCellRow[] {
  const { sql, params } = where(filters);
  const joinViolations = dims.includes('violation') ? ' LEFT JOIN case_violations v ON v.case_id = c.id' : '';
  const r = dims[0] ? KEY_SQL[dims[0]] : "''";
  const k = dims[1] ? KEY_SQL[dims[1]] : 'NULL';
  const group = dims.length === 0 ? '' : dims.length === 1 ? ' GROUP BY 1' : ' GROUP BY 1, 2';
  const rows = db.prepare(`SELECT ${r} AS r, ${k} AS k, ${MEASURES_SQL} ${FROM_SQL}${joinViolations} WHERE ${sql}${group}`).all(params) as Record<string, unknown>[];
  return rows.filter((row) => Number(row.accused) > 0).map((row) => ({ r: String(row.r), k: row.k === null ? null : String(row.k), ...asCounts(row) }));
}

/**
 * How many distinct cases the filters select. Without a filter on the person (employment type,
 * sanction level, sanction) every case with an accused counts, read from the cases' indexes alone.
 */
export function countRecapCases(db: Db, filters: RecapFilters): number {
  const { sql, params } = where(filters);
  const personal = filters.employmentType !== undefined || filters.level !== undefined || filters.sanctionCode !== undefined;
  const query = personal
    ? `SELECT count(DISTINCT c.id) AS n ${FROM_SQL} WHERE ${sql}`
    : `SELECT count(*) AS n FROM cases c WHERE ${sql} AND EXISTS (SELECT 1 FROM case_accused a WHERE a.case_id = c.id)`;
  return (db.prepare(query).get(params) as { n: number }).n;
}

/** OPD names by id, for labels. */
export function selectOpdNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM opds ORDER BY name').all() as { id: number; name: string }[];
  return new Map(rows.map((o) => [String(o.id), o.name]));
}

/** Statuses and sanction codes present in cases, for the filter lists. */
export function selectRecapValuesInUse(db: Db): { statuses: string[]; sanctionCodes: string[] } {
  const statuses = (db.prepare('SELECT DISTINCT status FROM cases').all() as { status: string }[]).map((r) => r.status);
  const sanctionCodes = (db.prepare('SELECT DISTINCT sanction_code AS code FROM decisions').all() as { code: string }[]).map((r) => r.code);
  return { statuses, sanctionCodes };
}
