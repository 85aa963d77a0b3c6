import type { Migration } from './migration.ts';

/** Every editable record besides the case (which has had its version since 013). */
const VERSIONED = ['case_accused', 'employees', 'exam_sessions', 'baps', 'lhps', 'decisions', 'settings', 'deadline_rule_settings'] as const;
/** Records whose last writer was not kept: the stale-edit refusal names them. */
const NEED_UPDATED_BY = ['employees', 'exam_sessions', 'baps', 'lhps', 'decisions', 'settings'] as const;

/**
 * A version on every editable record (accused, employee, hearing session, BAP, LHP,
 * decision, settings, deadline rule settings): 1 when written first, one more with every
 * change. Forms send back the version they were loaded with and a form of an older
 * version is refused as STALE (electron/main/records/record-version.ts) instead of
 * overwriting someone else's change. The count is kept by a trigger on each table, so
 * no write path (an import, a delivery recorded on a decision, a later feature) can
 * change a record without an open form noticing; a writer that sets the version itself
 * (the case) is left alone by the `WHEN` guard. `updated_by` names who wrote last.
 *
 * A deadline rule set back to the regulation's default now keeps its row (`adjusted = 0`)
 * instead of deleting it, so its version keeps counting: a deleted row would start again
 * at "never saved" and a form from before the first change would look current.
 */
export const recordVersions: Migration = {
  version: 22,
  name: 'record-versions',
  up: (db) => {
    for (const table of VERSIONED) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`);
      db.exec(`
        CREATE TRIGGER ${table}_version AFTER UPDATE ON ${table} WHEN NEW.version = OLD.version
        BEGIN
          UPDATE ${table} SET version = OLD.version + 1 WHERE rowid = NEW.rowid;
        END`);
    }
    for (const table of NEED_UPDATED_BY) db.exec(`ALTER TABLE ${table} ADD COLUMN updated_by TEXT`);
    db.exec('ALTER TABLE settings ADD COLUMN updated_at TEXT');
    db.exec('ALTER TABLE deadline_rule_settings ADD COLUMN adjusted INTEGER NOT NULL DEFAULT 1 CHECK (adjusted IN (0, 1))');
  },
};
