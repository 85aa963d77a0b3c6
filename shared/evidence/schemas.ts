import { z } from 'zod';
import { idSchema, text } from '../schemas/common.ts';
import { UPLOAD_MAX_BYTES, uploadIdSchema, uploadRefSchema } from '../uploads/schemas.ts';

/** Largest read-back chunk for previews. */
export const EVIDENCE_READ_BYTES = 4 * 1024 * 1024;

export const EVIDENCE_CATEGORIES = ['evidence', 'source_document'] as const;
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];


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

export const evidenceUploadRefSchema = uploadRefSchema;

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
    offset: z.number().int().min(0).max(UPLOAD_MAX_BYTES.evidence).default(0),
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
  /** Bytes as they are (a raw HTTP body on the servers, a Uint8Array over Electron IPC). */
  data: Uint8Array;
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
