/**
 * Pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31): for an accused who is likely
 * to get a heavy sanction, from the day the examination began until the disciplinary decision
 * is set, ordered by the direct superior (or the next higher official where there is none),
 * with a Plh named for the duties. Printed as its own Keputusan (letter type `release`); changed
 * only while no valid release letter carries it.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { caseLevel, requireAccused, requireCase, selectAccusedBrief } from './exam-queries.ts';
import { allSanctionCatalogues } from './sanction-catalogues.ts';
import { decisionLevel, firstExaminationDate, lhpRecommendation, selectRelease, selectReleases, upsertRelease } from './release-queries.ts';
import { teamSuperior } from '../letters/signer-queries.ts';
import { selectSuperiors } from './superior-queries.ts';
import { validIssued } from '../letters/issued-queries.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { likelyLevel } from '../../../shared/examination/release.ts';
import type { LikelyLevel, ReleaseSave, ReleaseView } from '../../../shared/examination/release.ts';
import type { CaseLevel } from '../../../shared/examination/team-rules.ts';
import type { WorkflowState } from '../../../shared/workflow/states.ts';
import type { Db } from '../db/connection.ts';
import type { CaseCore } from './exam-queries.ts';

/** "Sejak yang bersangkutan diperiksa" until the decision: the examination phase up to the decision. */
const OPEN_STATES: readonly WorkflowState[] = ['summons_1', 'summons_2', 'report', 'decision'];

function sanctionLevel(code: string): CaseLevel | undefined {
  for (const c of allSanctionCatalogues()) {
    const s = c.sanctions.find((x) => x.code === code);
    if (s) return s.level;
  }
  return undefined;
}

function likely(db: Db, core: CaseCore, accusedId: number): LikelyLevel {
  const decision = decisionLevel(db, core.id, accusedId);
  const lhp = lhpRecommendation(db, core.id, accusedId);
  return likelyLevel({ decisionLevel: decision ? decision.level : undefined, lhpLevel: lhp ? sanctionLevel(lhp) : undefined, violationLevel: caseLevel(db, core) });
}

/** Every accused of the case with their release (if any), the likely level and the proposed signer. */
export function listReleases(ctx: AppContext, caseId: number): ReleaseView[] {
  const core = requireCase(ctx.db, caseId);
  const releases = selectReleases(ctx.db, caseId);
  const onTeam = teamSuperior(ctx.db, caseId);
  const own = selectSuperiors(ctx.db, caseId);
  // Proposed: the accused's own direct superior as recorded, else the superior on the team.
  const signatoryOf = (sup: { name: string; nip: string; pangkat: string | null; jabatan: string | null } | null | undefined) =>
    sup ? { title: (sup.jabatan || 'Atasan Langsung').toUpperCase(), prefix: '' as const, name: sup.name, pangkat: sup.pangkat ?? '', nip: sup.nip } : null;
  return selectAccusedBrief(ctx.db, caseId).map((a) => ({
    accusedId: a.id,
    release: releases.find((r) => r.accusedId === a.id) ?? null,
    likely: likely(ctx.db, core, a.id),
    examinedFrom: firstExaminationDate(ctx.db, caseId, a.id),
    proposedSignatory: signatoryOf(own.find((x) => x.accusedId === a.id) ?? onTeam),
  }));
}

/** Records (or corrects, while no letter prints it) the release of one accused. */
export function saveRelease(ctx: AppContext, input: ReleaseSave): ReleaseView {
  const core = requireCase(ctx.db, input.caseId);
  const accused = requireAccused(ctx.db, core.id, input.accusedId);
  if (!OPEN_STATES.includes(core.state)) throw new AppError('CONFLICT', 'release.wrongState');
  if (accused.employmentType === 'NON_ASN') throw new AppError('INVALID_INPUT', 'release.notAsn', { name: accused.name });
  const l = likely(ctx.db, core, accused.id);
  if (l.level !== 'berat') {
    const t = translator(ctx.language());
    throw new AppError('CONFLICT', 'release.notHeavy', { name: accused.name, level: l.level ?? 'etik', source: t(`release.source.${l.source}`) });
  }
  const from = firstExaminationDate(ctx.db, core.id, accused.id);
  if (!from) throw new AppError('CONFLICT', 'release.notExamined', { name: accused.name });
  if (input.startDate < from) throw new AppError('INVALID_INPUT', 'release.beforeExamination', { date: from }, { startDate: 'release.beforeExamination' });
  const decided = decisionLevel(ctx.db, core.id, accused.id)?.skDate;
  if (decided) throw new AppError('CONFLICT', 'release.decided', { date: decided });
  return mutate(ctx, (db) => {
    const before = selectRelease(db, core.id, accused.id);
    const letter = before ? validIssued(db, core.id, 'release', `accused:${accused.id}`) : undefined;
    if (letter) throw new AppError('CONFLICT', 'release.letterIssued', { number: letter.number });
    const row = {
      caseId: core.id,
      accusedId: accused.id,
      startDate: input.startDate,
      reason: input.reason,
      orderedBy: input.orderedBy,
      signatory: input.signatory,
      plhName: input.plhName,
      plhNip: input.plhNip,
      plhJabatan: input.plhJabatan,
    };
    upsertRelease(db, row, ctx.actor(), ctx.now().toISOString());
    const value = listReleases(ctx, core.id).find((v) => v.accusedId === accused.id)!;
    return { value, audit: { action: before ? 'release.update' : 'release.create', entity: 'case', entityId: core.id, before, after: row } };
  });
}
