import type { Attendance, ExaminationOverview } from './types.ts';
import type { WorkflowState } from '../workflow/states.ts';

export type Prompt = NonNullable<ExaminationOverview['prompt']>;

/** What the latest attendance of an accused means for the case. */
export interface AttendanceSituation {
  state: WorkflowState;
  lastAttendance: Attendance | null;
  /** Missed examinations of that accused so far. */
  absences: number;
  /** A summons II session is already on the calendar for the accused. */
  summons2Scheduled: boolean;
  /** Latest date summons II may be issued (null unless absent). */
  summons2Due: string | null;
  hasBapForLast: boolean;
}

/**
 * The step the attendance outcome calls for (PP 94 Pasal 26-31): absent once, prepare
 * summons II by its due date; absent twice, decide without examination; present, record
 * the BAP; postponed, set a new date. Null when nothing is pending.
 */
export function nextStepPrompt(s: AttendanceSituation): Prompt | null {
  const examining = s.state === 'summons_1' || s.state === 'summons_2';
  if (!examining || s.lastAttendance === null) return null;
  if (s.lastAttendance === 'absent') {
    if (s.absences >= 2) return { key: 'attendance.promptDecideWithout', params: {}, action: s.state === 'summons_2' ? 'decide_without_examination' : null };
    if (s.state === 'summons_1') return { key: 'attendance.promptSummons2', params: { due: s.summons2Due ?? '' }, action: 'issue_summons_2' };
    if (!s.summons2Scheduled) return { key: 'attendance.promptScheduleSummons2', params: { due: s.summons2Due ?? '' }, action: null };
    return null;
  }
  if (s.lastAttendance === 'present') return s.hasBapForLast ? null : { key: 'attendance.promptBap', params: {}, action: null };
  return { key: 'attendance.promptReschedule', params: {}, action: null };
}
