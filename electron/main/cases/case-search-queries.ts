/** The case search index's door: every statement on case_fts and case_ids_fts, and the FTS5 queries built from what a clerk typed. */
import type { Db } from '../db/connection.ts';
import { normalizePersonId } from '../../../shared/nip.ts';

/**
 * Rebuilds the search rows of one case (word index and NIP/register substring index).
 * Called inside every mutation that changes searchable text, in the same transaction.
 */
export function syncCaseSearch(db: Db, caseId: number): void {
  db.prepare('DELETE FROM case_fts WHERE rowid = ?').run(caseId);
  db.prepare('DELETE FROM case_ids_fts WHERE rowid = ?').run(caseId);
  db.prepare(
    `INSERT INTO case_fts (rowid, register_no, names, nips, place, chronology)
     SELECT c.id, c.register_no,
            coalesce((SELECT group_concat(name, ' ') FROM case_accused WHERE case_id = c.id), ''),
            coalesce((SELECT group_concat(nip, ' ') FROM case_accused WHERE case_id = c.id), ''),
            coalesce(c.incident_place, ''), coalesce(c.chronology, '')
     FROM cases c WHERE c.id = ?`,
  ).run(caseId);
  db.prepare(
    `INSERT INTO case_ids_fts (rowid, nips, register_no)
     SELECT c.id, coalesce((SELECT group_concat(nip, ' ') FROM case_accused WHERE case_id = c.id), ''), c.register_no
     FROM cases c WHERE c.id = ?`,
  ).run(caseId);
}

/** Rebuilds the whole index (after bulk loads such as demo data). */
export function rebuildCaseSearch(db: Db): void {
  db.exec(`
    DELETE FROM case_fts;
    DELETE FROM case_ids_fts;
    INSERT INTO case_fts (rowid, register_no, names, nips, place, chronology)
      SELECT c.id, c.register_no, coalesce(a.names, ''), coalesce(a.nips, ''), coalesce(c.incident_place, ''), coalesce(c.chronology, '')
      FROM cases c LEFT JOIN (SELECT case_id, group_concat(name, ' ') AS names, group_concat(nip, ' ') AS nips FROM case_accused GROUP BY case_id) a
        ON a.case_id = c.id;
    INSERT INTO case_ids_fts (rowid, nips, register_no)
      SELECT c.id, coalesce(a.nips, ''), c.register_no
      FROM cases c LEFT JOIN (SELECT case_id, group_concat(nip, ' ') AS nips FROM case_accused GROUP BY case_id) a ON a.case_id = c.id;
    INSERT INTO case_fts (case_fts) VALUES ('optimize');
    INSERT INTO case_ids_fts (case_ids_fts) VALUES ('optimize');
  `);
}

/**
 * The FTS5 query for what a clerk typed: every word must match as a prefix, in any
 * column; case and diacritics are ignored by the tokenizer. Only letters and digits
 * survive, each quoted, so FTS5 syntax in the input is inert.
 */
export function wordQuery(search: string): string | null {
  const words = search.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  // A one-letter word as a prefix would match most of the index: it must match whole.
  return words.slice(0, 12).map((w) => (w.length > 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

/**
 * The trigram query for NIP and register-number fragments ("2015051", "REG/0042"):
 * the input as one quoted phrase, spaces dropped from digit groups. Needs a digit and
 * at least three characters (the trigram tokenizer's unit).
 */
export function idQuery(search: string): string | null {
  let s = search.trim();
  if (/^[\d\s]+$/.test(s)) s = normalizePersonId(s);
  if (s.length < 3 || !/\d/.test(s)) return null;
  return `"${s.replaceAll('"', '""')}"`;
}
