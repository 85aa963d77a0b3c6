/**
 * Who an employee is, by employment type. PNS and PPPK carry an 18-digit NIP whose
 * layout must match the type; non-ASN staff (honorer, TK2D, contract) have no NIP, so
 * the registry keys them by an office identifier instead (NIK, NIPTT, contract number).
 */
import { z } from 'zod';
import { normalizePersonId, parseNip } from '../nip.ts';
import type { NipProblem } from '../nip.ts';
import type { EmploymentType } from './employment-type.ts';

export type PersonIdProblem = NipProblem | 'validation.required' | 'nip.isPppk' | 'nip.isPns' | 'nip.nonAsnFormat';

/** A non-ASN identifier: 3-30 letters, digits, dots, slashes or dashes, starting with a letter or digit. */
export const NON_ASN_ID = /^[A-Za-z0-9][A-Za-z0-9./-]{2,29}$/;

/** NIP or non-ASN identifier as typed; spaces are dropped, the rules are in personIdRefinement. */
export const personIdText = z.string().max(40, { error: 'validation.tooLong' }).transform(normalizePersonId);

export interface PersonIdOptions {
  /** Case accused may be non-ASN without any identifier; the registry needs one. */
  allowEmptyNonAsn: boolean;
  /** Refuse a PPPK-layout NIP for a PNS and the reverse. */
  checkKind: boolean;
  today?: Date;
}

/** What is wrong with this identifier for this employment type, or null when it is fine. */
export function personIdProblem(id: string, type: EmploymentType, opts: PersonIdOptions): PersonIdProblem | null {
  const value = normalizePersonId(id);
  if (type === 'NON_ASN') {
    if (value === '') return opts.allowEmptyNonAsn ? null : 'validation.required';
    return NON_ASN_ID.test(value) ? null : 'nip.nonAsnFormat';
  }
  if (value === '') return 'validation.required';
  const r = parseNip(value, opts.today);
  if (!r.ok) return r.problem;
  if (opts.checkKind && r.info.kind !== type) return r.info.kind === 'PPPK' ? 'nip.isPppk' : 'nip.isPns';
  return null;
}

/**
 * A zod refinement for objects with `nip` and `employmentType`: the issue lands on
 * `nip`. It runs even when sibling fields failed, so a form shows every problem at once.
 */
export function personIdRefinement(opts: PersonIdOptions) {
  const check = (value: unknown, ctx: z.RefinementCtx): void => {
    if (typeof value !== 'object' || value === null) return;
    const { nip, employmentType } = value as { nip?: unknown; employmentType?: unknown };
    if (typeof nip !== 'string' || (employmentType !== 'PNS' && employmentType !== 'PPPK' && employmentType !== 'NON_ASN')) return;
    const problem = personIdProblem(nip, employmentType, opts);
    if (problem) ctx.addIssue({ code: 'custom', path: ['nip'], message: problem });
  };
  return [check, { when: () => true }] as const;
}
