import type { Migration } from './migration.ts';

/**
 * The register of sanctions in force reads delivered decisions by their running dates; the
 * partial index keeps that a range over delivered sanctions only (most decisions of a large
 * register are not, or not yet, delivered). The register's query names it (INDEXED BY).
 */
export const sanctionsRegister: Migration = {
  version: 19,
  name: 'sanctions-register',
  up: (db) => {
    db.exec('CREATE INDEX decisions_running ON decisions(end_date, effective_date) WHERE effective_date IS NOT NULL');
  },
};
