/**
 * The register of sanctions in force, read from `decisions` (delivered, disciplinary), the
 * latest decided appeal that changed or annulled the sanction, and the end-of-sanction notice
 * letter. Filters by status are ranges of the decision's dates (index decisions_running).
 */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { SanctionRow, SanctionStatus } from '../../../shared/sanctions/register.ts';

/** A register row as read: the printed row's own columns, and the raw parts its service turns into titles, the decider, the appeal and the notice. */
export interface SanctionDbRow
  extends Pick<SanctionRow, 'caseId' | 'registerNo' | 'accusedId' | 'name' | 'nip' | 'unitKerja' | 'sanctionCode' | 'level' | 'durationMonths' | 'skNumber' | 'skDate' | 'deliveredOn' | 'startDate' | 'endDate'> {
  catalogueId: string;
  signatory: string | null;
  appealOutcome: 'lightened' | 'heavier' | 'annulled' | null;
  appealNumber: string | null;
  appealDate: string | null;
  appealSanction: string | null;
  appealDuration: number | null;
  noticeNumber: string | null;
  noticeDate: string | null;
}

// The same partition as sanctionStatus: a sanction without a period (end_date NULL: a reprimand,
// dismissal) is complete the day it takes effect, so it is upcoming before that and ended from it.
const STATUS_SQL: Record<SanctionStatus | 'all', string> = {
  all: '1',
  upcoming: 'd.effective_date > @today AND (d.end_date IS NULL OR d.end_date >= @today)',
  in_force: 'd.end_date IS NOT NULL AND d.effective_date <= @today AND d.end_date >= @today',
  ended: '(d.end_date < @today OR (d.end_date IS NULL AND d.effective_date <= @today))',
};

// Delivered disciplinary decisions: a level (no moral or non-ASN outcome), an issued SK and a recorded start.
const JOINS = `FROM decisions d INDEXED BY decisions_running
  JOIN cases c ON c.id = d.case_id
  JOIN case_accused a ON a.id = d.accused_id`;
const DELIVERED = 'd.effective_date IS NOT NULL AND d.level IS NOT NULL AND d.sk_number IS NOT NULL';

const COLUMNS = `d.case_id AS caseId, c.register_no AS registerNo, d.accused_id AS accusedId, a.name, a.nip, a.unit_kerja AS unitKerja,
  d.sanction_code AS sanctionCode, d.catalogue_id AS catalogueId, d.level, d.duration_months AS durationMonths,
  d.sk_number AS skNumber, d.sk_date AS skDate, d.delivered_on AS deliveredOn, d.effective_date AS startDate, d.end_date AS endDate,
  d.signatory, ap.outcome AS appealOutcome, ap.outcome_number AS appealNumber, ap.outcome_date AS appealDate,
  ap.sanction_code AS appealSanction, ap.duration_months AS appealDuration`;

/**
 * The one definition of which appeal the sanction in force comes from: the latest decided
 * appeal that changed the sanction (lightened, heavier) or annulled it. An upheld appeal
 * changes nothing, so a keberatan upheld after an earlier one lightened the sanction leaves
 * the lightened sanction standing. The register and the SIASN export both read it here.
 */
const CHANGING_APPEAL_ID = (caseId: string, accusedId: string) => `(SELECT x.id FROM appeals x WHERE x.case_id = ${caseId} AND x.accused_id = ${accusedId}
  AND x.outcome IN ('lightened', 'heavier', 'annulled') ORDER BY x.outcome_date DESC, x.id DESC LIMIT 1)`;
const LAST_CHANGING_APPEAL = `LEFT JOIN appeals ap ON ap.id = ${CHANGING_APPEAL_ID('d.case_id', 'd.accused_id')}`;

export interface ChangingAppeal {
  kind: 'keberatan' | 'banding';
  outcome: 'lightened' | 'heavier' | 'annulled';
  outcomeNumber: string;
  outcomeDate: string;
  sanctionCode: string | null;
  durationMonths: number | null;
}

/** The appeal the accused's sanction in force comes from, or undefined when none changed it. */
export function selectChangingAppeal(db: Db, caseId: number, accusedId: number): ChangingAppeal | undefined {
  return cachedStatement(
    db,
    `SELECT kind, outcome, outcome_number AS outcomeNumber, outcome_date AS outcomeDate, sanction_code AS sanctionCode, duration_months AS durationMonths
     FROM appeals WHERE id = ${CHANGING_APPEAL_ID('@caseId', '@accusedId')}`,
  ).get({ caseId, accusedId }) as ChangingAppeal | undefined;
}

const SEARCH_SQL = "(@search IS NULL OR a.name LIKE '%' || @search || '%' ESCAPE '\\' OR a.nip LIKE '%' || @search || '%' ESCAPE '\\')";

function where(status: SanctionStatus | 'all'): string {
  return `WHERE ${DELIVERED} AND ${STATUS_SQL[status]} AND ${SEARCH_SQL}`;
}

/** A name or NIP fragment with LIKE's wildcards escaped; null for none. */
function searchParam(search: string | undefined): string | null {
  const s = search?.trim();
  return s ? s.replace(/[\\%_]/g, (m) => `\\${m}`) : null;
}

export function countSanctions(db: Db, status: SanctionStatus | 'all', today: string, search?: string): number {
  return (db.prepare(`SELECT count(*) AS n ${JOINS} ${where(status)}`).get({ today, search: searchParam(search) }) as { n: number }).n;
}

/** One page of the register, the sanctions ending soonest first (open-ended ones last, then by start). */
export function selectSanctions(db: Db, q: { status: SanctionStatus | 'all'; today: string; search?: string | undefined; limit: number; offset: number }): SanctionDbRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS},
              n.number AS noticeNumber, n.letter_date AS noticeDate
       ${JOINS}
       ${LAST_CHANGING_APPEAL}
       LEFT JOIN issued_letters n ON n.case_id = d.case_id AND n.type = 'endnotice' AND n.status = 'issued' AND n.subject = 'accused:' || d.accused_id
       ${where(q.status)}
       ORDER BY d.end_date IS NULL, d.end_date, d.effective_date, d.case_id, d.accused_id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ today: q.today, search: searchParam(q.search), limit: q.limit, offset: q.offset }) as SanctionDbRow[];
}

/** One accused's delivered sanction (for the end-of-sanction notice), or undefined. */
export function selectSanction(db: Db, caseId: number, accusedId: number): SanctionDbRow | undefined {
  return db
    .prepare(
      `SELECT ${COLUMNS},
              NULL AS noticeNumber, NULL AS noticeDate
       FROM decisions d JOIN cases c ON c.id = d.case_id JOIN case_accused a ON a.id = d.accused_id
       ${LAST_CHANGING_APPEAL}
       WHERE d.case_id = ? AND d.accused_id = ? AND ${DELIVERED}`,
    )
    .get(caseId, accusedId) as SanctionDbRow | undefined;
}
