import { channel } from '../define.ts';
import { caseIdSchema } from '../../cases/schemas.ts';

export interface PdfFile {
  fileName: string;
  /** Base64 so the same envelope travels over Electron IPC and HTTP JSON. */
  pdfBase64: string;
}

export const letterChannels = {
  'letters:receipt': channel<PdfFile>()(caseIdSchema.strict()),
} as const;
