import type { Migration } from './migration.ts';

/**
 * The recommendation register: a letter from Bawaslu, BKN, KemenPANRB or another body that
 * asks the PPK to act on named employees. One letter often names many, so the letter and
 * each named employee are separate rows; an employee's row links the case that handles them
 * (and the accused row in it) once one exists. The status shown per employee is derived from
 * that case (registered, examined, decided by an issued SK), never stored, so it cannot drift
 * from the case; only "not followed" is a person's act and is stored with its reason.
 *
 * The reply to the issuer (laporan tindak lanjut, letter type `followup`) is an issued letter
 * like the others; it is filed under the recommendation's first linked case with subject
 * `recommendation:<id>`, and the partial index lets only one valid reply exist per
 * recommendation, whichever case it is filed under.
 */
export const recommendations: Migration = {
  version: 23,
  name: 'recommendations',
  up: (db) => {
    db.exec(`
      CREATE TABLE recommendations (
        id INTEGER PRIMARY KEY,
        issuer TEXT NOT NULL CHECK (issuer IN ('bawaslu_ri', 'bawaslu_provinsi', 'bawaslu_kabupaten', 'bkn', 'kemenpanrb', 'other')),
        -- The body as named on the letter ("Bawaslu Provinsi Jawa Tengah"); required for 'other'.
        issuer_name TEXT NOT NULL,
        letter_number TEXT NOT NULL,
        letter_date TEXT NOT NULL,
        received_date TEXT NOT NULL CHECK (received_date >= letter_date),
        subject TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        UNIQUE (issuer, letter_number)
      ) STRICT;
      CREATE INDEX recommendations_received ON recommendations(received_date, id);

      CREATE TABLE recommendation_employees (
        id INTEGER PRIMARY KEY,
        recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
        position INTEGER NOT NULL,
        employee_id INTEGER REFERENCES employees(id),
        name TEXT NOT NULL,
        nip TEXT NOT NULL,
        employment_type TEXT NOT NULL CHECK (employment_type IN ('PNS', 'PPPK', 'NON_ASN')),
        jabatan TEXT,
        unit_kerja TEXT,
        -- Catalogue codes: the violation found and the sanction recommended (none when the letter leaves it to the PPK).
        violation_code TEXT NOT NULL,
        sanction_code TEXT,
        case_id INTEGER REFERENCES cases(id),
        accused_id INTEGER REFERENCES case_accused(id),
        not_followed_reason TEXT,
        not_followed_at TEXT,
        not_followed_by TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        UNIQUE (recommendation_id, position),
        UNIQUE (recommendation_id, nip),
        CHECK ((case_id IS NULL) = (accused_id IS NULL)),
        CHECK ((not_followed_reason IS NULL) = (not_followed_at IS NULL))
      ) STRICT;
      CREATE INDEX recommendation_employees_case ON recommendation_employees(case_id);
      CREATE TRIGGER recommendation_employees_version AFTER UPDATE ON recommendation_employees WHEN NEW.version = OLD.version
      BEGIN
        UPDATE recommendation_employees SET version = OLD.version + 1 WHERE id = NEW.id;
      END;
      CREATE TRIGGER recommendations_version AFTER UPDATE ON recommendations WHEN NEW.version = OLD.version
      BEGIN
        UPDATE recommendations SET version = OLD.version + 1 WHERE id = NEW.id;
      END;

      CREATE UNIQUE INDEX issued_letters_one_followup ON issued_letters(subject) WHERE status = 'issued' AND type = 'followup';
    `);
  },
};
