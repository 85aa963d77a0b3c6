/**
 * Letters that carry other issued letters in the same file: the reply to a recommendation
 * (laporan tindak lanjut) attaches the issued SKs it reports. The SKs' frozen bytes are
 * copied page by page after the letter, each checked against its recorded SHA-256 first, so
 * an attachment is exactly the SK as issued.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import type { LetterInputs } from '../../../shared/letters/inputs.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import type { LetterType } from '../../../shared/letters/letter-types.ts';
import { selectFrozen } from './issued-queries.ts';
import { mergePdfs } from './pdf-merge.ts';

export async function withAttachments(db: Db, type: LetterType, input: LetterInputs[LetterType], pdf: Buffer): Promise<Buffer> {
  if (type !== 'followup') return pdf;
  const attachments = (input as LetterInputs['followup']).attachments;
  if (attachments.length === 0) return pdf;
  const parts: Uint8Array[] = [pdf];
  for (const a of attachments) {
    const frozen = selectFrozen(db, a.letterId);
    if (!frozen || createHash('sha256').update(frozen.pdf).digest('hex') !== a.sha256) throw new AppError('CONFLICT', 'letters.attachmentChanged', { number: a.number });
    parts.push(frozen.pdf);
  }
  return Buffer.from(await mergePdfs(parts, LETTER_TITLES[type]));
}
