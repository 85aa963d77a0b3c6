/**
 * A moral sanction next to a disciplinary decision (PP 42/2004 Pasal 15, imposed by the PPK):
 * recorded per accused once the disciplinary decision is, printed as its own Pernyataan Sanksi
 * Moral with its own number. Changed only while no valid moral letter carries it.
 */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { requireAccused, requireCase } from './exam-queries.ts';
import { selectDecisions } from './decision-service.ts';
import { moralSigner } from './pybm-service.ts';
import { selectMoral, selectMorals, upsertMoral } from './moral-queries.ts';
import { validIssued } from '../letters/issued-queries.ts';
import type { MoralSanction, moralSaveSchema } from '../../../shared/examination/moral.ts';

export function listMorals(ctx: AppContext, caseId: number): MoralSanction[] {
  requireCase(ctx.db, caseId);
  return selectMorals(ctx.db, caseId);
}

export function saveMoral(ctx: AppContext, input: z.output<typeof moralSaveSchema>): MoralSanction {
  const core = requireCase(ctx.db, input.caseId);
  if (core.state !== 'decision' && core.state !== 'decided_without_examination') throw new AppError('CONFLICT', 'decision.wrongState');
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  if (accused.employmentType === 'NON_ASN') throw new AppError('INVALID_INPUT', 'moral.notAsn', {}, { sanctionCode: 'moral.notAsn' });
  const decision = selectDecisions(ctx.db, core.id, ctx.language()).find((d) => d.accusedId === accused.id);
  // Only next to a disciplinary decision; an ethics-only case records its moral sanction as the decision itself.
  if (!decision || decision.level === null) throw new AppError('CONFLICT', 'moral.needsDiscipline', { name: accused.name });
  const { signatory } = moralSigner(ctx, {});
  return mutate(ctx, (db) => {
    const before = selectMoral(db, core.id, accused.id);
    const letter = before ? validIssued(db, core.id, 'moral', `accused:${accused.id}`) : undefined;
    if (letter) throw new AppError('CONFLICT', 'decision.letterIssued', { number: letter.number, type: 'moral' });
    const row = { caseId: core.id, accusedId: accused.id, sanctionCode: input.sanctionCode, announcedAt: input.announcedAt || null, signatory };
    upsertMoral(db, row, ctx.now().toISOString());
    const saved = selectMoral(db, core.id, accused.id)!;
    return { value: saved, audit: { action: before ? 'moral.update' : 'moral.create', entity: 'case', entityId: core.id, before, after: row } };
  });
}
