/** The one door to `temporary_releases` (migration 16): pembebasan sementara per accused. */
import type { Db } from '../db/connection.ts';
import type { ReleaseOrderedBy, TemporaryRelease } from '../../../shared/examination/release.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';

interface Row {
  caseId: number;
  accusedId: number;
  startDate: string;
  reason: string;
  orderedBy: ReleaseOrderedBy;
  signatory: string;
  plhName: string;
  plhNip: string;
  plhJabatan: string;
  updatedAt: string;
  skNumber: string | null;
  skDate: string | null;
}

// The end is the decision's: the release lasts "sampai dengan ditetapkannya keputusan Hukuman Disiplin".
const SELECT = `SELECT r.case_id AS caseId, r.accused_id AS accusedId, r.start_date AS startDate, r.reason, r.ordered_by AS orderedBy,
         r.signatory, r.plh_name AS plhName, r.plh_nip AS plhNip, r.plh_jabatan AS plhJabatan, r.updated_at AS updatedAt,
         d.sk_number AS skNumber, d.sk_date AS skDate
  FROM temporary_releases r LEFT JOIN decisions d ON d.case_id = r.case_id AND d.accused_id = r.accused_id`;

const parse = (r: Row): TemporaryRelease => ({
  caseId: r.caseId,
  accusedId: r.accusedId,
  startDate: r.startDate,
  reason: r.reason,
  orderedBy: r.orderedBy,
  signatory: JSON.parse(r.signatory) as Signatory,
  plhName: r.plhName,
  plhNip: r.plhNip,
  plhJabatan: r.plhJabatan,
  endDate: r.skDate,
  endedBySk: r.skNumber,
  updatedAt: r.updatedAt,
});

export function selectReleases(db: Db, caseId: number): TemporaryRelease[] {
  return (db.prepare(`${SELECT} WHERE r.case_id = ? ORDER BY r.accused_id`).all(caseId) as Row[]).map(parse);
}

export function selectRelease(db: Db, caseId: number, accusedId: number): TemporaryRelease | null {
  const r = db.prepare(`${SELECT} WHERE r.case_id = ? AND r.accused_id = ?`).get(caseId, accusedId) as Row | undefined;
  return r ? parse(r) : null;
}

/** A release as written: the recorded one without what the decision fixes later (its end) and the row's time. */
export type ReleaseRow = Omit<TemporaryRelease, 'endDate' | 'endedBySk' | 'updatedAt'>;

export function upsertRelease(db: Db, r: ReleaseRow, actor: string, at: string): void {
  db.prepare(
    `INSERT INTO temporary_releases (case_id, accused_id, start_date, reason, ordered_by, signatory, plh_name, plh_nip, plh_jabatan, created_at, created_by, updated_at)
     VALUES (@caseId, @accusedId, @startDate, @reason, @orderedBy, @signatory, @plhName, @plhNip, @plhJabatan, @at, @actor, @at)
     ON CONFLICT (case_id, accused_id) DO UPDATE SET start_date = excluded.start_date, reason = excluded.reason, ordered_by = excluded.ordered_by,
       signatory = excluded.signatory, plh_name = excluded.plh_name, plh_nip = excluded.plh_nip, plh_jabatan = excluded.plh_jabatan, updated_at = excluded.updated_at`,
  ).run({ ...r, signatory: JSON.stringify(r.signatory), actor, at });
}

/** The day the accused's examination began: the earliest hearing, held or set; null before any. */
export function firstExaminationDate(db: Db, caseId: number, accusedId: number): string | null {
  const row = db.prepare('SELECT min(start_at) AS at FROM exam_sessions WHERE case_id = ? AND accused_id = ?').get(caseId, accusedId) as { at: string | null };
  return row.at ? row.at.slice(0, 10) : null;
}

/** The sanction the LHP recommends for the accused, if an LHP is recorded. */
export function lhpRecommendation(db: Db, caseId: number, accusedId: number): string | null {
  const row = db.prepare('SELECT recommended_sanction_code AS code FROM lhps WHERE case_id = ? AND accused_id = ?').get(caseId, accusedId) as { code: string } | undefined;
  return row?.code ?? null;
}

/** The recorded decision's level (null = moral or non-ASN outcome) and SK date, if a decision is recorded. */
export function decisionLevel(db: Db, caseId: number, accusedId: number): { level: 'ringan' | 'sedang' | 'berat' | null; skDate: string | null } | null {
  return (db.prepare('SELECT level, sk_date AS skDate FROM decisions WHERE case_id = ? AND accused_id = ?').get(caseId, accusedId) as never) ?? null;
}

/** Accused of the case released from duty whose decision has no SK date yet (the release still runs). */
export function releasedWithoutSk(db: Db, caseId: number): number[] {
  return db
    .prepare('SELECT r.accused_id FROM temporary_releases r LEFT JOIN decisions d ON d.case_id = r.case_id AND d.accused_id = r.accused_id WHERE r.case_id = ? AND d.sk_date IS NULL ORDER BY r.accused_id')
    .pluck()
    .all(caseId) as number[];
}
