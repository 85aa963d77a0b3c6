import type { Migration } from './migration.ts';

/**
 * Official letters: the register of issued letters with their frozen PDF bytes,
 * and the office's uploaded assets (the logo). Office settings themselves live as JSON
 * under settings.key = 'office.letters' (shared/letters/office-settings.ts parses them).
 */
export const letters: Migration = {
  version: 4,
  name: 'letters',
  up: (db) => {
    db.exec(`
      -- One row per issued letter. The number is taken from counters in the same
      -- transaction that stores the bytes, so numbers are gap-free per register and year.
      CREATE TABLE issued_letters (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        type TEXT NOT NULL,
        -- Which letter of the case this is (e.g. 'accused:3', 'session:7'), so each
        -- accused gets their own summons; '' for one-per-case letters.
        subject TEXT NOT NULL DEFAULT '',
        register TEXT NOT NULL,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL CHECK (serial > 0),
        number TEXT NOT NULL UNIQUE,
        letter_date TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        -- The letter's inputs as canonical JSON and their SHA-256 (printed in the QR code).
        input_json TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        -- SHA-256 of the exact PDF bytes below.
        sha256 TEXT NOT NULL,
        pdf BLOB NOT NULL,
        file_name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
        void_reason TEXT,
        voided_by TEXT,
        voided_at TEXT,
        UNIQUE (register, year, serial),
        CHECK ((status = 'void') = (void_reason IS NOT NULL))
      ) STRICT;
      CREATE INDEX issued_letters_case ON issued_letters(case_id, type);
      CREATE INDEX issued_letters_date ON issued_letters(type, letter_date);

      -- What was issued stays as issued: only the void fields may change, once.
      CREATE TRIGGER issued_letters_frozen BEFORE UPDATE ON issued_letters
      WHEN NEW.pdf IS NOT OLD.pdf OR NEW.sha256 IS NOT OLD.sha256 OR NEW.number IS NOT OLD.number
        OR NEW.serial IS NOT OLD.serial OR NEW.register IS NOT OLD.register OR NEW.year IS NOT OLD.year
        OR NEW.content_hash IS NOT OLD.content_hash OR NEW.input_json IS NOT OLD.input_json
        OR NEW.case_id IS NOT OLD.case_id OR NEW.type IS NOT OLD.type OR NEW.letter_date IS NOT OLD.letter_date
        OR OLD.status = 'void'
      BEGIN SELECT RAISE(ABORT, 'issued letters are frozen'); END;
      CREATE TRIGGER issued_letters_no_delete BEFORE DELETE ON issued_letters
      BEGIN SELECT RAISE(ABORT, 'issued letters cannot be deleted'); END;

      -- Uploaded images (the office logo), content-addressed; copied to <dataDir>/assets for rendering.
      CREATE TABLE office_assets (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
    `);
  },
};
