import type { Migration } from './migration.ts';

/**
 * One SK, one number, one date: the decision no longer carries a typed SK number and
 * date. Issuing the SK writes them (with the letter's id) and voiding it clears them; the
 * sanction's start and end dates are computed only when the SK's delivery is recorded.
 * A decision's SK fields and dates are therefore nullable (the table is rebuilt: SQLite
 * cannot drop NOT NULL). Decisions whose SK was already issued take the number and date
 * the letter printed; earlier typed values of decisions without a letter stay as they were
 * until the SK is issued.
 *
 * New tables: the SK's delivery (date, method, who received it, a refusal and its reason)
 * and the administrative appeals against a decision (keberatan, banding administratif to
 * BPASN) with their answer deadline and outcome.
 */
export const skDeliveryAppeals: Migration = {
  version: 15,
  name: 'sk-delivery-appeals',
  up: (db) => {
    db.exec(`
      CREATE TABLE decisions_v12 (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        accused_nip TEXT NOT NULL,
        catalogue_id TEXT NOT NULL,
        catalogue_version TEXT NOT NULL,
        sanction_code TEXT NOT NULL,
        level TEXT CHECK (level IN ('ringan','sedang','berat')),
        duration_months INTEGER,
        outcome_text TEXT,
        sk_number TEXT,
        sk_date TEXT,
        delivered_on TEXT,
        effective_date TEXT,
        end_date TEXT,
        repeat_offender INTEGER NOT NULL CHECK (repeat_offender IN (0, 1)),
        without_examination INTEGER NOT NULL CHECK (without_examination IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        pybm_official TEXT CHECK (pybm_official IN ('pengawas','administrator','kepala_opd','ppk','presiden')),
        pybm_rule TEXT,
        signatory TEXT CHECK (signatory IS NULL OR json_valid(signatory)),
        sk_letter_id INTEGER REFERENCES issued_letters(id),
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;
      INSERT INTO decisions_v12 (case_id, accused_id, accused_nip, catalogue_id, catalogue_version, sanction_code, level, duration_months,
                                 outcome_text, sk_number, sk_date, delivered_on, effective_date, end_date, repeat_offender,
                                 without_examination, created_at, updated_at, pybm_official, pybm_rule, signatory)
        SELECT case_id, accused_id, accused_nip, catalogue_id, catalogue_version, sanction_code, level, duration_months,
               outcome_text, sk_number, sk_date, delivered_on, effective_date, end_date, repeat_offender,
               without_examination, created_at, updated_at, pybm_official, pybm_rule, signatory
        FROM decisions;
      DROP TABLE decisions;
      ALTER TABLE decisions_v12 RENAME TO decisions;
      CREATE INDEX decisions_nip ON decisions(accused_nip, case_id);

      -- An SK already issued is the official record of the decision's number and date.
      UPDATE decisions SET sk_letter_id = l.id, sk_number = l.number, sk_date = l.letter_date
      FROM issued_letters l
      WHERE l.case_id = decisions.case_id AND l.type = 'sk' AND l.status = 'issued'
        AND (l.subject = 'accused:' || decisions.accused_id OR l.subject = '');

      CREATE TABLE sk_deliveries (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        sk_letter_id INTEGER NOT NULL REFERENCES issued_letters(id),
        delivered_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('langsung','pos','kurir','elektronik')),
        received_by TEXT,
        refused INTEGER NOT NULL CHECK (refused IN (0, 1)),
        refusal_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;

      CREATE TABLE appeals (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        kind TEXT NOT NULL CHECK (kind IN ('keberatan','banding')),
        filed_on TEXT NOT NULL,
        addressed_to TEXT NOT NULL,
        answer_due TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('upheld','lightened','heavier','annulled')),
        outcome_number TEXT,
        outcome_date TEXT,
        sanction_code TEXT,
        duration_months INTEGER,
        note TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((outcome IS NULL) = (outcome_number IS NULL) AND (outcome IS NULL) = (outcome_date IS NULL))
      ) STRICT;
      CREATE INDEX appeals_case ON appeals(case_id, accused_id);
    `);
  },
};
