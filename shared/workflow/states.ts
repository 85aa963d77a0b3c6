/**
 * The states and steps of a case. Status values are stored in
 * cases.status, so these strings are data: never rename one.
 */
export const WORKFLOW_STATES = [
  'registered',
  'verification',
  'summons_1',
  'summons_2',
  'report',
  'decision',
  'delivered',
  'appeal',
  'closed',
  // Side exits.
  'not_pursued',
  'forwarded',
  'decided_without_examination',
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = [
  'start_verification',
  'not_pursue',
  'forward',
  'start_examination',
  'issue_summons_2',
  'decide_without_examination',
  'complete_examination',
  'submit_report',
  'deliver',
  'file_appeal',
  'appeal_decided',
  'appeal_annulled',
  'close',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** True for a status string written by this workflow. */
export function isWorkflowState(s: string): s is WorkflowState {
  return (WORKFLOW_STATES as readonly string[]).includes(s);
}

/** The case is in the examination phase (summons I or II outstanding). */
export function inExamination(s: WorkflowState): boolean {
  return s === 'summons_1' || s === 'summons_2';
}
