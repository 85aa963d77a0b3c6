/**
 * The one door to what a receiving office keeps from imported bundles (migration 29):
 * received_bundles, received_case_revisions, received_cases, received_letters,
 * received_conflicts. Every statement on those tables lives here and, for the reports' reads
 * (the recap, the SIASN export), in received-report-queries.ts.
 */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';

export interface ReceivedBundleRow {
  bundleId: string;
  bundleSha256: string;
  originCode: string;
  originName: string;
  originFingerprint: string;
  exportedAt: string;
  receivedAt: string;
  receivedBy: string;
  casesImported: number;
  casesAlready: number;
  casesRefused: number;
}

export interface NewRevision {
  originCode: string;
  originName: string;
  originFingerprint: string;
  caseUuid: string;
  revision: number;
  registerNo: string;
  sha256: string;
  previousSha256: string | null;
  caseJson: string;
  bundleId: string;
  bundleSha256: string;
  receivedAt: string;
  receivedBy: string;
}

export interface RevisionRow extends NewRevision {
  id: number;
}

export interface NewConflict {
  originCode: string;
  caseUuid: string;
  revision: number;
  registerNo: string;
  storedSha256: string;
  offeredSha256: string;
  offeredCaseJson: string;
  bundleId: string;
  bundleSha256: string;
  receivedAt: string;
  receivedBy: string;
}

export interface ConflictRow extends NewConflict {
  id: number;
}

const BUNDLE_COLUMNS = `bundle_id AS bundleId, bundle_sha256 AS bundleSha256, origin_code AS originCode, origin_name AS originName,
  origin_fingerprint AS originFingerprint, exported_at AS exportedAt, received_at AS receivedAt, received_by AS receivedBy,
  cases_imported AS casesImported, cases_already AS casesAlready, cases_refused AS casesRefused`;

const REVISION_COLUMNS = `id, origin_code AS originCode, origin_name AS originName, origin_fingerprint AS originFingerprint,
  case_uuid AS caseUuid, revision, register_no AS registerNo, sha256, previous_sha256 AS previousSha256, case_json AS caseJson,
  bundle_id AS bundleId, bundle_sha256 AS bundleSha256, received_at AS receivedAt, received_by AS receivedBy`;

const CONFLICT_COLUMNS = `id, origin_code AS originCode, case_uuid AS caseUuid, revision, register_no AS registerNo,
  stored_sha256 AS storedSha256, offered_sha256 AS offeredSha256, offered_case_json AS offeredCaseJson,
  bundle_id AS bundleId, bundle_sha256 AS bundleSha256, received_at AS receivedAt, received_by AS receivedBy`;

/**
 * The statements an import runs for every case, each prepared once per connection
 * (cachedStatement): received_cases' triggers of migration 34 make their compiled programs
 * large, and preparing them afresh per case grew a 1,000-case import by about 100 MB.
 */
const IMPORT_SQL = {
  selectRevision: `SELECT ${REVISION_COLUMNS} FROM received_case_revisions WHERE origin_code = ? AND case_uuid = ? AND revision = ?`,
  insertRevision: `INSERT INTO received_case_revisions (origin_code, origin_name, origin_fingerprint, case_uuid, revision, register_no, sha256, previous_sha256, case_json, bundle_id, bundle_sha256, received_at, received_by)
     VALUES (@originCode, @originName, @originFingerprint, @caseUuid, @revision, @registerNo, @sha256, @previousSha256, @caseJson, @bundleId, @bundleSha256, @receivedAt, @receivedBy)`,
  raiseLatest: `INSERT INTO received_cases (origin_code, case_uuid, latest_revision_id) VALUES (@originCode, @caseUuid, @revisionId)
     ON CONFLICT (origin_code, case_uuid) DO UPDATE SET latest_revision_id = excluded.latest_revision_id
     WHERE (SELECT revision FROM received_case_revisions WHERE id = excluded.latest_revision_id)
         > (SELECT revision FROM received_case_revisions WHERE id = received_cases.latest_revision_id)`,
  insertLetter: 'INSERT INTO received_letters (sha256, pdf, length) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  insertConflict: `INSERT INTO received_conflicts (origin_code, case_uuid, revision, register_no, stored_sha256, offered_sha256, offered_case_json, bundle_id, bundle_sha256, received_at, received_by)
     VALUES (@originCode, @caseUuid, @revision, @registerNo, @storedSha256, @offeredSha256, @offeredCaseJson, @bundleId, @bundleSha256, @receivedAt, @receivedBy)
     ON CONFLICT (origin_code, case_uuid, revision, offered_sha256) DO NOTHING`,
} as const;

export function selectReceivedBundle(db: Db, bundleId: string): ReceivedBundleRow | undefined {
  return db.prepare(`SELECT ${BUNDLE_COLUMNS} FROM received_bundles WHERE bundle_id = ?`).get(bundleId) as ReceivedBundleRow | undefined;
}

export function insertReceivedBundle(db: Db, row: ReceivedBundleRow): void {
  db.prepare(
    `INSERT INTO received_bundles (bundle_id, bundle_sha256, origin_code, origin_name, origin_fingerprint, exported_at, received_at, received_by, cases_imported, cases_already, cases_refused)
     VALUES (@bundleId, @bundleSha256, @originCode, @originName, @originFingerprint, @exportedAt, @receivedAt, @receivedBy, @casesImported, @casesAlready, @casesRefused)`,
  ).run(row);
}

/** The stored revision of a case, if any: (origin, case_uuid, revision) is unique. */
export function selectRevision(db: Db, originCode: string, caseUuid: string, revision: number): RevisionRow | undefined {
  return cachedStatement(db, IMPORT_SQL.selectRevision).get(originCode, caseUuid, revision) as RevisionRow | undefined;
}

export function selectRevisionById(db: Db, id: number): RevisionRow | undefined {
  return db.prepare(`SELECT ${REVISION_COLUMNS} FROM received_case_revisions WHERE id = ?`).get(id) as RevisionRow | undefined;
}

export function insertRevision(db: Db, row: NewRevision): number {
  return Number(cachedStatement(db, IMPORT_SQL.insertRevision).run(row).lastInsertRowid);
}

/** Every revision held of one case, oldest first. */
export function selectCaseRevisions(db: Db, originCode: string, caseUuid: string): RevisionRow[] {
  return db.prepare(`SELECT ${REVISION_COLUMNS} FROM received_case_revisions WHERE origin_code = ? AND case_uuid = ? ORDER BY revision`).all(originCode, caseUuid) as RevisionRow[];
}

/**
 * Points the case at this revision when it is newer than the one it points at (or the case
 * is new): the newest revision wins whatever order the bundles arrive in.
 */
export function raiseLatestRevision(db: Db, originCode: string, caseUuid: string, revisionId: number): void {
  cachedStatement(db, IMPORT_SQL.raiseLatest).run({ originCode, caseUuid, revisionId });
}

/** Stores a letter once by its SHA-256; true when it was new. */
export function insertLetterOnce(db: Db, sha256: string, pdf: Uint8Array): boolean {
  return cachedStatement(db, IMPORT_SQL.insertLetter).run(sha256, Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), pdf.byteLength).changes === 1;
}

export function selectLetterPdf(db: Db, sha256: string): Buffer | undefined {
  return (db.prepare('SELECT pdf FROM received_letters WHERE sha256 = ?').get(sha256) as { pdf: Buffer } | undefined)?.pdf;
}

/** Flags a conflicting offer for a person; the same offer again is not flagged twice. True when new. */
export function insertConflictOnce(db: Db, row: NewConflict): boolean {
  return cachedStatement(db, IMPORT_SQL.insertConflict).run(row).changes === 1;
}

export function selectCaseConflicts(db: Db, originCode: string, caseUuid: string): ConflictRow[] {
  return db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM received_conflicts WHERE origin_code = ? AND case_uuid = ? ORDER BY revision, id`).all(originCode, caseUuid) as ConflictRow[];
}

/** Every conflict flagged, newest first: the list a person works through. */
export function selectAllConflicts(db: Db): ConflictRow[] {
  return db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM received_conflicts ORDER BY received_at DESC, id DESC`).all() as ConflictRow[];
}

// ---- The province view (received-view.ts): reads only, from the narrow rows of migration 34. ----

/** A held revision of the case names a previous hash that no held revision of the case has. */
const GAP_SQL = `EXISTS (SELECT 1 FROM received_case_revisions x
  WHERE x.origin_code = h.origin_code AND x.case_uuid = h.case_uuid AND x.previous_sha256 IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM received_case_revisions y WHERE y.origin_code = x.origin_code AND y.case_uuid = x.case_uuid AND y.sha256 = x.previous_sha256))`;

const SUMMARY_COLUMNS = `h.origin_code AS originCode, h.origin_name AS originName, h.case_uuid AS caseUuid, h.register_no AS registerNo, h.status,
  (SELECT json_group_array(json_object('name', q.name, 'nip', q.nip))
     FROM (SELECT name, nip FROM received_people p WHERE p.origin_code = h.origin_code AND p.case_uuid = h.case_uuid ORDER BY p.idx) q) AS accusedJson,
  h.revision, h.received_at AS receivedAt,
  (SELECT count(*) FROM received_case_revisions x WHERE x.origin_code = h.origin_code AND x.case_uuid = h.case_uuid) AS revisions,
  ${GAP_SQL} AS gap,
  EXISTS (SELECT 1 FROM received_conflicts k WHERE k.origin_code = h.origin_code AND k.case_uuid = h.case_uuid) AS conflict`;

const SUMMARY_FROM = 'FROM received_case_heads h';
const SUMMARY_ORDER = 'h.origin_name, h.origin_code, h.register_no, h.case_uuid';

export interface ReceivedSummaryRow {
  originCode: string;
  originName: string;
  caseUuid: string;
  registerNo: string;
  status: string;
  accusedJson: string;
  revision: number;
  receivedAt: string;
  revisions: number;
  gap: number;
  conflict: number;
}

/** LIKE pattern for a fragment typed by a user: its own % and _ match only themselves. */
const likeOf = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function summaryWhere(origin: string | undefined, search: string | undefined): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (origin) {
    parts.push('h.origin_code = @origin');
    params.origin = origin;
  }
  if (search) {
    parts.push(`(h.register_no LIKE @like ESCAPE '\\' OR EXISTS (SELECT 1 FROM received_people p
      WHERE p.origin_code = h.origin_code AND p.case_uuid = h.case_uuid AND (p.name LIKE @like ESCAPE '\\' OR p.nip LIKE @like ESCAPE '\\')))`);
    params.like = likeOf(search);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** One page of received cases (newest revision of each), by origin name then register number. */
export function selectReceivedSummaries(db: Db, q: { origin?: string; search?: string; offset: number; limit: number }): { rows: ReceivedSummaryRow[]; total: number } {
  const { sql, params } = summaryWhere(q.origin, q.search);
  // The page's cases are chosen first and only they get the per-case columns (accused, gap, conflict).
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM (SELECT h.origin_code, h.case_uuid ${SUMMARY_FROM} ${sql} ORDER BY ${SUMMARY_ORDER} LIMIT @limit OFFSET @offset) page
       JOIN received_case_heads h ON h.origin_code = page.origin_code AND h.case_uuid = page.case_uuid
       ORDER BY ${SUMMARY_ORDER}`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as ReceivedSummaryRow[];
  const total = (db.prepare(`SELECT count(*) AS n ${SUMMARY_FROM} ${sql}`).get(params) as { n: number }).n;
  return { rows, total };
}

/** Every received case the filters select, in the list's order, one at a time (the list's export). */
export function iterateReceivedSummaries(db: Db, q: { origin?: string; search?: string }): IterableIterator<ReceivedSummaryRow> {
  const { sql, params } = summaryWhere(q.origin, q.search);
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${sql} ORDER BY ${SUMMARY_ORDER}`).iterate(params) as IterableIterator<ReceivedSummaryRow>;
}

/** One received case's summary, or undefined when no revision of it is held. */
export function selectReceivedSummary(db: Db, originCode: string, caseUuid: string): ReceivedSummaryRow | undefined {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE h.origin_code = ? AND h.case_uuid = ?`).get(originCode, caseUuid) as ReceivedSummaryRow | undefined;
}

/** The newest revision's case.json text of a received case. */
export function selectLatestCaseJson(db: Db, originCode: string, caseUuid: string): string | undefined {
  return (db.prepare('SELECT r.case_json AS json FROM received_cases rc JOIN received_case_revisions r ON r.id = rc.latest_revision_id WHERE rc.origin_code = ? AND rc.case_uuid = ?').get(originCode, caseUuid) as { json: string } | undefined)?.json;
}

/** Every origin cases were received from, with its latest name and how many cases. */
export function selectReceivedOrigins(db: Db): { code: string; name: string; cases: number }[] {
  return db
    .prepare(
      `SELECT h.origin_code AS code, (SELECT x.origin_name FROM received_case_revisions x WHERE x.origin_code = h.origin_code ORDER BY x.received_at DESC, x.id DESC LIMIT 1) AS name, count(*) AS cases
       FROM received_case_heads h GROUP BY h.origin_code ORDER BY name, code`,
    )
    .all() as { code: string; name: string; cases: number }[];
}
