import type { Migration } from './migration.ts';

/**
 * Keys and trust for signed case bundles.
 *
 * `office_signing_key` holds this installation's Ed25519 key pair (one row). The key is
 * also written to `sipena.signing-key.pem` in the data folder (mode 0600), but the
 * database row is what a backup carries and a restore brings back, so an office keeps
 * the key the province has enrolled after restoring a backup. The private key leaves
 * the database only into that file.
 *
 * `trusted_origins` is the receiving office's list of senders whose bundles it accepts:
 * an origin is enrolled by an administrator from its public key file, checked against
 * the fingerprint printed on the key letter, and revoked with a reason; a revoked row is
 * kept (old bundles stay explainable) and the same code may be enrolled again with a new
 * key, so the code is unique only among unrevoked rows.
 */
export const bundleKeys: Migration = {
  version: 27,
  name: 'bundle-keys',
  up: (db) => {
    db.exec(`
      CREATE TABLE office_signing_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key_pem TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE trusted_origins (
        id INTEGER PRIMARY KEY,
        instansi_code TEXT NOT NULL CHECK (length(instansi_code) BETWEEN 4 AND 8 AND instansi_code NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        revoke_reason TEXT,
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX trusted_origins_unrevoked ON trusted_origins(instansi_code) WHERE revoked_at IS NULL;
    `);
  },
};
