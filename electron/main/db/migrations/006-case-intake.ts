import type { Migration } from './migration.ts';

/**
 * Case intake: source details, confidential reporter, incident time, OPD of the
 * case, indexes for every list filter and sort, full-text search, and the evidence table.
 */
export const caseIntake: Migration = {
  version: 6,
  name: 'case-intake',
  up: (db) => {
    db.exec(`
      ALTER TABLE cases ADD COLUMN source_kind TEXT;
      ALTER TABLE cases ADD COLUMN source_date TEXT;
      -- Confidential: never printed on anything addressed to the accused.
      ALTER TABLE cases ADD COLUMN reporter_anonymous INTEGER NOT NULL DEFAULT 0 CHECK (reporter_anonymous IN (0, 1));
      ALTER TABLE cases ADD COLUMN reporter_name TEXT;
      ALTER TABLE cases ADD COLUMN reporter_contact TEXT;
      ALTER TABLE cases ADD COLUMN incident_time TEXT;
      ALTER TABLE cases ADD COLUMN opd_id INTEGER REFERENCES opds(id);
      ALTER TABLE cases ADD COLUMN updated_by TEXT;
      ALTER TABLE case_accused ADD COLUMN pangkat TEXT;
      -- Employment types of the accused as bits (PNS 1, PPPK 2, NON_ASN 4), kept by the
      -- case service, so the list filter needs no join per row.
      ALTER TABLE cases ADD COLUMN accused_types INTEGER NOT NULL DEFAULT 0;
      UPDATE cases SET accused_types = (
        SELECT coalesce(sum(DISTINCT CASE employment_type WHEN 'PNS' THEN 1 WHEN 'PPPK' THEN 2 ELSE 4 END), 0)
        FROM case_accused WHERE case_id = cases.id);

      -- One index per filter, each ending in the default sort key so a filtered page
      -- is read in order without sorting the whole table.
      CREATE INDEX cases_status_created ON cases(status, created_at);
      CREATE INDEX cases_source_created ON cases(source, created_at);
      CREATE INDEX cases_opd_created ON cases(opd_id, created_at);
      CREATE INDEX cases_incident ON cases(incident_date, id);
      CREATE INDEX cases_status_incident ON cases(status, incident_date);
      CREATE INDEX cases_types ON cases(accused_types);
      -- Narrow covering index of every filter and sort column: the list's count, and the
      -- sort of a filtered set, read only this index whatever the filters.
      CREATE INDEX cases_filter_cover ON cases(status, source, opd_id, accused_types, incident_date, created_at, register_year, register_seq);
      CREATE INDEX case_violations_code ON case_violations(code, case_id);
      CREATE INDEX case_accused_nip_case ON case_accused(nip, case_id);

      -- Words (names, NIP, register number, place, chronology), case- and accent-blind.
      -- Kept in sync by the case service inside each mutation's transaction (rowid = case id).
      CREATE VIRTUAL TABLE case_fts USING fts5(
        register_no, names, nips, place, chronology,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      -- Substrings of NIPs and register numbers ("2015051", "REG/0042"), which word
      -- tokens cannot match.
      CREATE VIRTUAL TABLE case_ids_fts USING fts5(nips, register_no, tokenize = 'trigram');

      INSERT INTO case_fts (rowid, register_no, names, nips, place, chronology)
        SELECT c.id, c.register_no,
               coalesce((SELECT group_concat(name, ' ') FROM case_accused WHERE case_id = c.id), ''),
               coalesce((SELECT group_concat(nip, ' ') FROM case_accused WHERE case_id = c.id), ''),
               coalesce(c.incident_place, ''), coalesce(c.chronology, '')
        FROM cases c;
      INSERT INTO case_ids_fts (rowid, nips, register_no)
        SELECT c.id, coalesce((SELECT group_concat(nip, ' ') FROM case_accused WHERE case_id = c.id), ''), c.register_no
        FROM cases c;

      -- Evidence: a file in the content-addressed store (evidence/<sha256>) or a URL kept
      -- as text. Rows are never updated: a correction is a new row plus an audit entry.
      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('file', 'url')),
        category TEXT NOT NULL CHECK (category IN ('evidence', 'source_document')),
        sha256 TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        size INTEGER,
        mime TEXT,
        original_name TEXT,
        url TEXT,
        description TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        CHECK ((kind = 'file' AND sha256 IS NOT NULL AND size IS NOT NULL AND mime IS NOT NULL AND original_name IS NOT NULL AND url IS NULL)
            OR (kind = 'url' AND url IS NOT NULL AND sha256 IS NULL))
      ) STRICT;
      CREATE INDEX evidence_case ON evidence(case_id);
      CREATE INDEX evidence_sha ON evidence(sha256);
      CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
      BEGIN SELECT RAISE(ABORT, 'evidence rows are never changed'); END;
    `);
  },
};
