/**
 * Who decides and who signs a decision: the rule table's answer for the accused's
 * position class and the sanction level, the official the form chose among the lawful
 * ones, and the person printed under the SK (the PPK from the office settings, the OPD
 * head from the OPD list, or a typed Administrator/Pengawas).
 */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { accusedPositions } from '../employees/employee-queries.ts';
import { opdHead } from '../employees/opd-service.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { pybmTable } from './pybm-table.ts';
import { requireCase, selectAccusedBrief } from './exam-queries.ts';
import { accusedPriorDecisions } from './repeat-service.ts';
import { resolvePybm } from '../../../shared/examination/pybm.ts';
import type { PybmOfficial } from '../../../shared/examination/pybm.ts';
import type { PybmContext } from '../../../shared/examination/pybm-context.ts';
import type { SanctionLevel } from '../../../shared/examination/sanctions.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { POSITION_CLASSES } from '../../../shared/employees/position-class.ts';
import type { PositionClass } from '../../../shared/employees/position-class.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

/** The rule table, the PPK and each accused's position class and OPD head, for the decision form. */
export function pybmContext(ctx: AppContext, caseId: number): PybmContext {
  const office = getOfficeSettings(ctx);
  const core = requireCase(ctx.db, caseId);
  const nips = new Map(selectAccusedBrief(ctx.db, caseId).map((a) => [a.id, a.nip]));
  return {
    table: pybmTable(),
    ppk: office.signatories.ppk,
    standInLimit: office.standInLimit,
    accused: accusedPositions(ctx.db, caseId).map((a) => ({
      id: a.id,
      positionClass: a.positionClass,
      opdName: a.opdName,
      opdHead: opdHead(ctx.db, a.opdId),
      prior: accusedPriorDecisions(ctx, core, nips.get(a.id) ?? ''),
    })),
  };
}

export interface DeciderChoice {
  pybmOfficial?: PybmOfficial | undefined;
  vacant?: PybmOfficial[] | undefined;
  signatory?: Signatory | undefined;
}

export interface Decider {
  official: PybmOfficial;
  rule: string;
  signatory: Signatory;
}

/**
 * The class the table is read with: the recorded one; a PPPK without one is a PPPK; with
 * none recorded, any class will do when every class gives the same answer (a heavy
 * sanction other than dismissal is the PPK's for all), otherwise the class must be recorded.
 */
function effectiveClass(recorded: PositionClass | null, employmentType: EmploymentType, level: SanctionLevel, sanctionCode: string): PositionClass | null {
  if (recorded) return recorded;
  if (employmentType === 'PPPK') return 'pppk';
  const answers = new Set(
    POSITION_CLASSES.filter((c) => c !== 'pppk').map((c) => {
      const r = resolvePybm(pybmTable(), { positionClass: c, level, sanctionCode });
      return r.ok ? r.official : null;
    }),
  );
  return answers.size === 1 && !answers.has(null) ? ANY_CLASS : null;
}

/** Stands for "not recorded, and it does not matter": every class gives the same answer. */
const ANY_CLASS: PositionClass = 'pelaksana';

/** Moral sanctions are stated by the PPK (PP 42/2004 Pasal 15 ayat (1)). */
export function moralSigner(ctx: AppContext, choice: DeciderChoice): Decider {
  return { official: 'ppk', rule: 'PP 42/2004 Pasal 15', signatory: choice.signatory ?? getOfficeSettings(ctx).signatories.ppk };
}

/** Resolves and checks who decides and signs one accused's disciplinary decision; throws a clear error otherwise. */
export function decideSigner(
  ctx: AppContext,
  caseId: number,
  accused: { id: number; name: string; employmentType: EmploymentType },
  level: SanctionLevel,
  sanctionCode: string,
  choice: DeciderChoice,
): Decider {
  const pos = accusedPositions(ctx.db, caseId).find((a) => a.id === accused.id);
  const positionClass = effectiveClass(pos?.positionClass ?? null, accused.employmentType, level, sanctionCode);
  if (positionClass === null) throw new AppError('CONFLICT', 'pybm.classMissing', { name: accused.name }, { pybmOfficial: 'pybm.classMissing' });
  const r = resolvePybm(pybmTable(), { positionClass, level, sanctionCode, vacant: choice.vacant });
  if (!r.ok) throw new AppError('CONFLICT', r.key, { ...r.params, name: accused.name });
  const official = choice.pybmOfficial ?? r.official;
  if (!r.allowed.includes(official)) {
    throw new AppError('INVALID_INPUT', 'pybm.notAllowed', { official, allowed: r.allowed.join(', '), basis: r.row.basis }, { pybmOfficial: 'pybm.notAllowed' });
  }
  if (official === 'presiden') throw new AppError('CONFLICT', 'pybm.presidentDecides', { basis: r.row.basis });
  const rule = pos?.positionClass || accused.employmentType === 'PPPK' ? `${r.tableVersion}#${r.row.id}` : `${r.tableVersion}#*-${level.toUpperCase()}`;
  if (choice.signatory) return { official, rule, signatory: choice.signatory };
  if (official === 'ppk') return { official, rule, signatory: getOfficeSettings(ctx).signatories.ppk };
  if (official === 'kepala_opd') {
    const head = opdHead(ctx.db, pos?.opdId ?? null);
    if (!head) throw new AppError('CONFLICT', 'pybm.headMissing', { opd: pos?.opdName ?? '–' }, { signatory: 'pybm.headMissing' });
    return { official, rule, signatory: head };
  }
  throw new AppError('INVALID_INPUT', 'pybm.signatoryRequired', { official }, { signatory: 'pybm.signatoryRequired' });
}
