import { z } from 'zod';
import { requiredText } from '../schemas/common.ts';

/**
 * Every file a user hands to Sipena (evidence, an employee register, the letterhead logo,
 * a letter PDF to verify) travels the same way: uploads:begin names what it is for,
 * uploads:chunk sends it in order in binary pieces (Uint8Array over Electron IPC, a raw
 * application/octet-stream body over HTTP) that main appends to disk as they arrive, and the
 * channel that uses it (evidence:commit, employees:importPreview, letters:uploadLogo,
 * letters:verify, received:import, checkout:take, checkout:apply) takes it by id. No file is ever one huge IPC or HTTP payload.
 */
export const UPLOAD_PURPOSES = ['evidence', 'import', 'logo', 'verify', 'bundle', 'checkout', 'checkin'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** Largest file per purpose: a long phone video; a 50,000-row register; a letterhead logo; a letter PDF; a regency's case bundle with its letters (read whole by the import); a case's check-out file (its letters included) and a laptop's check-in. */
export const UPLOAD_MAX_BYTES: Record<UploadPurpose, number> = {
  evidence: 4 * 1024 ** 3,
  import: 50 * 1024 * 1024,
  logo: 1024 * 1024,
  verify: 20 * 1024 * 1024,
  bundle: 1024 * 1024 * 1024,
  checkout: 500 * 1024 * 1024,
  checkin: 100 * 1024 * 1024,
};

/** The message for a file over its purpose's limit. */
export const TOO_BIG: Record<UploadPurpose, string> = {
  evidence: 'uploads.tooBigEvidence',
  import: 'uploads.tooBigImport',
  logo: 'uploads.tooBigLogo',
  verify: 'uploads.tooBigVerify',
  bundle: 'uploads.tooBigBundle',
  checkout: 'uploads.tooBigCheckout',
  checkin: 'uploads.tooBigCheckin',
};

/** The channel that consumes an upload of each purpose: whoever may call it may upload for it. */
export const UPLOAD_CONSUMER = {
  evidence: 'evidence:commit',
  import: 'employees:importPreview',
  logo: 'letters:uploadLogo',
  verify: 'letters:verify',
  bundle: 'received:import',
  checkout: 'checkout:take',
  checkin: 'checkout:apply',
} as const satisfies Record<UploadPurpose, string>;

/** Bytes per chunk, and the most one chunk may carry: the HTTP servers read no larger binary body. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

export const uploadIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { error: 'uploads.badId' });

export const uploadBeginSchema = z
  .object({
    purpose: z.enum(UPLOAD_PURPOSES),
    fileName: requiredText(255),
    size: z.number().int().min(1, { error: 'uploads.empty' }),
  })
  .strict()
  .superRefine((v, c) => {
    const max = UPLOAD_MAX_BYTES[v.purpose];
    if (v.size > max) c.addIssue({ code: 'custom', path: ['size'], message: TOO_BIG[v.purpose] });
  });

export const uploadChunkSchema = z
  .object({
    uploadId: uploadIdSchema,
    offset: z.number().int().min(0).max(UPLOAD_MAX_BYTES.evidence),
    // Bytes, never text: no base64 string is built, parsed or held for a chunk.
    data: z
      .custom<Uint8Array>((d) => d instanceof Uint8Array, { error: 'uploads.badChunk' })
      .refine((d) => d.length > 0, { error: 'uploads.emptyChunk' })
      .refine((d) => d.length <= UPLOAD_CHUNK_BYTES, { error: 'uploads.chunkTooBig' }),
  })
  .strict();

export const uploadRefSchema = z.object({ uploadId: uploadIdSchema }).strict();
