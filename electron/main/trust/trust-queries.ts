import type { Db } from '../db/connection.ts';
import type { TrustedOrigin } from '../../../shared/trust/types.ts';

const COLUMNS = `id, instansi_code AS instansiCode, name, public_key_pem AS publicKeyPem, fingerprint,
  enrolled_at AS enrolledAt, enrolled_by AS enrolledBy, revoked_at AS revokedAt, revoked_by AS revokedBy, revoke_reason AS revokeReason`;

/** Every origin ever enrolled, unrevoked first, then by code and newest enrolment. */
export function selectTrustedOrigins(db: Db): TrustedOrigin[] {
  return db.prepare(`SELECT ${COLUMNS} FROM trusted_origins ORDER BY revoked_at IS NOT NULL, instansi_code, enrolled_at DESC, id DESC`).all() as TrustedOrigin[];
}

/** The unrevoked origin with this code (at most one: a partial unique index). */
export function selectActiveOrigin(db: Db, instansiCode: string): TrustedOrigin | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM trusted_origins WHERE instansi_code = ? AND revoked_at IS NULL`).get(instansiCode) as TrustedOrigin | undefined;
}

export function insertTrustedOrigin(db: Db, row: { instansiCode: string; name: string; publicKeyPem: string; fingerprint: string; enrolledAt: string; enrolledBy: string }): number {
  const r = db
    .prepare('INSERT INTO trusted_origins (instansi_code, name, public_key_pem, fingerprint, enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(row.instansiCode, row.name, row.publicKeyPem, row.fingerprint, row.enrolledAt, row.enrolledBy);
  return Number(r.lastInsertRowid);
}

export function revokeTrustedOrigin(db: Db, id: number, at: string, by: string, reason: string): void {
  db.prepare('UPDATE trusted_origins SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL').run(at, by, reason, id);
}

/** The rows enrolled with this code and exactly this key (fingerprint), unrevoked first: how a bundle's sender is found. */
export function selectOriginsByKey(db: Db, instansiCode: string, fingerprint: string): TrustedOrigin[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM trusted_origins WHERE instansi_code = ? AND fingerprint = ? ORDER BY revoked_at IS NOT NULL, enrolled_at DESC, id DESC`)
    .all(instansiCode, fingerprint) as TrustedOrigin[];
}
