import type { Migration } from './migration.ts';

/**
 * What a sending office (a regency) keeps of the case bundles it exported, and of the
 * receipts that came back.
 *
 * - `bundle_outbox`: one row per exported bundle: its id (bundle.json's), the file name and
 *   the SHA-256 of the file as written (what a receipt names), when and by whom, with or
 *   without evidence files, how many cases, letters and evidence files it carried; and,
 *   once a verified receipt arrives, when it was acknowledged and by which receiver, with
 *   the receiver's counts.
 * - `bundle_outbox_cases`: each case revision a bundle carried, with the SHA-256 of its
 *   case.json and the previous one the bundle declared, and the receipt's outcome for it.
 *   The last row of a case is what `--since LAST` compares the case's revision with, and
 *   what the next bundle names as previousSha256.
 */
export const bundleOutbox: Migration = {
  version: 32,
  name: 'bundle-outbox',
  up: (db) => {
    db.exec(`
      CREATE TABLE bundle_outbox (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL,
        with_evidence INTEGER NOT NULL CHECK (with_evidence IN (0, 1)),
        case_count INTEGER NOT NULL CHECK (case_count >= 1),
        letter_count INTEGER NOT NULL,
        evidence_count INTEGER NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT,
        receiver_code TEXT,
        receiver_name TEXT,
        receipt_received_at TEXT,
        receipt_imported INTEGER,
        receipt_already INTEGER,
        receipt_refused INTEGER,
        CHECK ((acknowledged_at IS NULL) = (receiver_code IS NULL))
      ) STRICT;
      CREATE TABLE bundle_outbox_cases (
        outbox_id INTEGER NOT NULL REFERENCES bundle_outbox(id),
        case_uuid TEXT NOT NULL,
        register_no TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        previous_sha256 TEXT CHECK (previous_sha256 IS NULL OR length(previous_sha256) = 64),
        receipt_outcome TEXT CHECK (receipt_outcome IN ('imported', 'already', 'refused')),
        receipt_reason TEXT,
        PRIMARY KEY (outbox_id, case_uuid)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX bundle_outbox_cases_case ON bundle_outbox_cases(case_uuid, outbox_id);
    `);
  },
};
