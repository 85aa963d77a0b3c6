import { z } from 'zod';
import { BKN_INSTANSI_CODE } from '../letters/office-settings.ts';

/** One enrolled sender of case bundles (a row of trusted_origins). */
export interface TrustedOrigin {
  id: number;
  instansiCode: string;
  name: string;
  publicKeyPem: string;
  fingerprint: string;
  enrolledAt: string;
  enrolledBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

/** This office's key as the administrator sees it (never the private key). */
export interface OfficeKeyView {
  instansiCode: string;
  officeName: string;
  fingerprint: string;
  /** The public key file's text, ready to save as `*.sipena-key.json`. */
  publicKeyFile: string;
}

export const PUBLIC_KEY_FILE_FORMAT = 'sipena-public-key/1';

/** SHA-256 fingerprint as printed by `npm run serve` and on the key letter: 32 hex pairs, colons. */
export const FINGERPRINT = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/;

/** Fingerprint as typed from a key letter: spaces, dashes, case and missing colons forgiven. */
export function normalizeFingerprint(typed: string): string {
  const hex = typed.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return hex.match(/.{1,2}/g)?.join(':') ?? '';
}

export const trustEnrolSchema = z.object({
  /** The public key file's text (uploaded or pasted). */
  keyFile: z.string().min(1, { error: 'trust.keyFileRequired' }).max(20_000, { error: 'trust.notKeyFile' }),
  /** The fingerprint the administrator typed from the key letter. */
  fingerprint: z
    .string()
    .max(200)
    .transform(normalizeFingerprint)
    .refine((v) => FINGERPRINT.test(v), { error: 'trust.fingerprintTyped' }),
});

export const trustRevokeSchema = z.object({
  instansiCode: z.string().regex(BKN_INSTANSI_CODE, { error: 'letters.bknInstansiCode' }),
  reason: z.string().trim().min(3, { error: 'trust.reasonRequired' }).max(500),
});
