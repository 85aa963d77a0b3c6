/** The five roles of the Inspectorate's staff; every account has exactly one. */
export const ROLES = ['administrator', 'clerk', 'examiner', 'official', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may see a reporter's identity (name, contact) and the evidence files. */
export const CONFIDENTIAL_ROLES: readonly Role[] = ['administrator', 'clerk', 'examiner', 'official'];

/** True when the role may see reporter identity and evidence (the viewer may not). */
export function canSeeConfidential(role: Role): boolean {
  return CONFIDENTIAL_ROLES.includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

// Role groups named by the channel policies (shared/ipc/channels/*: `{ access: STAFF }`).
/** Every role, the read-only viewer included. */
export const ALL: readonly Role[] = ROLES;
export const ADMIN: readonly Role[] = ['administrator'];
/** Case intake: registering cases, reporters, evidence. */
export const INTAKE: readonly Role[] = ['administrator', 'clerk'];
/** Examination work: summons, hearings, BAP, LHP. */
export const EXAMINATION: readonly Role[] = ['administrator', 'examiner'];
/** Approving decisions and issuing official letters. */
export const OFFICIAL: readonly Role[] = ['administrator', 'official'];
/** Reporter identity and evidence: everyone but the viewer (CONFIDENTIAL_ROLES). */
export const CONFIDENTIAL: readonly Role[] = CONFIDENTIAL_ROLES;
/** Anyone who handles a case, i.e. every role except the read-only viewer. */
export const STAFF: readonly Role[] = ROLES.filter((r) => r !== 'viewer');
/**
 * Delivering an SK and recording appeals against it: the secretariat's clerks record them, as
 * officials may; examiners do not (the same roles as the workflow's "deliver" step).
 */
export const DELIVERY: readonly Role[] = ['administrator', 'clerk', 'official'];
/** Reports to outside bodies (the SIASN export): the secretariat's clerks prepare them, officials answer for them. */
export const REPORTS: readonly Role[] = ['administrator', 'clerk', 'official'];
