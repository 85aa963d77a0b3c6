import type { Migration } from './migration.ts';

/**
 * People: OPD codes and an active flag, the golongan split from pangkat,
 * search indexes on the employee registry, and the record of employee imports. NIPs
 * stay TEXT. Non-ASN staff are registered under an office identifier (NIK, NIPTT,
 * contract number) in the same unique `nip` column, so re-imports never duplicate them.
 */
export const people: Migration = {
  version: 2,
  name: 'people',
  up: (db) => {
    db.exec(`
      ALTER TABLE opds ADD COLUMN code TEXT;
      ALTER TABLE opds ADD COLUMN short_name TEXT;
      ALTER TABLE opds ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      ALTER TABLE opds ADD COLUMN created_at TEXT;
      ALTER TABLE opds ADD COLUMN updated_at TEXT;
      CREATE UNIQUE INDEX opds_code ON opds(code) WHERE code IS NOT NULL;

      -- One row per import: which file (by SHA-256), who, when, what came of it. The full
      -- before/after of every employee it touched is in the import's audit row.
      CREATE TABLE employee_import_batches (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
        strict INTEGER NOT NULL CHECK (strict IN (0, 1)),
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;

      ALTER TABLE employees ADD COLUMN golongan TEXT;
      ALTER TABLE employees ADD COLUMN import_batch_id INTEGER REFERENCES employee_import_batches(id);
      CREATE INDEX employees_name ON employees(name COLLATE NOCASE);
      CREATE INDEX employees_opd ON employees(opd_id);

      -- Which imports touched which employee: finds an employee's entries inside the
      -- import audit rows without scanning them.
      CREATE TABLE employee_import_items (
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        batch_id INTEGER NOT NULL REFERENCES employee_import_batches(id),
        action TEXT NOT NULL CHECK (action IN ('create', 'update')),
        PRIMARY KEY (employee_id, batch_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
