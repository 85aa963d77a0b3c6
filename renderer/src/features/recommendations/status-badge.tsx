import { Badge, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecStatus } from '../../../../shared/recommendations/schemas.ts';

const COLOR: Record<RecStatus, string> = { pending: 'yellow', in_examination: 'blue', decided: 'teal', not_followed: 'gray' };

/** One employee's status, and "lewat batas" when the follow-up deadline has passed. */
export function RecStatusBadge({ status, overdue }: { status: RecStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={COLOR[status]} variant="light" data-status={status} style={{ overflow: 'visible' }} miw="fit-content">
        {t(`rec.statuses.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" data-testid="rec-overdue">
          {t('rec.overdue')}
        </Badge>
      )}
    </Stack>
  );
}
