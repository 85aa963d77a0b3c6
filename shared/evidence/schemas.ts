import { z } from 'zod';
import { idSchema, requiredText, text } from '../schemas/common.ts';

/** Largest evidence file accepted (a long phone video fits; a disk image does not). */
export const MAX_EVIDENCE_BYTES = 4 * 1024 ** 3;
/** Raw bytes per upload chunk: base64 of this stays well under the harness's 8 MB body limit. */
export const EVIDENCE_CHUNK_BYTES = 4 * 1024 * 1024;
/** Largest read-back chunk for previews. */
export const EVIDENCE_READ_BYTES = 4 * 1024 * 1024;

export const EVIDENCE_CATEGORIES = ['evidence', 'source_document'] as const;
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];

export const uploadIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { error: 'evidence.badUpload' });

/** A URL is kept as text only (never fetched): http(s), bounded, no spaces or control characters. */
export const urlSchema = text(2000).refine((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), { error: 'evidence.badUrl' });

export const stagedEvidenceSchema = z
  .object({
    uploadId: uploadIdSchema,
    description: text(300).optional(),
    category: z.enum(EVIDENCE_CATEGORIES).default('evidence'),
  })
  .strict();

export const evidenceLinkSchema = z
  .object({
    url: urlSchema,
    description: text(300).optional(),
    category: z.enum(EVIDENCE_CATEGORIES).default('evidence'),
  })
  .strict();

export const evidenceBeginSchema = z
  .object({
    fileName: requiredText(255),
    size: z.number().int().min(1, { error: 'evidence.empty' }).max(MAX_EVIDENCE_BYTES, { error: 'evidence.tooBig' }),
  })
  .strict();

export const evidenceChunkSchema = z
  .object({
    uploadId: uploadIdSchema,
    offset: z.number().int().min(0).max(MAX_EVIDENCE_BYTES),
    // 4/3 of the raw chunk, rounded up to a multiple of 4.
    dataBase64: z.string().min(1).max(Math.ceil(EVIDENCE_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'evidence.badChunk' }),
  })
  .strict();

export const evidenceUploadRefSchema = z.object({ uploadId: uploadIdSchema }).strict();

export const evidenceAttachSchema = z
  .object({
    caseId: idSchema,
    files: z.array(stagedEvidenceSchema).max(50).default([]),
    links: z.array(evidenceLinkSchema).max(50).default([]),
  })
  .strict();

export const evidenceIdSchema = z.object({ id: idSchema }).strict();

export const evidenceReadSchema = z
  .object({
    id: idSchema,
    offset: z.number().int().min(0).max(MAX_EVIDENCE_BYTES).default(0),
    length: z.number().int().min(1).max(EVIDENCE_READ_BYTES).default(EVIDENCE_READ_BYTES),
  })
  .strict();

/** A file streamed into the store, waiting to be attached to a case. */
export interface StagedEvidence {
  uploadId: string;
  sha256: string;
  size: number;
  mime: string;
  originalName: string;
}

export interface EvidenceItem {
  id: number;
  caseId: number;
  kind: 'file' | 'url';
  category: EvidenceCategory;
  sha256: string | null;
  size: number | null;
  mime: string | null;
  originalName: string | null;
  url: string | null;
  description: string | null;
  addedAt: string;
  addedBy: string;
}

export interface EvidenceVerifyResult {
  id: number;
  ok: boolean;
  expected: string;
  actual: string | null;
  size: number | null;
  checkedAt: string;
}

export interface EvidenceChunk {
  dataBase64: string;
  offset: number;
  total: number;
  mime: string;
}

/** Whether the case view can show a file inline (image, video, PDF), from its sniffed type. */
export function previewKind(mime: string | null): 'image' | 'video' | 'pdf' | null {
  if (!mime) return null;
  if (/^image\/(jpeg|png|gif|webp|bmp|avif)$/.test(mime)) return 'image';
  if (/^video\/(mp4|webm|quicktime)$/.test(mime)) return 'video';
  if (mime === 'application/pdf') return 'pdf';
  return null;
}
