import { AppError } from '../errors.ts';
import type { ScheduleWarning } from '../../../shared/deadlines/compute.ts';

/**
 * The rule of every scheduling service: a schedule that breaks a deadline rule is
 * refused unless the user gives a reason to override, which the caller records in its
 * audit row. Returns the warnings that were overridden (empty when none).
 */
export function requireOverrideReason(warnings: ScheduleWarning[], overrideReason: string | null | undefined): ScheduleWarning[] {
  if (warnings.length === 0) return [];
  if (!overrideReason || overrideReason.trim() === '') {
    throw new AppError('CONFLICT', 'deadlines.overrideNeeded', { count: warnings.length }, { overrideReason: 'deadlines.overrideNeeded' });
  }
  return warnings;
}
