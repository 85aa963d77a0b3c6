/**
 * The reports' reads of received cases (the recap and the SIASN export), over the newest
 * revision of each case: the received_* tables' second door beside received-queries.ts,
 * reads only. People, heads and violations are the narrow rows migration 34 keeps from each
 * case's newest case.json; only the few SIASN rows read the record itself.
 */
import type { Db } from '../db/connection.ts';
import type { RecapCounts, RecapDimension, RecapFilters } from '../../../shared/reports/recap.ts';

/** One received person (p) with their case's head (h). */
const FROM_SQL = `FROM received_people p JOIN received_case_heads h ON h.origin_code = p.origin_code AND h.case_uuid = p.case_uuid`;

/**
 * Each dimension's key. A received record names the OPD in words (no id of this office's
 * OPD list), kept apart from OPD ids by its `opd:` prefix; it carries no source, so every
 * received person is under "none" there.
 */
const KEY_SQL: Record<RecapDimension, string> = {
  period: 'substr(h.incident_date, 1, 7)',
  opd: "coalesce('opd:' || p.opd, 'none')",
  employment: "coalesce(p.employment, 'none')",
  source: "'none'",
  violation: "coalesce(v.code, 'none')",
  level: 'p.level',
  sanction: "coalesce(p.sanction_code, 'none')",
  status: 'h.status',
};

// Recommended: a case.json does not say whether a person came as a recommendation, so it counts none.
const MEASURES_SQL = 'count(*) AS accused, 0 AS recommended, sum(p.decided) AS decided, sum(p.sanctioned) AS sanctioned';

/** `received` reads every origin; a code reads that origin alone. */
const originParam = (origin: string | undefined) => (origin === undefined || origin === 'received' ? null : origin);

function where(f: RecapFilters): { sql: string; params: Record<string, string | null> } {
  const parts = ['h.incident_date BETWEEN @from AND @to', '(@origin IS NULL OR p.origin_code = @origin)'];
  const params: Record<string, string | null> = { from: f.from, to: f.to, origin: originParam(f.origin) };
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    parts.push(clause);
    params[name] = value;
  };
  add('p.employment = @employmentType', 'employmentType', f.employmentType);
  add("'none' = @source", 'source', f.source);
  add('h.status = @status', 'status', f.status);
  add('EXISTS (SELECT 1 FROM received_case_violations fv WHERE fv.origin_code = p.origin_code AND fv.case_uuid = p.case_uuid AND fv.code = @violationCode)', 'violationCode', f.violationCode);
  add('p.level = @level', 'level', f.level);
  add("coalesce(p.sanction_code, 'none') = @sanctionCode", 'sanctionCode', f.sanctionCode);
  return { sql: parts.join(' AND '), params };
}

export interface ReceivedRecapRow extends RecapCounts {
  r: string;
  k: string | null;
}

/** Recap counts of received people grouped by one or two dimensions (none: the totals), as selectRecapCells does for this office's. */
export function selectReceivedRecapCells(db: Db, filters: RecapFilters, dims: RecapDimension[]): ReceivedRecapRow[] {
  const { sql, params } = where(filters);
  const joinViolations = dims.includes('violation') ? ' LEFT JOIN received_case_violations v ON v.origin_code = p.origin_code AND v.case_uuid = p.case_uuid' : '';
  const r = dims[0] ? KEY_SQL[dims[0]] : "''";
  const k = dims[1] ? KEY_SQL[dims[1]] : 'NULL';
  const group = dims.length === 0 ? '' : dims.length === 1 ? ' GROUP BY 1' : ' GROUP BY 1, 2';
  const rows = db.prepare(`SELECT ${r} AS r, ${k} AS k, ${MEASURES_SQL} ${FROM_SQL}${joinViolations} WHERE ${sql}${group}`).all(params) as Record<string, unknown>[];
  return rows
    .filter((row) => Number(row.accused) > 0)
    .map((row) => ({
      r: String(row.r),
      k: row.k === null ? null : String(row.k),
      accused: Number(row.accused),
      recommended: Number(row.recommended ?? 0),
      decided: Number(row.decided ?? 0),
      sanctioned: Number(row.sanctioned ?? 0),
    }));
}

/** How many distinct received cases have a person the filters select. */
export function countReceivedRecapCases(db: Db, filters: RecapFilters): number {
  const { sql, params } = where(filters);
  return (db.prepare(`SELECT count(*) AS n FROM (SELECT DISTINCT p.origin_code, p.case_uuid ${FROM_SQL} WHERE ${sql})`).get(params) as { n: number }).n;
}

/** Sanction codes decided in received cases (newest revisions), for the recap's filter list. */
export function selectReceivedSanctionCodes(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT sanction_code AS code FROM received_people WHERE sanction_code IS NOT NULL').all() as { code: string }[]).map((r) => r.code);
}

export interface ReceivedSkRow {
  originCode: string;
  originName: string;
  caseUuid: string;
  revision: number;
  registerNo: string;
  /** The record's violations and the one accused, as JSON text. */
  violationsJson: string;
  accusedJson: string;
  /** The SK among the record's letters (kind sk, the decision's number), when the bundle carried it. */
  skLetterSha256: string | null;
}

/**
 * Received people with a disciplinary SK (a decision with a level: not a moral statement or a
 * non-ASN outcome) dated from `from` to `to`, from each case's newest revision.
 */
export function selectReceivedSks(db: Db, from: string, to: string): ReceivedSkRow[] {
  return db
    .prepare(
      `SELECT p.origin_code AS originCode, h.origin_name AS originName, p.case_uuid AS caseUuid, h.revision, h.register_no AS registerNo,
              coalesce(json_extract(r.case_json, '$.violations'), '[]') AS violationsJson,
              json_extract(r.case_json, '$.accused[' || p.idx || ']') AS accusedJson,
              (SELECT json_extract(l.value, '$.sha256') FROM json_each(r.case_json, '$.letters') l
                WHERE json_extract(l.value, '$.kind') = 'sk' AND json_extract(l.value, '$.status') = 'issued'
                  AND json_extract(l.value, '$.number') = json_extract(r.case_json, '$.accused[' || p.idx || '].decision.skNumber')
                  AND EXISTS (SELECT 1 FROM received_letters rl WHERE rl.sha256 = json_extract(l.value, '$.sha256'))) AS skLetterSha256
       FROM received_people p
       JOIN received_case_heads h ON h.origin_code = p.origin_code AND h.case_uuid = p.case_uuid
       JOIN received_cases rc ON rc.origin_code = p.origin_code AND rc.case_uuid = p.case_uuid
       JOIN received_case_revisions r ON r.id = rc.latest_revision_id
       WHERE p.sk_date BETWEEN @from AND @to AND p.level IN ('ringan', 'sedang', 'berat')
       ORDER BY p.sk_date, p.origin_code, h.register_no, p.idx`,
    )
    .all({ from, to }) as ReceivedSkRow[];
}
