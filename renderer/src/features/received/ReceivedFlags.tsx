import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReceivedCaseSummary } from '../../../../shared/bundles/received.ts';

/** Gap and conflict as badges: what a person at the province must look into. */
export function ReceivedFlags({ c }: { c: Pick<ReceivedCaseSummary, 'gap' | 'conflict'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {c.gap && <Badge color="orange" variant="light" data-testid="received-gap">{t('received.gap')}</Badge>}
      {c.conflict && <Badge color="red" variant="light" data-testid="received-conflict">{t('received.conflict')}</Badge>}
    </Group>
  );
}
