import type { Migration } from './migration.ts';

/**
 * A version number on the case record: 1 when registered, one more with every edit of its
 * particulars. Forms send back the version they were loaded with, and an edit of an older
 * version is refused as stale (naming who changed it and when) instead of overwriting it.
 * A counter rather than the updated_at text: two edits within the same millisecond, or a
 * clock set back, cannot make an old form look current.
 */
export const caseVersion: Migration = {
  version: 13,
  name: 'case-version',
  up: (db) => {
    db.exec('ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)');
  },
};
