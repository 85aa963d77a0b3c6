import type { TFunction } from 'i18next';

/** A case status in words: the workflow's own names first, then the intake's, else the raw value. */
export function statusLabel(t: TFunction, status: string): string {
  return t(`workflowStates.${status}`, { defaultValue: t(`statuses.${status}`, { defaultValue: status }) });
}
