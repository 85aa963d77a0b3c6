import { AppError } from '../errors.ts';
import { fingerprintOf, parseEd25519PublicKey } from './ed25519.ts';
import { BKN_INSTANSI_CODE } from '../../../shared/letters/office-settings.ts';
import { PUBLIC_KEY_FILE_FORMAT } from '../../../shared/trust/types.ts';

/**
 * An office's public key file (`*.sipena-key.json`): what the receiver enrols. The
 * fingerprint inside is a convenience (it is recomputed and must match); what makes the
 * key trusted is the same fingerprint on the signed key letter, typed in by the receiver.
 */
export interface PublicKeyFile {
  format: typeof PUBLIC_KEY_FILE_FORMAT;
  instansiCode: string;
  officeName: string;
  /** SPKI PEM. */
  publicKey: string;
  fingerprint: string;
}

export function buildPublicKeyFile(instansiCode: string, officeName: string, publicKeyPem: string, fingerprint: string): string {
  const file: PublicKeyFile = { format: PUBLIC_KEY_FILE_FORMAT, instansiCode, officeName, publicKey: publicKeyPem, fingerprint };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a public key file, refusing each kind of bad file with its own message. */
export function parsePublicKeyFile(text: string): PublicKeyFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'trust.notJson');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new AppError('INVALID_INPUT', 'trust.notKeyFile');
  const f = v as Record<string, unknown>;
  if (f.format !== PUBLIC_KEY_FILE_FORMAT) throw new AppError('INVALID_INPUT', 'trust.wrongFormat', { found: String(f.format ?? '-').slice(0, 60), expected: PUBLIC_KEY_FILE_FORMAT });
  if (typeof f.instansiCode !== 'string' || !BKN_INSTANSI_CODE.test(f.instansiCode)) throw new AppError('INVALID_INPUT', 'trust.badInstansiCode');
  if (typeof f.officeName !== 'string' || f.officeName.trim() === '' || f.officeName.length > 300) throw new AppError('INVALID_INPUT', 'trust.badOfficeName');
  const key = typeof f.publicKey === 'string' ? parseEd25519PublicKey(f.publicKey) : undefined;
  if (!key) throw new AppError('INVALID_INPUT', 'trust.notEd25519');
  const fingerprint = fingerprintOf(key);
  if (f.fingerprint !== fingerprint) throw new AppError('INVALID_INPUT', 'trust.fingerprintInFile');
  return { format: PUBLIC_KEY_FILE_FORMAT, instansiCode: f.instansiCode, officeName: f.officeName.trim(), publicKey: key.export({ format: 'pem', type: 'spki' }).toString(), fingerprint };
}
