/**
 * Who signs a case's summons and examination order: the rule's default role
 * (shared/letters/signer-roles.ts) unless the case chose another lawful one, resolved to
 * the person printed: the team chair or the direct superior from the case team (or typed
 * for the case), the PPK or the appointed official from the office settings.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { getCase } from '../cases/case-service.ts';
import { getOfficeSettings } from './office-settings-service.ts';
import { selectTeamForLetters } from '../examination/exam-queries.ts';
import { deleteSigner, selectSigners, teamSuperior, upsertSigner } from './signer-queries.ts';
import { selectSuperior, selectSuperiors } from '../examination/superior-queries.ts';
import { SIGNER_LETTER_TYPES, SIGNER_RULES, TEAM_CHAIR_TITLE, defaultSignerRole } from '../../../shared/letters/signer-roles.ts';
import type { CaseSigner, SetSigner, SignerLetterType } from '../../../shared/letters/signer-roles.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { translator } from '../../../shared/i18n/index.ts';

/** What a letter lacks when its signer cannot be named, as a letters.need.* key. */
export type SignerNeed = 'signerChair' | 'signerSuperior' | 'signerAppointedBy';

interface Resolved {
  signer: CaseSigner;
  need: SignerNeed | null;
}

/**
 * The superior who signs for one accused: a person typed for the case's letters (an explicit
 * choice on the letters screen) first, then the accused's own recorded superior, then (cases
 * from before superiors were kept per accused) the team member of the "Atasan langsung" unit.
 * Without an accused (the letters screen's summary) the case's only, or first, accused counts.
 */
function superiorFor(ctx: AppContext, caseId: number, typed: Signatory | null, accusedId: number | undefined): Signatory | null {
  if (typed) return typed;
  const own = accusedId !== undefined ? selectSuperior(ctx.db, accusedId) : selectSuperiors(ctx.db, caseId)[0];
  if (own) return { title: (own.jabatan || 'Atasan Langsung').toUpperCase(), prefix: '', name: own.name, pangkat: own.pangkat ?? '', nip: own.nip };
  const onTeam = teamSuperior(ctx.db, caseId);
  return onTeam ? { title: (onTeam.jabatan || 'Atasan Langsung').toUpperCase(), prefix: '', name: onTeam.name, pangkat: onTeam.pangkat ?? '', nip: onTeam.nip } : null;
}

function resolve(ctx: AppContext, caseId: number, type: SignerLetterType, accusedId?: number): Resolved {
  const team = selectTeamForLetters(ctx.db, caseId);
  const rule = SIGNER_RULES[type];
  const defaultRole = defaultSignerRole(type, { teamSize: team.length });
  const row = selectSigners(ctx.db, caseId).find((r) => r.type === type);
  const role = row?.role ?? defaultRole;
  let signatory: Signatory | null = null;
  let need: SignerNeed | null = null;
  if (role === 'team_chair') {
    const chair = team.find((m) => m.role === 'chair');
    if (chair) signatory = { title: TEAM_CHAIR_TITLE, prefix: '', name: chair.name, pangkat: chair.pangkat ?? '', nip: chair.nip };
    else need = 'signerChair';
  } else if (role === 'superior') {
    signatory = superiorFor(ctx, caseId, row?.signatory ?? null, accusedId);
    if (!signatory) need = 'signerSuperior';
  } else {
    const office = getOfficeSettings(ctx);
    if (role === 'ppk') signatory = office.signatories.ppk;
    else if (office.appointedBy.trim()) signatory = office.signatories.appointed;
    else need = 'signerAppointedBy';
  }
  const missing = need ? translator(ctx.language())(`letters.need.${need}`) : null;
  return { signer: { type, role, defaultRole, roles: rule.roles, basis: rule.basis[role] ?? '', chosen: row !== undefined, signatory, missing }, need };
}

/** The signer of one letter type for a case (a summons: for its accused), or the missing item naming what to record. */
export function resolveSigner(ctx: AppContext, caseId: number, type: SignerLetterType, accusedId?: number): Resolved {
  return resolve(ctx, caseId, type, accusedId);
}

/** Every signer-chosen letter type of a case, for the letters screen. */
export function caseSigners(ctx: AppContext, caseId: number): CaseSigner[] {
  getCase(ctx, caseId);
  return SIGNER_LETTER_TYPES.map((type) => resolve(ctx, caseId, type).signer);
}

/** Chooses the signer role (and a superior not on the team) for one letter type of a case; the default role with nobody typed clears the choice. */
export function setSigner(ctx: AppContext, req: SetSigner): CaseSigner[] {
  getCase(ctx, req.caseId);
  const rule = SIGNER_RULES[req.type];
  if (!rule.roles.includes(req.role)) throw new AppError('INVALID_INPUT', 'signer.roleNotAllowed', { roles: rule.roles.join(', ') }, { role: 'signer.roleNotAllowed' });
  if (req.signatory && req.role !== 'superior') throw new AppError('INVALID_INPUT', 'signer.personOnlySuperior', {}, { signatory: 'signer.personOnlySuperior' });
  const before = selectSigners(ctx.db, req.caseId).find((r) => r.type === req.type) ?? null;
  const defaultRole = resolve(ctx, req.caseId, req.type).signer.defaultRole;
  mutate(ctx, (db) => {
    const clear = req.role === defaultRole && !req.signatory;
    const after = clear ? null : { type: req.type, role: req.role, signatory: req.signatory ?? null, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor() };
    if (after) upsertSigner(db, req.caseId, after);
    else deleteSigner(db, req.caseId, req.type);
    return { value: undefined, audit: { action: 'letter.signer', entity: 'case', entityId: req.caseId, before, after: after ?? { type: req.type, role: req.role, default: true } } };
  });
  return caseSigners(ctx, req.caseId);
}
