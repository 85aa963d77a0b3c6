import type { Db } from '../db/connection.ts';
import { selectOriginsByKey } from '../trust/trust-queries.ts';
import type { OriginLookup } from './container.ts';

/**
 * Finds a bundle's (or a receipt's) sender in trusted_origins by instansi code AND key
 * fingerprint: the code alone is not enough, since a regency that lost its key enrols a new
 * one and its old, revoked key must keep being refused. Revoked only when no row for this
 * key is active.
 */
export function trustedOriginLookup(db: Db): OriginLookup {
  return (instansiCode, keyFingerprint) => {
    const rows = selectOriginsByKey(db, instansiCode, keyFingerprint);
    const row = rows[0];
    return row && { publicKeyPem: row.publicKeyPem, name: row.name, revoked: row.revokedAt !== null };
  };
}
