import { z } from 'zod';
import { channel } from '../define.ts';
import { tableFormatSchema } from '../../reports/table-export.ts';
import type { TableFile } from '../../reports/table-export.ts';
import { ADMIN, ALL, OFFICIAL, STAFF } from '../../accounts/roles.ts';
import { caseIdSchema } from '../../cases/schemas.ts';
import { idSchema, isoDate, text } from '../../schemas/common.ts';
import { LETTER_TYPES } from '../../letters/letter-types.ts';
import type { BulkJobStatus, IssuedLetter, LetterOption, VerifyResult } from '../../letters/issued.ts';
import { officeSettingsSchema } from '../../letters/office-settings.ts';
import type { OfficeSettingsView } from '../../letters/office-settings.ts';
import { expectedVersion } from '../../records/versions.ts';
import { legalBasisSaveSchema } from '../../letters/legal-basis.ts';
import { setSignerSchema } from '../../letters/signer-roles.ts';
import { uploadRefSchema } from '../../uploads/schemas.ts';
import type { CaseSigner } from '../../letters/signer-roles.ts';
import type { LegalBasisSave, LegalBasisSettings } from '../../letters/legal-basis.ts';

export interface PdfFile {
  fileName: string;
  /** Base64 so the same envelope travels over Electron IPC and HTTP JSON. */
  pdfBase64: string;
}

/** A large PDF (a bulk print of hundreds of letters) as bytes: the raw HTTP body on the servers, never base64. */
export interface PdfBytes {
  fileName: string;
  pdf: Uint8Array;
}

/** Which letter of which case: subject 'session:<id>', 'accused:<id>' or ''. */
export const letterRequestSchema = z
  .object({
    caseId: idSchema,
    type: z.enum(LETTER_TYPES),
    subject: z
      .string()
      .regex(/^((session|accused):\d{1,12})?$/, { error: 'validation.invalid' })
      .default(''),
  })
  .strict();

/** Void needs a written reason; the number stays used. */
export const voidSchema = z.object({ id: idSchema, reason: text(500).min(5, { error: 'letters.reasonRequired' }) }).strict();

/** A number, a scanned QR text, or a PDF file sent through the uploads channels (purpose "verify"). */
export const verifySchema = z.union([z.object({ text: text(300).min(1, { error: 'validation.required' }) }).strict(), uploadRefSchema]);

export const letterListSchema = z
  .object({
    caseId: idSchema.optional(),
    type: z.enum(LETTER_TYPES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();

/** The settings screen saves everything except the logo, which has its own upload. */
export const officeSettingsSaveSchema = officeSettingsSchema
  .omit({ logoFile: true })
  .extend({
    /** The settings' version when the screen was loaded (0: never saved): a stale save is refused. */
    expectedVersion,
  })
  .strict();

/** A logo sent through the uploads channels (purpose "logo"). */
const logoUploadSchema = uploadRefSchema;

const empty = z.object({}).strict();

/** Staff draft and read letters; issuing and voiding official letters is the officials' call. */
export const letterChannels = {
  'letters:options': channel<LetterOption[]>()(caseIdSchema.strict(), { access: STAFF }),
  'letters:draft': channel<PdfFile>()(letterRequestSchema, { access: STAFF }),
  'letters:issue': channel<{ letter: IssuedLetter; file: PdfFile }>()(letterRequestSchema, { access: OFFICIAL }),
  'letters:list': channel<IssuedLetter[]>()(letterListSchema, { access: ALL }),
  'letters:export': channel<TableFile>()(letterListSchema.omit({ limit: true }).extend({ format: tableFormatSchema }).strict(), { access: ALL }),
  'letters:pdf': channel<PdfFile>()(z.object({ id: idSchema }).strict(), { access: STAFF }),
  'letters:void': channel<IssuedLetter>()(voidSchema, { access: OFFICIAL }),
  'letters:verify': channel<VerifyResult>()(verifySchema, { access: ALL }),
  'letters:bulkStart': channel<BulkJobStatus>()(z.object({ ids: z.array(idSchema).min(1).max(2000) }).strict(), { access: STAFF }),
  'letters:bulkStatus': channel<BulkJobStatus>()(z.object({ jobId: z.uuid() }).strict(), { access: STAFF }),
  'letters:bulkResult': channel<PdfBytes>()(z.object({ jobId: z.uuid() }).strict(), { access: STAFF }),
  'letters:settings': channel<OfficeSettingsView>()(empty, { access: ALL }),
  'letters:saveSettings': channel<OfficeSettingsView>()(officeSettingsSaveSchema, { access: ADMIN }),
  'letters:uploadLogo': channel<OfficeSettingsView>()(logoUploadSchema, { access: ADMIN }),
  'letters:removeLogo': channel<OfficeSettingsView>()(empty, { access: ADMIN }),
  'letters:logo': channel<{ mime: string; dataBase64: string } | null>()(empty, { access: ALL }),
  /** The legal-basis lists in force and the shipped default (for "reset to default"). */
  'letters:legalBasis': channel<{ current: LegalBasisSettings; defaults: LegalBasisSave }>()(empty, { access: ALL }),
  /** Who signs the case's summonses and examination order: role (default by the rules, or chosen) and person. */
  'letters:signers': channel<CaseSigner[]>()(caseIdSchema.strict(), { access: STAFF }),
  'letters:setSigner': channel<CaseSigner[]>()(setSignerSchema, { access: STAFF }),
  'letters:saveLegalBasis': channel<LegalBasisSettings>()(legalBasisSaveSchema, { access: ADMIN }),
} as const;
