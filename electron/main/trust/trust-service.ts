import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { officePublicKey } from './signing-key.ts';
import { buildPublicKeyFile, parsePublicKeyFile } from './public-key-file.ts';
import { insertTrustedOrigin, revokeTrustedOrigin, selectActiveOrigin, selectTrustedOrigins } from './trust-queries.ts';
import type { OfficeKeyView, TrustedOrigin } from '../../../shared/trust/types.ts';

/** This office's fingerprint and public key file. Refused until the BKN instansi code is entered: the file names the sender by it. */
export function officeKey(ctx: AppContext): OfficeKeyView {
  const key = officePublicKey(ctx.db);
  if (!key) throw new AppError('CONFLICT', 'trust.noKey');
  const office = getOfficeSettings(ctx);
  if (office.bknInstansiCode === '') throw new AppError('CONFLICT', 'trust.noInstansiCode');
  return {
    instansiCode: office.bknInstansiCode,
    officeName: office.officeFullName,
    fingerprint: key.fingerprint,
    publicKeyFile: buildPublicKeyFile(office.bknInstansiCode, office.officeFullName, key.publicKeyPem, key.fingerprint),
  };
}

export function listTrustedOrigins(ctx: AppContext): TrustedOrigin[] {
  return selectTrustedOrigins(ctx.db);
}

/**
 * Enrols a sender from its public key file. `typedFingerprint` is the one the administrator
 * read off the signed key letter: a file swapped on the way (USB stick, e-mail) has another
 * key, so another fingerprint, and is refused. The CLI passes none and prints the
 * fingerprint it enrolled for the operator to compare with the letter.
 */
export function enrolOrigin(ctx: AppContext, keyFileText: string, typedFingerprint?: string): TrustedOrigin {
  const file = parsePublicKeyFile(keyFileText);
  if (typedFingerprint !== undefined && typedFingerprint !== file.fingerprint) throw new AppError('INVALID_INPUT', 'trust.fingerprintDiffers', {}, { fingerprint: 'trust.fingerprintDiffers' });
  const own = officePublicKey(ctx.db);
  if (own && own.fingerprint === file.fingerprint) throw new AppError('INVALID_INPUT', 'trust.ownKeyEnrol');
  return mutate(ctx, (db) => {
    const existing = selectActiveOrigin(db, file.instansiCode);
    if (existing) throw new AppError('CONFLICT', 'trust.alreadyEnrolled', { code: existing.instansiCode, name: existing.name, fingerprint: existing.fingerprint });
    const row = { instansiCode: file.instansiCode, name: file.officeName, publicKeyPem: file.publicKey, fingerprint: file.fingerprint, enrolledAt: ctx.now().toISOString(), enrolledBy: ctx.actor() };
    const id = insertTrustedOrigin(db, row);
    const origin: TrustedOrigin = { id, ...row, revokedAt: null, revokedBy: null, revokeReason: null };
    return { value: origin, audit: { action: 'trust.enrol', entity: 'trusted_origin', entityId: id, after: { instansiCode: row.instansiCode, name: row.name, fingerprint: row.fingerprint } } };
  });
}

/** Revokes the unrevoked origin with this code: its bundles are refused from now on; the row is kept. */
export function revokeOrigin(ctx: AppContext, instansiCode: string, reason: string): TrustedOrigin {
  return mutate(ctx, (db) => {
    const origin = selectActiveOrigin(db, instansiCode);
    if (!origin) throw new AppError('NOT_FOUND', 'trust.notEnrolled', { code: instansiCode });
    const at = ctx.now().toISOString();
    revokeTrustedOrigin(db, origin.id, at, ctx.actor(), reason);
    const revoked = { ...origin, revokedAt: at, revokedBy: ctx.actor(), revokeReason: reason };
    return {
      value: revoked,
      audit: { action: 'trust.revoke', entity: 'trusted_origin', entityId: origin.id, before: { revokedAt: null }, after: { revokedAt: at, fingerprint: origin.fingerprint }, reason },
    };
  });
}
