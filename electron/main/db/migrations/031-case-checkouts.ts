import type { Migration } from './migration.ts';

/**
 * The records of a case, as migration 24 counted them for its revision: the case row, its
 * direct children (carrying `case_id`) and the grandchildren reached through a parent row.
 * Copied here, not imported: a shipped migration is frozen, and a child table added later
 * gets its check-out triggers from its own migration.
 */
const DIRECT_CHILDREN = [
  'case_accused',
  'accused_superiors',
  'case_violations',
  'case_team',
  'case_transitions',
  'exam_sessions',
  'baps',
  'lhps',
  'decisions',
  'moral_sanctions',
  'sk_deliveries',
  'appeals',
  'temporary_releases',
  'issued_letters',
  'letter_signers',
  'evidence',
] as const;

const INDIRECT_CHILDREN = [
  { table: 'bap_qa', key: 'bap_id', parent: 'baps' },
  { table: 'bap_examiners', key: 'bap_id', parent: 'baps' },
  { table: 'session_examiners', key: 'session_id', parent: 'exam_sessions' },
] as const;

/** The examination work a laptop does on a borrowed case: hearings, attendance, BAP. */
const EXAM_WORK = new Set<string>(['exam_sessions', 'session_examiners', 'baps', 'bap_qa', 'bap_examiners']);

/**
 * The text every refusal starts with; `checkout/checked-out-error.ts` recognises it and turns
 * it into the CHECKED_OUT error naming the borrower. The check-out's id follows the colon.
 */
export const CHECKED_OUT_MARKER = 'SIPENA_CHECKED_OUT';

/**
 * The condition under which a write to `table` is refused, for the check-out rows of one case:
 * at the office ('lent') every record while the case is out; on the laptop ('borrowed') every
 * record but the examination work, and that too once the check-in has been written.
 */
function lockedWhen(table: string): string {
  const borrowed = EXAM_WORK.has(table) ? "(side = 'borrowed' AND returned_at IS NOT NULL)" : "side = 'borrowed'";
  return `((side = 'lent' AND returned_at IS NULL AND cancelled_at IS NULL) OR ${borrowed})`;
}

/** A trigger body that aborts the statement when one of `caseIds` has a check-out locking `table`. */
function refuse(table: string, caseIds: string): string {
  return `BEGIN
    SELECT RAISE(ABORT, '${CHECKED_OUT_MARKER}:' || id) FROM case_checkouts WHERE case_id IN (${caseIds}) AND ${lockedWhen(table)} LIMIT 1;
  END;`;
}

/**
 * Laptop check-out: an examiner takes one case out on a laptop and brings it back.
 *
 * `case_checkouts` holds both ends of a loan. At the office (`side = 'lent'`) one row per
 * check-out: the case, its revision when it went out, the borrower (examiner) and the
 * laptop's label, who lent it and when, and how it ended: returned (the check-in applied,
 * with the check-in file's hash) or cancelled by an administrator with a reason. On the
 * laptop (`side = 'borrowed'`) the row of the case it holds, with the check-out's private
 * key that signs the check-in. `checkout_row_map` (laptop only) remembers which office row
 * each copied row came from, so the check-in names the office's rows by the office's ids.
 *
 * The refusal is done by triggers, as migration 24 counts revisions by triggers: every write
 * path (a service, an import, the demo, a raw SQL statement, a feature added later) is
 * refused alike, BEFORE the row changes. They raise `SIPENA_CHECKED_OUT:<checkout id>`.
 * On the laptop the case row may still take a revision bump (the examination work counts in
 * it) but no change to any other of its columns; those are listed from the table as this
 * migration finds it.
 */
export const caseCheckouts: Migration = {
  version: 31,
  name: 'case-checkouts',
  up: (db) => {
    db.exec(`
      CREATE TABLE case_checkouts (
        id INTEGER PRIMARY KEY,
        checkout_uuid TEXT NOT NULL UNIQUE,
        side TEXT NOT NULL CHECK (side IN ('lent', 'borrowed')),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_uuid TEXT NOT NULL,
        register_no TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        borrower TEXT NOT NULL CHECK (length(borrower) BETWEEN 1 AND 200),
        laptop_label TEXT NOT NULL CHECK (length(laptop_label) BETWEEN 1 AND 100),
        key_fingerprint TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        private_key_pem TEXT CHECK (private_key_pem IS NULL OR side = 'borrowed'),
        checked_out_at TEXT NOT NULL,
        checked_out_by TEXT NOT NULL,
        returned_at TEXT,
        returned_by TEXT,
        return_sha256 TEXT,
        cancelled_at TEXT,
        cancelled_by TEXT,
        cancel_reason TEXT,
        CHECK ((returned_at IS NULL) = (returned_by IS NULL)),
        CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_reason IS NULL)),
        CHECK (returned_at IS NULL OR cancelled_at IS NULL)
      ) STRICT;
      CREATE UNIQUE INDEX case_checkouts_open ON case_checkouts(case_id) WHERE side = 'lent' AND returned_at IS NULL AND cancelled_at IS NULL;
      CREATE UNIQUE INDEX case_checkouts_borrowed ON case_checkouts(case_id) WHERE side = 'borrowed';
      CREATE INDEX case_checkouts_case ON case_checkouts(case_id);
      CREATE TABLE checkout_row_map (
        checkout_id INTEGER NOT NULL REFERENCES case_checkouts(id),
        table_name TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        office_id INTEGER NOT NULL,
        PRIMARY KEY (checkout_id, table_name, local_id)
      ) STRICT;
    `);

    const caseColumns = (db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name).filter((n) => n !== 'revision');
    db.exec(`
      CREATE TRIGGER cases_checkout_upd BEFORE UPDATE ON cases
      BEGIN
        SELECT RAISE(ABORT, '${CHECKED_OUT_MARKER}:' || id) FROM case_checkouts
          WHERE case_id = OLD.id AND side = 'lent' AND returned_at IS NULL AND cancelled_at IS NULL LIMIT 1;
      END;
      CREATE TRIGGER cases_checkout_borrowed_upd BEFORE UPDATE OF ${caseColumns.join(', ')} ON cases
      BEGIN
        SELECT RAISE(ABORT, '${CHECKED_OUT_MARKER}:' || id) FROM case_checkouts WHERE case_id = OLD.id AND side = 'borrowed' LIMIT 1;
      END;
      CREATE TRIGGER cases_checkout_del BEFORE DELETE ON cases ${refuse('cases', 'OLD.id')}`);

    for (const table of DIRECT_CHILDREN) {
      db.exec(`
        CREATE TRIGGER ${table}_checkout_ins BEFORE INSERT ON ${table} ${refuse(table, 'NEW.case_id')}
        CREATE TRIGGER ${table}_checkout_upd BEFORE UPDATE ON ${table} ${refuse(table, 'NEW.case_id, OLD.case_id')}
        CREATE TRIGGER ${table}_checkout_del BEFORE DELETE ON ${table} ${refuse(table, 'OLD.case_id')}`);
    }
    for (const { table, key, parent } of INDIRECT_CHILDREN) {
      const of = (row: 'NEW' | 'OLD') => `SELECT case_id FROM ${parent} WHERE id = ${row}.${key}`;
      db.exec(`
        CREATE TRIGGER ${table}_checkout_ins BEFORE INSERT ON ${table} ${refuse(table, of('NEW'))}
        CREATE TRIGGER ${table}_checkout_upd BEFORE UPDATE ON ${table} ${refuse(table, `${of('NEW')} UNION ${of('OLD')}`)}
        CREATE TRIGGER ${table}_checkout_del BEFORE DELETE ON ${table} ${refuse(table, of('OLD'))}`);
    }
  },
};
