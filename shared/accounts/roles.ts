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
