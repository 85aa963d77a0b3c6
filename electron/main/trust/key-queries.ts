import type { Db } from '../db/connection.ts';

/** The one row of office_signing_key: this installation's Ed25519 key pair. */
export interface SigningKeyRow {
  privateKeyPem: string;
  publicKeyPem: string;
  fingerprint: string;
  createdAt: string;
}

export function selectSigningKey(db: Db): SigningKeyRow | undefined {
  return db
    .prepare('SELECT private_key_pem AS privateKeyPem, public_key_pem AS publicKeyPem, fingerprint, created_at AS createdAt FROM office_signing_key WHERE id = 1')
    .get() as SigningKeyRow | undefined;
}

export function insertSigningKey(db: Db, row: SigningKeyRow): void {
  db.prepare('INSERT INTO office_signing_key (id, private_key_pem, public_key_pem, fingerprint, created_at) VALUES (1, ?, ?, ?, ?)').run(
    row.privateKeyPem,
    row.publicKeyPem,
    row.fingerprint,
    row.createdAt,
  );
}
