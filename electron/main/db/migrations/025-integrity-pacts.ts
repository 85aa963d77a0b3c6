import type { Migration } from './migration.ts';

/**
 * The integrity-pact register: a pact event (date, place, issuing official, the pledge
 * read out, the scanned signed document in the evidence store) and who signed it.
 *
 * A signer is an employee of the registry; the row keeps the NIP, name, employment type
 * and OPD as they were when the pact was signed, so the counts by OPD and type stay those
 * of the ceremony after a transfer, and the case view finds a signer by NIP (an accused is
 * recorded by NIP). One employee signs one pact once (primary key). The document is
 * referred to by its SHA-256 in the content-addressed store, like case evidence; a pact
 * event has a version for the stale-edit check of its form.
 */
export const integrityPacts: Migration = {
  version: 25,
  name: 'integrity-pacts',
  up: (db) => {
    db.exec(`
      CREATE TABLE pacts (
        id INTEGER PRIMARY KEY,
        pact_date TEXT NOT NULL,
        place TEXT NOT NULL,
        official TEXT NOT NULL,
        pledge_text TEXT NOT NULL,
        doc_sha256 TEXT CHECK (doc_sha256 IS NULL OR (length(doc_sha256) = 64 AND doc_sha256 NOT GLOB '*[^0-9a-f]*')),
        doc_size INTEGER,
        doc_mime TEXT,
        doc_name TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        CHECK ((doc_sha256 IS NULL) = (doc_size IS NULL))
      ) STRICT;
      CREATE INDEX pacts_date ON pacts(pact_date);

      CREATE TABLE pact_signers (
        pact_id INTEGER NOT NULL REFERENCES pacts(id),
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        nip TEXT NOT NULL,
        name TEXT NOT NULL,
        employment_type TEXT NOT NULL,
        opd_id INTEGER REFERENCES opds(id),
        source TEXT NOT NULL CHECK (source IN ('registry', 'import')),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (pact_id, employee_id)
      ) STRICT;
      CREATE INDEX pact_signers_nip ON pact_signers(nip, pact_id);
    `);
  },
};
