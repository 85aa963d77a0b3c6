/**
 * The office's legal-basis lists per letter type (shared/letters/legal-basis.ts), stored
 * as one JSON document under settings key 'letters.legalBasis' with a version number
 * that grows on every save. The audit row of each save keeps the version it replaced, so
 * every version ever printed can be read back; issued letters carry their own copy.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getSetting, putSetting } from '../db/settings-queries.ts';
import { DEFAULT_LEGAL_BASIS, legalBasisSaveSchema, resolveLegalBasis } from '../../../shared/letters/legal-basis.ts';
import type { LegalBasisFacts, LegalBasisSave, LegalBasisSettings, LegalBasisType, ResolvedLegalBasis } from '../../../shared/letters/legal-basis.ts';

export const LEGAL_BASIS_KEY = 'letters.legalBasis';

const DEFAULT: LegalBasisSettings = { ...DEFAULT_LEGAL_BASIS, version: 0, updatedAt: null, updatedBy: null };

/** The lists in force: the last saved version, or the shipped default (version 0). */
export function getLegalBasis(ctx: AppContext): LegalBasisSettings {
  const raw = getSetting(ctx.db, LEGAL_BASIS_KEY);
  if (raw === undefined) return DEFAULT;
  const stored = JSON.parse(raw) as Partial<LegalBasisSettings>;
  const parsed = legalBasisSaveSchema.safeParse({ formationLaw: stored.formationLaw, lists: stored.lists });
  // Written by a newer build: refuse rather than print a wrong Mengingat.
  if (!parsed.success || typeof stored.version !== 'number') throw new AppError('CONFLICT', 'mengingat.unreadable');
  return { ...parsed.data, version: stored.version, updatedAt: stored.updatedAt ?? null, updatedBy: stored.updatedBy ?? null };
}

/** The shipped default, for the screen's "reset to default" per letter type. */
export function defaultLegalBasis(): LegalBasisSave {
  return DEFAULT_LEGAL_BASIS;
}

/** Saves the lists as a new version (unchanged lists keep their version and write nothing). */
export function saveLegalBasis(ctx: AppContext, input: LegalBasisSave): LegalBasisSettings {
  const current = getLegalBasis(ctx);
  if (JSON.stringify({ f: current.formationLaw, l: current.lists }) === JSON.stringify({ f: input.formationLaw, l: input.lists })) return current;
  const next: LegalBasisSettings = { ...input, version: current.version + 1, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor() };
  return mutate(ctx, (db) => {
    putSetting(db, LEGAL_BASIS_KEY, JSON.stringify(next), { at: ctx.now().toISOString(), actor: ctx.actor() });
    return {
      value: next,
      audit: { action: 'letters.legalBasis.update', entity: 'setting', entityId: LEGAL_BASIS_KEY, before: current, after: next },
    };
  });
}

/** The list one letter prints, for its facts. */
export function letterLegalBasis(ctx: AppContext, type: LegalBasisType, facts: LegalBasisFacts): ResolvedLegalBasis {
  return resolveLegalBasis(getLegalBasis(ctx), type, facts);
}
