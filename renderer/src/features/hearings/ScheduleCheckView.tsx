import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleCheck } from '../../../../shared/examination/types.ts';
import { showSlot, tWithDates } from './format-params.ts';

/** Conflicts and deadline warnings of a schedule attempt, worded for the clerk. */
export function ScheduleCheckView({ check }: { check: ScheduleCheck }) {
  const { t } = useTranslation();
  if (check.conflicts.length === 0 && check.warnings.length === 0) return null;
  return (
    <>
      {check.conflicts.length > 0 && (
        <Alert color="red" title={t('schedule.conflictsTitle')} data-testid="schedule-conflicts" role="alert">
          <List size="sm">
            {check.conflicts.map((c, i) => (
              <List.Item key={`${c.kind}-${c.sessionId}-${i}`}>
                {t(`schedule.conflict_${c.kind}`, { who: c.who, when: showSlot(c.startAt, c.endAt), registerNo: c.registerNo })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {check.warnings.length > 0 && (
        <Alert color="orange" title={t('schedule.warningsTitle')} data-testid="schedule-warnings">
          <List size="sm">
            {check.warnings.map((w, i) => (
              <List.Item key={`${w.rule}-${i}`}>
                {tWithDates(t, w.key, w.params)} {w.legalBasis ? `(${w.legalBasis})` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
