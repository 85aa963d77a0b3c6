import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDate } from '../../app/format.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import { pactAggravatingText } from '../../../../shared/pacts/schemas.ts';

/** On the case view: the accused who signed an integrity pact before the incident (an aggravating fact for the LHP). */
export function PactCaseFlag({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { data } = useLoad(() => call('pacts:caseFlags', { caseId }), [caseId]);
  if (!data || data.length === 0) return null;
  return (
    <Alert color="orange" title={t('pacts.flag.title')} data-testid="pact-flag">
      <List size="sm">
        {data.map((f) => (
          <List.Item key={f.accusedId}>
            {t('pacts.flag.line', { name: f.name, nip: formatNip(f.nip), pacts: f.pacts.map((p) => t('pacts.flag.pact', { date: showDate(p.pactDate), place: p.place })).join('; ') })}
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={4}>{t('pacts.flag.hint')}</Text>
    </Alert>
  );
}

/** In the LHP form: takes the pact fact into the aggravating facts of this accused, when there is one. */
export function PactAggravatingButton({ caseId, accusedId, onUse }: { caseId: number; accusedId: number; onUse: (text: string) => void }) {
  const { t } = useTranslation();
  const { data } = useLoad(() => call('pacts:caseFlags', { caseId }), [caseId]);
  const flag = data?.find((f) => f.accusedId === accusedId);
  if (!flag) return null;
  return (
    <Button size="xs" variant="light" color="orange" onClick={() => onUse(pactAggravatingText(flag, formatDate))} data-testid={`pact-aggravating-${accusedId}`}>
      {t('pacts.flag.useInLhp')}
    </Button>
  );
}
