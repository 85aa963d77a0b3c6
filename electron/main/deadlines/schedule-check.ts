import type { ScheduleCheck } from '../../../shared/examination/types.ts';

/** Whether a schedule may be saved, and the override reason to record with it (null when nothing was overridden). */
export type OverrideOutcome = { ok: true; reason: string | null } | { ok: false };

/**
 * The rule of every scheduling service: a schedule with a conflict (examiner, room or
 * accused double-booked) or a broken deadline rule is saved only with a non-blank reason
 * to override, which the caller records in its row and audit. Without findings nothing is
 * overridden, so no reason is recorded even when one was typed.
 */
export function checkOverride(check: ScheduleCheck, overrideReason: string | null | undefined): OverrideOutcome {
  if (check.conflicts.length === 0 && check.warnings.length === 0) return { ok: true, reason: null };
  const reason = overrideReason?.trim() ?? '';
  return reason === '' ? { ok: false } : { ok: true, reason };
}
