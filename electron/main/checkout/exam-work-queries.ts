/**
 * The examination work of a borrowed case as the check-in carries it, and its writing at the
 * office: hearings (exam_sessions with session_examiners) and BAPs (baps with bap_qa and
 * bap_examiners), each one record with its children. The laptop reads them here; the office
 * writes them here when it applies a check-in. Rows travel with their columns as the table
 * has them (see case-copy-queries.ts); examiners by NIP, rooms by name.
 */
import type { Db } from '../db/connection.ts';
import type { Row } from '../../../shared/checkout/file-format.ts';
import { tableColumns } from './case-copy-queries.ts';

export function selectSessionRows(db: Db, caseId: number): Row[] {
  return db.prepare('SELECT * FROM exam_sessions WHERE case_id = ? ORDER BY id').all(caseId) as Row[];
}

export function selectBapRows(db: Db, caseId: number): Row[] {
  return db.prepare('SELECT * FROM baps WHERE case_id = ? ORDER BY id').all(caseId) as Row[];
}

export function selectRoomName(db: Db, roomId: number): string | null {
  return (db.prepare('SELECT name FROM rooms WHERE id = ?').pluck().get(roomId) as string | undefined) ?? null;
}

export function selectSessionExaminerNips(db: Db, sessionId: number): { nip: string; startAt: string; endAt: string }[] {
  return db
    .prepare('SELECT st.nip, se.start_at AS startAt, se.end_at AS endAt FROM session_examiners se JOIN staff st ON st.id = se.staff_id WHERE se.session_id = ? ORDER BY st.nip')
    .all(sessionId) as { nip: string; startAt: string; endAt: string }[];
}

export function selectBapQa(db: Db, bapId: number): { no: number; question: string; answer: string }[] {
  return db.prepare('SELECT no, question, answer FROM bap_qa WHERE bap_id = ? ORDER BY no').all(bapId) as { no: number; question: string; answer: string }[];
}

export function selectBapExaminerNips(db: Db, bapId: number): string[] {
  return db.prepare('SELECT st.nip FROM bap_examiners be JOIN staff st ON st.id = be.staff_id WHERE be.bap_id = ? ORDER BY st.nip').pluck().all(bapId) as string[];
}

/** The examiners' register rows by NIP (what the check-in sends so the office can match or add them). */
export function selectStaffByNips(db: Db, nips: readonly string[]): Row[] {
  if (nips.length === 0) return [];
  return db.prepare('SELECT nip, name, pangkat, jabatan, unit, active, created_at, updated_at FROM staff WHERE nip IN (SELECT value FROM json_each(?)) ORDER BY nip').all(JSON.stringify(nips)) as Row[];
}

/** A session or BAP row of `caseId` as the office has it, or undefined (another case's id is no answer). */
export function selectExamRow(db: Db, table: 'exam_sessions' | 'baps', id: number, caseId: number): Row | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ? AND case_id = ?`).get(id, caseId) as Row | undefined;
}

/**
 * Overwrites a session or BAP row with the check-in's columns. Its id, case and version are
 * the office's own: the version trigger raises the version once for this change.
 */
export function updateExamRow(db: Db, table: 'exam_sessions' | 'baps', id: number, row: Row): void {
  const have = new Set(tableColumns(db, table));
  const cols = Object.keys(row).filter((c) => have.has(c) && c !== 'id' && c !== 'case_id' && c !== 'version');
  db.prepare(`UPDATE ${table} SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => row[c]), id);
}

export function replaceSessionExaminers(db: Db, sessionId: number, examiners: readonly { staffId: number; startAt: string; endAt: string }[]): void {
  db.prepare('DELETE FROM session_examiners WHERE session_id = ?').run(sessionId);
  const ins = db.prepare('INSERT INTO session_examiners (session_id, staff_id, start_at, end_at) VALUES (?, ?, ?, ?)');
  for (const e of examiners) ins.run(sessionId, e.staffId, e.startAt, e.endAt);
}

export function replaceBapChildren(db: Db, bapId: number, qa: readonly { no: number; question: string; answer: string }[], staffIds: readonly number[]): void {
  db.prepare('DELETE FROM bap_qa WHERE bap_id = ?').run(bapId);
  db.prepare('DELETE FROM bap_examiners WHERE bap_id = ?').run(bapId);
  const insQa = db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
  for (const p of qa) insQa.run(bapId, p.no, p.question, p.answer);
  const insEx = db.prepare('INSERT INTO bap_examiners (bap_id, staff_id) VALUES (?, ?)');
  for (const s of new Set(staffIds)) insEx.run(bapId, s);
}
