/**
 * Verifies a letter against the register from what a reader has in hand: the QR text,
 * the printed number, or the PDF file itself. Every check is recomputed from the stored
 * record (bytes and canonical content are hashed again), so a tampered row shows up too.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { IssuedLetter, VerifyResult } from '../../../shared/letters/issued.ts';
import { parseQrText } from '../../../shared/letters/numbering.ts';
import { selectFrozen, selectIssuedByNumber, selectIssuedBySha } from './issued-queries.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function integrity(ctx: AppContext, letter: IssuedLetter): string[] {
  const frozen = selectFrozen(ctx.db, letter.id);
  const problems: string[] = [];
  if (!frozen || sha256(frozen.pdf) !== letter.sha256) problems.push('letters.verify.bytesChanged');
  if (!frozen || sha256(frozen.inputJson) !== letter.contentHash) problems.push('letters.verify.contentChanged');
  return problems;
}

function result(ctx: AppContext, letter: IssuedLetter | undefined, problems: string[]): VerifyResult {
  const t = translator(ctx.language());
  if (!letter) return { verdict: 'unknown', letter: null, problems: problems.map((p) => t(p)) };
  const all = [...problems, ...integrity(ctx, letter)];
  const verdict = all.length > 0 ? 'mismatch' : letter.status === 'void' ? 'void' : 'valid';
  return { verdict, letter, problems: all.map((p) => t(p)) };
}

/** Checks a QR text ('SIPENA1|number|date|hash') or a bare letter number. */
export function verifyText(ctx: AppContext, text: string): VerifyResult {
  const qr = parseQrText(text);
  if (!qr) return result(ctx, selectIssuedByNumber(ctx.db, text.trim()), []);
  const letter = selectIssuedByNumber(ctx.db, qr.number);
  const problems: string[] = [];
  if (letter && letter.letterDate !== qr.date) problems.push('letters.verify.dateDiffers');
  if (letter && !letter.contentHash.startsWith(qr.hashPrefix)) problems.push('letters.verify.hashDiffers');
  return result(ctx, letter, problems);
}

/** Checks a PDF file: valid only when its bytes are exactly those issued. */
export function verifyPdf(ctx: AppContext, bytes: Buffer): VerifyResult {
  return result(ctx, selectIssuedBySha(ctx.db, sha256(bytes)), []);
}
