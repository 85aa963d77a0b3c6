import type { Migration } from './migration.ts';

/** Core tables: settings, counters, people, cases, and the append-only, hash-chained audit log. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Yearly counters for register and letter numbers: a number, once given, is never reused.
      CREATE TABLE counters (
        register TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (register, year)
      ) STRICT;

      CREATE TABLE opds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        nip TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        employment_type TEXT NOT NULL CHECK (employment_type IN ('PNS','PPPK','NON_ASN')),
        pangkat TEXT,
        jabatan TEXT,
        unit_kerja TEXT,
        opd_id INTEGER REFERENCES opds(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        register_no TEXT NOT NULL UNIQUE,
        register_year INTEGER NOT NULL,
        register_seq INTEGER NOT NULL,
        source TEXT NOT NULL,
        source_ref TEXT,
        incident_date TEXT NOT NULL,
        incident_place TEXT,
        chronology TEXT,
        status TEXT NOT NULL,
        catalogue_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (register_year, register_seq)
      ) STRICT;
      CREATE INDEX cases_created ON cases(created_at DESC);

      -- The accused as they were when the case was registered (name, post may change later).
      CREATE TABLE case_accused (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        employee_id INTEGER REFERENCES employees(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        nip TEXT NOT NULL,
        employment_type TEXT NOT NULL,
        jabatan TEXT,
        unit_kerja TEXT,
        UNIQUE (case_id, position)
      ) STRICT;
      CREATE INDEX case_accused_case ON case_accused(case_id);
      CREATE INDEX case_accused_nip ON case_accused(nip);

      CREATE TABLE case_violations (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        code TEXT NOT NULL,
        PRIMARY KEY (case_id, code)
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT,
        reason TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);

      -- Records with legal weight: the trail can only grow.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
