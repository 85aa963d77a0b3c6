/** SQL of the issued-letters register (migration 4). */
import type { Db } from '../db/connection.ts';
import { cachedStatement } from '../db/connection.ts';
import type { IssuedLetter } from '../../../shared/letters/issued.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';

interface Row {
  id: number;
  case_id: number;
  register_no: string;
  type: LetterType;
  subject: string;
  number: string;
  letter_date: string;
  issued_at: string;
  issued_by: string;
  content_hash: string;
  sha256: string;
  file_name: string;
  status: 'issued' | 'void';
  void_reason: string | null;
  voided_by: string | null;
  voided_at: string | null;
  about: string | null;
  session_at: string | null;
}

/**
 * Who a letter is about, from its subject: 'accused:ID' names that accused, 'session:ID'
 * the accused of that session (and its start), '' (case-wide letters, and rows from
 * before subjects were stored) the case's accused. Primary-key lookups per row.
 */
const SELECT = `
  SELECT l.id, l.case_id, c.register_no, l.type, l.subject, l.number, l.letter_date, l.issued_at, l.issued_by, l.content_hash,
         l.sha256, l.file_name, l.status, l.void_reason, l.voided_by, l.voided_at,
         CASE
           WHEN l.subject LIKE 'accused:%' THEN (SELECT a.name FROM case_accused a WHERE a.id = CAST(substr(l.subject, 9) AS INTEGER))
           WHEN l.subject LIKE 'session:%' THEN (SELECT a.name FROM exam_sessions s JOIN case_accused a ON a.id = s.accused_id WHERE s.id = CAST(substr(l.subject, 9) AS INTEGER))
           ELSE (SELECT group_concat(name, ', ') FROM (SELECT a.name FROM case_accused a WHERE a.case_id = l.case_id ORDER BY a.position))
         END AS about,
         CASE WHEN l.subject LIKE 'session:%' THEN (SELECT s.start_at FROM exam_sessions s WHERE s.id = CAST(substr(l.subject, 9) AS INTEGER)) END AS session_at
  FROM issued_letters l JOIN cases c ON c.id = l.case_id`;

function toLetter(r: Row): IssuedLetter {
  return {
    id: r.id,
    caseId: r.case_id,
    registerNo: r.register_no,
    type: r.type,
    subject: r.subject,
    number: r.number,
    letterDate: r.letter_date,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    contentHash: r.content_hash,
    sha256: r.sha256,
    fileName: r.file_name,
    status: r.status,
    voidReason: r.void_reason,
    voidedBy: r.voided_by,
    voidedAt: r.voided_at,
    about: r.about,
    sessionAt: r.session_at,
  };
}

export interface NewIssued {
  caseId: number;
  type: LetterType;
  subject: string;
  register: string;
  year: number;
  serial: number;
  number: string;
  letterDate: string;
  issuedAt: string;
  issuedBy: string;
  inputJson: string;
  contentHash: string;
  sha256: string;
  pdf: Buffer;
  fileName: string;
}

export function insertIssued(db: Db, l: NewIssued): number {
  return Number(
    db
      .prepare(
        `INSERT INTO issued_letters (case_id, type, subject, register, year, serial, number, letter_date, issued_at, issued_by,
                                     input_json, content_hash, sha256, pdf, file_name)
         VALUES (@caseId, @type, @subject, @register, @year, @serial, @number, @letterDate, @issuedAt, @issuedBy,
                 @inputJson, @contentHash, @sha256, @pdf, @fileName)`,
      )
      .run(l).lastInsertRowid,
  );
}

export function selectIssued(db: Db, id: number): IssuedLetter | undefined {
  const r = db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

export function selectIssuedByNumber(db: Db, number: string): IssuedLetter | undefined {
  const r = db.prepare(`${SELECT} WHERE l.number = ?`).get(number) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

export function selectIssuedBySha(db: Db, sha256: string): IssuedLetter | undefined {
  const r = db.prepare(`${SELECT} WHERE l.sha256 = ? ORDER BY l.id LIMIT 1`).get(sha256) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

/** The stored bytes and inputs of one letter, for reprints, bulk prints and verification. */
export function selectFrozen(db: Db, id: number): { pdf: Buffer; inputJson: string } | undefined {
  return db.prepare('SELECT pdf, input_json AS inputJson FROM issued_letters WHERE id = ?').get(id) as { pdf: Buffer; inputJson: string } | undefined;
}

/** The latest valid letter of a type for a case subject (e.g. the order a BAP cites). */
export function lastIssued(db: Db, caseId: number, type: LetterType, subject: string): IssuedLetter | undefined {
  const r = db
    .prepare(`${SELECT} WHERE l.case_id = ? AND l.type = ? AND (l.subject = ? OR ? = '') AND l.status = 'issued' ORDER BY l.id DESC LIMIT 1`)
    .get(caseId, type, subject, subject) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

/**
 * The valid (not void) letter of a type already issued for this case and subject, if any.
 * Rows from before subjects were stored resolved carry '' for "the case's only accused".
 */
export function validIssued(db: Db, caseId: number, type: LetterType, subject: string): IssuedLetter | undefined {
  const legacy = subject.startsWith('accused:') ? '' : subject;
  const r = db
    .prepare(`${SELECT} WHERE l.case_id = ? AND l.type = ? AND l.subject IN (?, ?) AND l.status = 'issued' ORDER BY l.id LIMIT 1`)
    .get(caseId, type, subject, legacy) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

/** The valid letter of a type filed under a subject in any case (a reply to a recommendation: 'recommendation:<id>'). */
export function validIssuedForSubject(db: Db, type: LetterType, subject: string): IssuedLetter | undefined {
  const r = db.prepare(`${SELECT} WHERE l.type = ? AND l.subject = ? AND l.status = 'issued' ORDER BY l.id LIMIT 1`).get(type, subject) as Row | undefined;
  return r ? toLetter(r) : undefined;
}

/** A valid (issued, not void) SK or moral-sanction letter already printed for this accused's decision. */
export function issuedDecisionLetter(db: Db, caseId: number, accusedId: number): { number: string; type: 'sk' | 'moral' } | undefined {
  // An empty subject means the case's only accused (see letters/letter-inputs.ts).
  return db
    .prepare(
      `SELECT number, type FROM issued_letters
       WHERE case_id = ? AND type IN ('sk', 'moral') AND status = 'issued' AND (subject = ? OR subject = '')
       ORDER BY id DESC LIMIT 1`,
    )
    .get(caseId, `accused:${accusedId}`) as { number: string; type: 'sk' | 'moral' } | undefined;
}

/** True for the error of the one-valid-letter index (migration 9): another process issued it first. */
export function isOneValidViolation(e: unknown): boolean {
  return e instanceof Error && (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /issued_letters\.case_id, issued_letters\.type, issued_letters\.subject/.test(e.message);
}

export interface IssuedFilter {
  caseId?: number | undefined;
  type?: LetterType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** At most this many; -1 for all (SQLite's LIMIT -1). */
  limit: number;
}

/** Issued letters, newest first, filtered by case, type and letter-date range. */
export function listIssued(db: Db, f: IssuedFilter): IssuedLetter[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit };
  const add = (clause: string, key: string, value: unknown) => {
    where.push(clause);
    params[key] = value;
  };
  if (f.caseId !== undefined) add('l.case_id = @caseId', 'caseId', f.caseId);
  if (f.type !== undefined) add('l.type = @type', 'type', f.type);
  if (f.from !== undefined) add('l.letter_date >= @from', 'from', f.from);
  if (f.to !== undefined) add('l.letter_date <= @to', 'to', f.to);
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.letter_date DESC, l.id DESC LIMIT @limit`;
  return (db.prepare(sql).all(params) as Row[]).map(toLetter);
}

/** Every letter issued for a case, void ones included, oldest first (the case summary lists them). */
export function selectCaseLetterList(db: Db, caseId: number): { type: LetterType; number: string; date: string; status: 'issued' | 'void' }[] {
  return db
    .prepare('SELECT type, number, letter_date AS date, status FROM issued_letters WHERE case_id = ? ORDER BY id')
    .all(caseId) as { type: LetterType; number: string; date: string; status: 'issued' | 'void' }[];
}

/** A case's letters as a bundle sends them, void ones included, oldest first, with their frozen PDFs: one query per case. */
export function selectCaseLettersWithPdf(db: Db, caseId: number): { id: number; type: LetterType; subject: string; number: string; letterDate: string; issuedAt: string; status: 'issued' | 'void'; sha256: string; pdf: Buffer }[] {
  return cachedStatement(db, 'SELECT id, type, subject, number, letter_date AS letterDate, issued_at AS issuedAt, status, sha256, pdf FROM issued_letters WHERE case_id = ? ORDER BY id').all(caseId) as { id: number; type: LetterType; subject: string; number: string; letterDate: string; issuedAt: string; status: 'issued' | 'void'; sha256: string; pdf: Buffer }[];
}

/** The cases with a letter issued or voided at or after `at` (an ISO instant). */
export function selectCaseIdsWithLettersSince(db: Db, at: string): number[] {
  return (db.prepare('SELECT DISTINCT case_id AS id FROM issued_letters WHERE issued_at >= ? OR voided_at >= ?').all(at, at) as { id: number }[]).map((r) => r.id);
}

export function markVoid(db: Db, id: number, reason: string, by: string, at: string): void {
  db.prepare("UPDATE issued_letters SET status = 'void', void_reason = ?, voided_by = ?, voided_at = ? WHERE id = ? AND status = 'issued'").run(reason, by, at, id);
}

/** Every issued letter's frozen record, one at a time (verify re-hashes them all; a PDF is tens of kB). */
export function* iterateFrozen(db: Db): Generator<{ id: number; number: string; sha256: string; contentHash: string; pdf: Buffer; inputJson: string }> {
  yield* db
    .prepare('SELECT id, number, sha256, content_hash AS contentHash, pdf, input_json AS inputJson FROM issued_letters ORDER BY id')
    .iterate() as IterableIterator<{ id: number; number: string; sha256: string; contentHash: string; pdf: Buffer; inputJson: string }>;
}
