/**
 * The reports' reads of received cases (the recap and the SIASN export), over the newest
 * revision of each case: the received_* tables' second door beside received-queries.ts,
 * reads only. A received case is its case.json, so every attribute is read with SQLite's
 * JSON functions; a person is one element of `accused`.
 */
import type { Db } from '../db/connection.ts';
import type { RecapCounts, RecapDimension, RecapFilters } from '../../../shared/reports/recap.ts';

/** case_json as JSON SQLite can walk; a text that is not JSON reads as an empty record. */
const RECORD_SQL = "CASE WHEN json_valid(r.case_json) THEN r.case_json ELSE '{}' END";
/** The accused of each received case's newest revision, one row per person (p), with its case's record. */
const PEOPLE_SQL = `WITH p AS (
  SELECT rc.origin_code AS origin, r.origin_name AS originName, rc.case_uuid AS caseUuid, ${RECORD_SQL} AS rec, a.value AS acc,
         json_extract(${RECORD_SQL}, '$.incident.date') AS incidentDate, coalesce(json_extract(${RECORD_SQL}, '$.status'), '') AS status
  FROM received_cases rc
  JOIN received_case_revisions r ON r.id = rc.latest_revision_id
  JOIN json_each(${RECORD_SQL}, '$.accused') a
  WHERE @origin IS NULL OR rc.origin_code = @origin
)`;

const LEVEL_SQL = "CASE WHEN json_extract(p.acc, '$.decision') IS NULL THEN 'none' ELSE coalesce(json_extract(p.acc, '$.decision.level'), 'other') END";

/** The same definition as for this office's cases: the SK was issued and no appeal decision annulled it. */
const SANCTIONED_SQL = `(json_extract(p.acc, '$.decision.skNumber') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM json_each(p.acc, '$.appeals') ap WHERE json_extract(ap.value, '$.outcome') = 'annulled'))`;

/**
 * Each dimension's key. A received record names the OPD in words (no id of this office's
 * OPD list), kept apart from OPD ids by its `opd:` prefix; it carries no source, so every
 * received person is under "none" there.
 */
const KEY_SQL: Record<RecapDimension, string> = {
  period: 'substr(p.incidentDate, 1, 7)',
  opd: "coalesce('opd:' || json_extract(p.acc, '$.opd'), 'none')",
  employment: "coalesce(json_extract(p.acc, '$.employmentType'), 'none')",
  source: "'none'",
  violation: "coalesce(json_extract(v.value, '$.code'), 'none')",
  level: LEVEL_SQL,
  sanction: "coalesce(json_extract(p.acc, '$.decision.sanctionCode'), 'none')",
  status: 'p.status',
};

// Recommended: a case.json does not say whether a person came as a recommendation, so it counts none.
const MEASURES_SQL = `count(*) AS accused, 0 AS recommended, sum(json_extract(p.acc, '$.decision') IS NOT NULL) AS decided, sum(${SANCTIONED_SQL}) AS sanctioned`;

/** `received` reads every origin; a code reads that origin alone. */
const originParam = (origin: string | undefined) => (origin === undefined || origin === 'received' ? null : origin);

function where(f: RecapFilters): { sql: string; params: Record<string, string | null> } {
  const parts = ['p.incidentDate BETWEEN @from AND @to'];
  const params: Record<string, string | null> = { from: f.from, to: f.to, origin: originParam(f.origin) };
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    parts.push(clause);
    params[name] = value;
  };
  add("json_extract(p.acc, '$.employmentType') = @employmentType", 'employmentType', f.employmentType);
  add("'none' = @source", 'source', f.source);
  add('p.status = @status', 'status', f.status);
  add("EXISTS (SELECT 1 FROM json_each(p.rec, '$.violations') fv WHERE json_extract(fv.value, '$.code') = @violationCode)", 'violationCode', f.violationCode);
  add(`${LEVEL_SQL} = @level`, 'level', f.level);
  add("coalesce(json_extract(p.acc, '$.decision.sanctionCode'), 'none') = @sanctionCode", 'sanctionCode', f.sanctionCode);
  return { sql: parts.join(' AND '), params };
}

export interface ReceivedRecapRow extends RecapCounts {
  r: string;
  k: string | null;
}

/** Recap counts of received people grouped by one or two dimensions (none: the totals), as selectRecapCells does for this office's. */
export function selectReceivedRecapCells(db: Db, filters: RecapFilters, dims: RecapDimension[]): ReceivedRecapRow[] {
  const { sql, params } = where(filters);
  const joinViolations = dims.includes('violation') ? " LEFT JOIN json_each(p.rec, '$.violations') v" : '';
  const r = dims[0] ? KEY_SQL[dims[0]] : "''";
  const k = dims[1] ? KEY_SQL[dims[1]] : 'NULL';
  const group = dims.length === 0 ? '' : dims.length === 1 ? ' GROUP BY 1' : ' GROUP BY 1, 2';
  const rows = db.prepare(`${PEOPLE_SQL} SELECT ${r} AS r, ${k} AS k, ${MEASURES_SQL} FROM p${joinViolations} WHERE ${sql}${group}`).all(params) as Record<string, unknown>[];
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
  return (db.prepare(`${PEOPLE_SQL} SELECT count(DISTINCT p.origin || '/' || p.caseUuid) AS n FROM p WHERE ${sql}`).get(params) as { n: number }).n;
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
      `${PEOPLE_SQL}
       SELECT p.origin AS originCode, p.originName,
              p.caseUuid, coalesce(json_extract(p.rec, '$.revision'), 0) AS revision, coalesce(json_extract(p.rec, '$.registerNo'), '') AS registerNo,
              coalesce(json_extract(p.rec, '$.violations'), '[]') AS violationsJson, p.acc AS accusedJson,
              (SELECT json_extract(l.value, '$.sha256') FROM json_each(p.rec, '$.letters') l
                WHERE json_extract(l.value, '$.kind') = 'sk' AND json_extract(l.value, '$.status') = 'issued'
                  AND json_extract(l.value, '$.number') = json_extract(p.acc, '$.decision.skNumber')
                  AND EXISTS (SELECT 1 FROM received_letters rl WHERE rl.sha256 = json_extract(l.value, '$.sha256'))) AS skLetterSha256
       FROM p
       WHERE json_extract(p.acc, '$.decision.skNumber') IS NOT NULL AND json_extract(p.acc, '$.decision.level') IS NOT NULL
         AND json_extract(p.acc, '$.decision.skDate') BETWEEN @from AND @to
       ORDER BY json_extract(p.acc, '$.decision.skDate'), p.origin, registerNo, json_extract(p.acc, '$.position')`,
    )
    .all({ from, to, origin: null }) as ReceivedSkRow[];
}

/** Sanction codes decided in received cases (newest revisions), for the recap's filter list. */
export function selectReceivedSanctionCodes(db: Db): string[] {
  return (
    db.prepare(`${PEOPLE_SQL} SELECT DISTINCT json_extract(p.acc, '$.decision.sanctionCode') AS code FROM p WHERE code IS NOT NULL`).all({ origin: null }) as { code: string }[]
  ).map((r) => r.code);
}
