import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

/**
 * cases.accused_types holds the employment types of a case's accused as bits, so the
 * case list can filter by type without a join per row. The bits were fixed by
 * migration 6, which filled the column for the cases that existed then.
 */
export const TYPE_BITS: Record<EmploymentType, number> = { PNS: 1, PPPK: 2, NON_ASN: 4 };

/** The bits of one case's accused, computed in SQL from case_accused (@id is the case id). */
export const ACCUSED_TYPES_OF_CASE_SQL = `SELECT coalesce(sum(DISTINCT CASE employment_type ${Object.entries(TYPE_BITS)
  .map(([type, bit]) => `WHEN '${type}' THEN ${bit}`)
  .join(' ')} END), 0) FROM case_accused WHERE case_id = @id`;
