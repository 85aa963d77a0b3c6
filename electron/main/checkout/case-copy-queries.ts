/**
 * The verbatim copy of one case between two Sipena installations (the check-out file): every
 * statement reading a case's rows for the file and writing them on the laptop. Each table's
 * own door serves its feature's meaning; this one copies rows as they are, like a backup does
 * for the whole database, so it reads columns from the table itself (PRAGMA table_info): a
 * column a later migration adds travels without an edit here. Ids are never carried over:
 * each row gets the laptop's own id and a foreign key is rewritten through the ids already
 * given (FOREIGN below); the registers (OPDs, employees, examiners, rooms) are matched by
 * their natural key, NIP or name, and added only when the laptop lacks them.
 */
import type { Db } from '../db/connection.ts';
import type { CaseTable, ReferenceTable, Row } from '../../../shared/checkout/file-format.ts';

/** Foreign keys per copied table: column -> table whose ids it holds. */
export const FOREIGN: Record<CaseTable | ReferenceTable, Record<string, CaseTable | ReferenceTable>> = {
  opds: {},
  employees: { opd_id: 'opds' },
  staff: {},
  rooms: {},
  cases: { opd_id: 'opds' },
  case_accused: { case_id: 'cases', employee_id: 'employees' },
  accused_superiors: { accused_id: 'case_accused', case_id: 'cases', employee_id: 'employees', opd_id: 'opds' },
  case_violations: { case_id: 'cases' },
  case_team: { case_id: 'cases', staff_id: 'staff' },
  case_transitions: { case_id: 'cases' },
  issued_letters: { case_id: 'cases' },
  letter_signers: { case_id: 'cases' },
  exam_sessions: { case_id: 'cases', accused_id: 'case_accused', room_id: 'rooms' },
  session_examiners: { session_id: 'exam_sessions', staff_id: 'staff' },
  baps: { session_id: 'exam_sessions', case_id: 'cases', accused_id: 'case_accused' },
  bap_qa: { bap_id: 'baps' },
  bap_examiners: { bap_id: 'baps', staff_id: 'staff' },
  lhps: { case_id: 'cases', accused_id: 'case_accused' },
  decisions: { case_id: 'cases', accused_id: 'case_accused', sk_letter_id: 'issued_letters' },
  moral_sanctions: { case_id: 'cases', accused_id: 'case_accused' },
  sk_deliveries: { case_id: 'cases', accused_id: 'case_accused', sk_letter_id: 'issued_letters' },
  appeals: { case_id: 'cases', accused_id: 'case_accused' },
  temporary_releases: { case_id: 'cases', accused_id: 'case_accused' },
};

/** Columns never copied: the laptop has no import batch of the office's, and letters' PDFs travel as entries. */
export const NOT_COPIED: Partial<Record<string, Set<string>>> = { employees: new Set(['import_batch_id']), issued_letters: new Set(['pdf']) };

/** The columns of a table as this database has them. */
export function tableColumns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

const CASE_ROWS: Record<CaseTable, string> = {
  cases: 'id = @caseId',
  case_accused: 'case_id = @caseId',
  accused_superiors: 'case_id = @caseId',
  case_violations: 'case_id = @caseId',
  case_team: 'case_id = @caseId',
  case_transitions: 'case_id = @caseId',
  issued_letters: 'case_id = @caseId',
  letter_signers: 'case_id = @caseId',
  exam_sessions: 'case_id = @caseId',
  session_examiners: 'session_id IN (SELECT id FROM exam_sessions WHERE case_id = @caseId)',
  baps: 'case_id = @caseId',
  bap_qa: 'bap_id IN (SELECT id FROM baps WHERE case_id = @caseId)',
  bap_examiners: 'bap_id IN (SELECT id FROM baps WHERE case_id = @caseId)',
  lhps: 'case_id = @caseId',
  decisions: 'case_id = @caseId',
  moral_sanctions: 'case_id = @caseId',
  sk_deliveries: 'case_id = @caseId',
  appeals: 'case_id = @caseId',
  temporary_releases: 'case_id = @caseId',
};

function copiedColumns(db: Db, table: string): string[] {
  const skip = NOT_COPIED[table];
  return tableColumns(db, table).filter((c) => !skip?.has(c));
}

/** One table's rows of a case, oldest first, without the columns that are not copied. */
export function selectCaseRows(db: Db, table: CaseTable, caseId: number): Row[] {
  const cols = copiedColumns(db, table).map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${cols} FROM ${table} WHERE ${CASE_ROWS[table]} ORDER BY rowid`).all({ caseId }) as Row[];
}

/** The PDFs of a case's issued letters. */
export function selectLetterPdfs(db: Db, caseId: number): { id: number; sha256: string; pdf: Buffer }[] {
  return db.prepare('SELECT id, sha256, pdf FROM issued_letters WHERE case_id = ? ORDER BY id').all(caseId) as { id: number; sha256: string; pdf: Buffer }[];
}

/** Register rows by id (the ones a case's rows point to). */
export function selectReferenceRows(db: Db, table: ReferenceTable, ids: readonly number[]): Row[] {
  if (ids.length === 0) return [];
  const cols = copiedColumns(db, table).map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${cols} FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(ids)) as Row[];
}

/** The rooms in use at the office. */
export function selectActiveRoomIds(db: Db): number[] {
  return db.prepare('SELECT id FROM rooms WHERE active = 1 ORDER BY id').pluck().all() as number[];
}

const NATURAL_KEY: Record<ReferenceTable, 'nip' | 'name'> = { opds: 'name', employees: 'nip', staff: 'nip', rooms: 'name' };

/** The laptop's own register row with the same NIP or name, if it has one. */
export function findReference(db: Db, table: ReferenceTable, row: Row): number | undefined {
  const key = NATURAL_KEY[table];
  return db.prepare(`SELECT id FROM ${table} WHERE ${key} = ?`).pluck().get(row[key] ?? null) as number | undefined;
}

/**
 * Inserts a row of `table`, keeping only the columns this database's table has and leaving
 * `id` to SQLite; `extra` adds columns that do not travel (a letter's PDF). Returns the rowid.
 */
export function insertCopiedRow(db: Db, table: CaseTable | ReferenceTable, row: Row, extra: Record<string, unknown> = {}): number {
  const have = new Set(tableColumns(db, table));
  const values: Record<string, unknown> = {};
  for (const [c, v] of Object.entries(row)) if (c !== 'id' && have.has(c)) values[c] = v;
  Object.assign(values, extra);
  const cols = Object.keys(values);
  const sql = `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...cols.map((c) => values[c])).lastInsertRowid);
}
