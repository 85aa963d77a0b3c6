import { createHash, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** Hex with colons, upper case: the form X509Certificate.fingerprint256 (the server certificate) uses. */
export function colonHex(bytes: Buffer): string {
  return (bytes.toString('hex').toUpperCase().match(/.{2}/g) ?? []).join(':');
}

/** The 32 raw bytes of an Ed25519 public key (the JWK `x`, without the SPKI wrapping). */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url');
}

/** SHA-256 of the raw public key, hex with colons: what the key letter prints and the receiver types. */
export function fingerprintOf(key: KeyObject): string {
  return colonHex(createHash('sha256').update(rawPublicKey(key)).digest());
}

/** Parses an SPKI PEM as an Ed25519 public key; undefined when it is not one. */
export function parseEd25519PublicKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}
