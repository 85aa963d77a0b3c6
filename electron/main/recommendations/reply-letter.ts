/**
 * The reply to a recommendation (laporan tindak lanjut) goes through the normal letter flow:
 * draft, issue with the gap-free number, frozen bytes, one valid letter. It is filed under the
 * recommendation's first linked case with subject `recommendation:<id>`.
 */
import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { PdfFile } from '../../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../../shared/letters/issued.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import { draftLetter, issueLetter } from '../letters/issue-service.ts';
import { validIssuedForSubject } from '../letters/issued-queries.ts';
import { selectRecommendation } from './recommendation-queries.ts';
import { replyAnchorCase } from './followup-input.ts';

function request(ctx: AppContext, id: number) {
  if (!selectRecommendation(ctx.db, id)) throw notFound('rec.what');
  const caseId = replyAnchorCase(ctx, id);
  if (caseId === null) throw new AppError('CONFLICT', 'rec.nothingToReport');
  return { caseId, type: 'followup' as const, subject: `recommendation:${id}` };
}

export function draftReply(ctx: AppContext, id: number): Promise<PdfFile> {
  return draftLetter(ctx, request(ctx, id));
}

export function issueReply(ctx: AppContext, id: number): Promise<{ letter: IssuedLetter; file: PdfFile }> {
  const req = request(ctx, id);
  // One valid reply per recommendation, whichever case it is filed under (index issued_letters_one_followup).
  const existing = validIssuedForSubject(ctx.db, 'followup', req.subject);
  if (existing) throw new AppError('ALREADY_ISSUED', 'letters.alreadyIssued', { letter: LETTER_TITLES.followup, number: existing.number });
  return issueLetter(ctx, req);
}
