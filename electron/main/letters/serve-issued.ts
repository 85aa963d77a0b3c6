import type { AppContext } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { auditHistory } from '../audit/audit-queries.ts';
import { frozenLetterProblem } from '../audit/reconcile.ts';
import { issuedPdf } from './issue-service.ts';
import { selectFrozen, selectIssued } from './issued-queries.ts';
import type { PdfFile } from '../../../shared/ipc/channels/letters.ts';

/**
 * The issued PDF, only after its bytes and content hash again to what was recorded when
 * it was issued (and in its issue audit row): a letter with legal weight is never handed
 * out in altered form, it is refused naming its number.
 */
export function checkedIssuedPdf(ctx: AppContext, id: number): PdfFile {
  const letter = selectIssued(ctx.db, id);
  const frozen = selectFrozen(ctx.db, id);
  if (!letter || !frozen) throw notFound('letters.letterNotFound');
  const issued = auditHistory(ctx.db, 'letter', id).find((r) => r.action === 'letter.issue');
  const issuedSha256 = issued?.after_json ? ((JSON.parse(issued.after_json) as { sha256?: string }).sha256 ?? null) : null;
  if (frozenLetterProblem({ number: letter.number, sha256: letter.sha256, contentHash: letter.contentHash, ...frozen, issuedSha256 })) {
    throw new AppError('CONFLICT', 'integrity.letterAltered', { number: letter.number });
  }
  return issuedPdf(ctx, id);
}
