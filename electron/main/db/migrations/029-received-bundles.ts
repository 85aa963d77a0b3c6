import type { Migration } from './migration.ts';

/**
 * What a receiving office (the province) keeps from the signed case bundles it imports.
 *
 * The receiver never merges: each case has one owner (the office that registered it) and
 * the receiver keeps every revision it is sent, exactly once, read-only.
 *
 * - `received_case_revisions`: one row per (origin, case_uuid, revision), the case.json
 *   text byte for byte (its SHA-256 is what the signed manifest vouched for) and the
 *   `previous_sha256` the sender declared, from which a missing middle revision is shown
 *   as a gap when read. A revision arriving after a newer one is simply another row.
 * - `received_cases`: per received case, the newest revision held (the highest number,
 *   whatever order the bundles came in), what lists, search, the recap and the SIASN
 *   export read.
 * - `received_letters`: the origin's issued letter PDFs, content-addressed by SHA-256,
 *   stored once however many revisions and bundles carry them.
 * - `received_conflicts`: the same revision offered with different content; refused and
 *   flagged for a person, the offered text kept so they can compare. Offered again, the
 *   same content is not flagged twice.
 * - `received_bundles`: every bundle that passed verification, by its id, so a second
 *   import of the same file is recognised and the receipt can be written again.
 */
export const receivedBundles: Migration = {
  version: 29,
  name: 'received-bundles',
  up: (db) => {
    db.exec(`
      CREATE TABLE received_bundles (
        bundle_id TEXT PRIMARY KEY,
        bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
        origin_code TEXT NOT NULL,
        origin_name TEXT NOT NULL,
        origin_fingerprint TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        cases_imported INTEGER NOT NULL,
        cases_already INTEGER NOT NULL,
        cases_refused INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE received_case_revisions (
        id INTEGER PRIMARY KEY,
        origin_code TEXT NOT NULL,
        origin_name TEXT NOT NULL,
        origin_fingerprint TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        register_no TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        previous_sha256 TEXT CHECK (previous_sha256 IS NULL OR length(previous_sha256) = 64),
        case_json TEXT NOT NULL,
        bundle_id TEXT NOT NULL REFERENCES received_bundles(bundle_id),
        bundle_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        UNIQUE (origin_code, case_uuid, revision)
      ) STRICT;
      CREATE INDEX received_case_revisions_sha ON received_case_revisions(origin_code, case_uuid, sha256);
      CREATE TABLE received_cases (
        origin_code TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        latest_revision_id INTEGER NOT NULL REFERENCES received_case_revisions(id),
        PRIMARY KEY (origin_code, case_uuid)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE received_letters (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        pdf BLOB NOT NULL,
        length INTEGER NOT NULL CHECK (length = length(pdf))
      ) STRICT;
      CREATE TABLE received_conflicts (
        id INTEGER PRIMARY KEY,
        origin_code TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        revision INTEGER NOT NULL,
        register_no TEXT NOT NULL,
        stored_sha256 TEXT NOT NULL,
        offered_sha256 TEXT NOT NULL,
        offered_case_json TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        bundle_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        UNIQUE (origin_code, case_uuid, revision, offered_sha256)
      ) STRICT;
    `);
  },
};
