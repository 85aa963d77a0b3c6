import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { fingerprintOf } from './ed25519.ts';
import { insertSigningKey, selectSigningKey } from './key-queries.ts';
import type { SigningKeyRow } from './key-queries.ts';

/** The private key beside the database, readable by the OS account only (like sipena.audit-key). */
export const SIGNING_KEY_FILE = 'sipena.signing-key.pem';

/**
 * Makes sure this installation has its Ed25519 signing key: created at setup, or on the
 * first open of an older data folder. The database row is the truth (a backup carries
 * it, a restore brings it back); the file in the data folder is rewritten from it when
 * missing or different, e.g. after a restore. Returns true when a key was created.
 */
export function ensureSigningKey(db: Db, dataDir: string, now: Date): boolean {
  let row = selectSigningKey(db);
  let created = false;
  if (!row) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    row = {
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      fingerprint: fingerprintOf(publicKey),
      createdAt: now.toISOString(),
    };
    insertSigningKey(db, row);
    created = true;
  }
  writeKeyFile(dataDir, row);
  return created;
}

/**
 * Rewrites the key file from the database when it differs (a restore rolled back after the
 * restored database had written its own key there). No key row (older schema): nothing.
 */
export function mirrorSigningKey(db: Db, dataDir: string): void {
  const row = selectSigningKey(db);
  if (row) writeKeyFile(dataDir, row);
}

function writeKeyFile(dataDir: string, row: SigningKeyRow): void {
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === row.privateKeyPem) return;
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  writeFileSync(tmp, row.privateKeyPem, { mode: 0o600, flag: 'wx' });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** This office's public key and its fingerprint; undefined before the key exists. */
export function officePublicKey(db: Db): { publicKeyPem: string; fingerprint: string } | undefined {
  const row = selectSigningKey(db);
  return row && { publicKeyPem: row.publicKeyPem, fingerprint: row.fingerprint };
}

/** Signs bytes (a bundle's manifest) with this office's private key; the key itself is never handed out. */
export function signWithOfficeKey(db: Db, data: Buffer): Buffer {
  const row = selectSigningKey(db);
  if (!row) throw new Error('this installation has no signing key yet');
  return sign(null, data, createPrivateKey(row.privateKeyPem));
}

/** The public key object of this office (for verifying our own signatures in tests and receipts). */
export function officePublicKeyObject(db: Db) {
  const row = selectSigningKey(db);
  return row && createPublicKey(row.publicKeyPem);
}
