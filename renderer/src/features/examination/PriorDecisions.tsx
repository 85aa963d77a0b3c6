import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showDate } from '../../app/format.ts';
import type { PybmContext } from '../../../../shared/examination/pybm-context.ts';

/** The accused's earlier disciplinary decisions: a repeat of the same nature must be heavier than the last one. */
export function PriorDecisions({ context, accusedId }: { context: PybmContext | null; accusedId: number }) {
  const { t } = useTranslation();
  const prior = context?.accused.find((a) => a.id === accusedId)?.prior ?? [];
  if (prior.length === 0) return null;
  const same = prior.some((p) => p.sameNature);
  return (
    <Alert color={same ? 'red' : 'gray'} title={t('decision.priorTitle')} data-testid={`prior-decisions-${accusedId}`}>
      <List size="sm" spacing={2}>
        {prior.map((p) => (
          <List.Item key={`${p.caseId}`}>
            <Text size="sm" span>
              {p.skNumber && p.skDate
                ? t('decision.priorRow', {
                    sanction: `${p.sanctionTitle}${p.durationMonths ? ` ${t('decision.months', { count: p.durationMonths })}` : ''}`,
                    number: p.skNumber,
                    date: showDate(p.skDate),
                    registerNo: p.registerNo,
                  })
                : t('decision.priorRowUnissued', { sanction: p.sanctionTitle, registerNo: p.registerNo })}
            </Text>
            <Text size="xs" c={p.sameNature ? 'red' : 'dimmed'} span>
              {' · '}
              {p.sameNature ? t('decision.priorSame') : t('decision.priorOther')}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
