import { Alert, Checkbox, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showDate } from '../../app/format.ts';
import { href } from '../../app/use-hash-route.ts';
import type { DuplicateWarning } from '../../../../shared/cases/schemas.ts';

/** The intake's duplicate warning: similar cases, and the acknowledgement the clerk must tick. */
export function DuplicateWarnings({ warnings, acknowledged, onAcknowledge }: { warnings: DuplicateWarning[]; acknowledged: boolean; onAcknowledge: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('case.duplicateTitle')} data-testid="duplicate-warning">
      <List size="sm" mb="sm">
        {warnings.map((w, i) => (
          <List.Item key={i}>
            <a href={href(`/cases/${w.caseId}`)} target="_blank" rel="noreferrer">{w.registerNo}</a>
            {t('case.duplicateItem', { registerNo: '', name: w.name, nip: w.nip, code: w.code, date: showDate(w.incidentDate) })}
          </List.Item>
        ))}
      </List>
      <Checkbox label={t('case.duplicateAck')} checked={acknowledged} onChange={(e) => onAcknowledge(e.currentTarget.checked)} />
    </Alert>
  );
}
