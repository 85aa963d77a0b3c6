import type { TFunction } from 'i18next';

/**
 * The words for an audit action in a case timeline or summary. Workflow steps are
 * recorded as `workflow.<action>` and reuse the step names the workflow screens show.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  if (action.startsWith('workflow.')) {
    const step = action.slice('workflow.'.length);
    return t('audit.workflowStep', { step: t(`workflowActions.${step}`, { defaultValue: step }) });
  }
  return t(`audit.${action}`, { defaultValue: action });
}
