/**
 * How a person is employed: a civil servant (PNS), a government employee on contract
 * (PPPK), or not an ASN at all (honorary staff and others, whom the ASN discipline rules
 * do not reach). The word the registry, intake, rules and letters all use.
 */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK', 'NON_ASN'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
