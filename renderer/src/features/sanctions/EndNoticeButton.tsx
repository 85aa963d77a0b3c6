import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

/**
 * Issues the end-of-sanction notice to BKPSDM (letter type `endnotice`) for one accused, from the
 * register or from its "Perlu tindakan" entry; issuing it settles the entry.
 */
export function EndNoticeButton(props: { caseId: number; accusedId: number; onIssued: () => void }) {
  const { t } = useTranslation();
  const issuing = useAction(
    async () => {
      const { letter } = await call('letters:issue', { caseId: props.caseId, type: 'endnotice', subject: `accused:${props.accusedId}` });
      notifications.show({ color: 'teal', message: t('sanctionsUi.noticeIssued', { number: letter.number }) });
      props.onIssued();
    },
    (e) => (notifications.show({ color: 'red', message: errorText(e) }), null),
  );
  return (
    <Button size="xs" variant="light" loading={issuing.busy} onClick={() => void issuing.run()} data-testid={`end-notice-${props.caseId}-${props.accusedId}`}>
      {t('sanctionsUi.issueNotice')}
    </Button>
  );
}
