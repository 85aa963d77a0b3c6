import type { Migration } from './migration.ts';

/** User accounts: roles, scrypt password hashes, and the persisted lockout state. */
export const accounts: Migration = {
  version: 3,
  name: 'accounts',
  up: (db) => {
    db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator','clerk','examiner','official','viewer')),
        -- scrypt: base64 key and salt, JSON cost parameters (kept per row so they can be raised later).
        password_hash TEXT NOT NULL,
        password_salt TEXT NOT NULL,
        password_params TEXT NOT NULL,
        -- Consecutive wrong passwords and the lock they caused: kept here so a restart does not reset them.
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        last_login_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
