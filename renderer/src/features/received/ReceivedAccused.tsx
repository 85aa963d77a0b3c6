import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showDate } from '../../app/format.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { CaseRecord } from '../../../../shared/bundles/format.ts';
import { Field } from './ReceivedField.tsx';

type Accused = CaseRecord['accused'][number];
type Sanction = Pick<NonNullable<Accused['decision']>, 'sanctionCode' | 'sanctionTitle' | 'level' | 'durationMonths'>;

/** The sanction as decided or as in force: its title (else code), level and months; `children` follow on the line. */
function SanctionField({ s, children }: { s: Sanction; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Field label={t('received.sanction')}>
      {s.sanctionTitle ?? s.sanctionCode} · {s.level ? t(`sanctionsUi.level.${s.level}`) : '–'}
      {s.durationMonths ? ` · ${t('received.months', { count: s.durationMonths })}` : ''}
      {children}
    </Field>
  );
}

/** One accused as the origin recorded them: particulars, decision, the sanction in force, SK delivery and appeals. */
export function ReceivedAccused({ a }: { a: Accused }) {
  const { t } = useTranslation();
  const d = a.decision;
  const f = a.sanctionInForce;
  return (
    <Card withBorder data-testid={`received-accused-${a.position}`}>
      <Stack gap={6}>
        <Group justify="space-between">
          <div>
            <Title order={4}>{a.name}</Title>
            <Text size="sm" c="dimmed">{t('received.nip')} {a.nip ? formatNip(a.nip) : '–'} · {t(`employmentTypes.${a.employmentType}`, { defaultValue: a.employmentType })}</Text>
          </div>
        </Group>
        <Group gap="lg">
          {a.jabatan && <Field label={t('received.jabatan')}>{a.jabatan}</Field>}
          {a.pangkat && <Field label={t('received.pangkat')}>{a.pangkat}</Field>}
          {a.opd && <Field label={t('received.opd')}>{a.opd}</Field>}
          {a.unitKerja && <Field label={t('received.unitKerja')}>{a.unitKerja}</Field>}
        </Group>
        {a.lhp && <Field label={t('received.lhpRecommendation')}>{a.lhp.recommendedSanctionCode} ({showDate(a.lhp.date)})</Field>}
        <Title order={5}>{t('received.decision')}</Title>
        {d ? (
          <Stack gap={2} data-testid="received-decision">
            <SanctionField s={d} />
            {d.outcomeText && <Field label={t('received.outcomeText')}>{d.outcomeText}</Field>}
            <Field label={t('received.skNumber')}>{d.skNumber ?? '–'} · {showDate(d.skDate)}</Field>
            {d.decidedBy && <Field label={t('received.decidedBy')}>{d.decidedBy.title}, {d.decidedBy.name}</Field>}
            <Group gap={4}>
              {d.repeatOffender && <Badge variant="light">{t('received.repeatOffender')}</Badge>}
              {d.withoutExamination && <Badge variant="light">{t('received.withoutExamination')}</Badge>}
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">{t('received.noDecision')}</Text>
        )}
        {a.moralSanction && <Field label={t('received.moralSanction')}>{a.moralSanction.sanctionCode}{a.moralSanction.announcedAt ? ` · ${a.moralSanction.announcedAt}` : ''}</Field>}
        <Title order={5}>{t('received.inForce')}</Title>
        {f ? (
          <Stack gap={2} data-testid="received-in-force">
            <SanctionField s={f}>{f.annulled && <Badge color="gray" ml="xs">{t('received.annulled')}</Badge>}</SanctionField>
            <Field label={t('received.period')}>{showDate(f.startDate)} – {f.endDate ? showDate(f.endDate) : '…'}</Field>
            {f.changedByAppeal && (
              <Text size="sm" c="orange">
                {t('received.changedByAppeal', { outcome: t(`received.appealOutcome.${f.changedByAppeal.outcome}`), number: f.changedByAppeal.number, date: showDate(f.changedByAppeal.date) })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">{t('received.noInForce')}</Text>
        )}
        <Title order={5}>{t('received.delivery')}</Title>
        {a.skDelivery ? (
          <Text size="sm" data-testid="received-delivery">
            {t('received.deliveredOn', { date: showDate(a.skDelivery.deliveredOn), method: a.skDelivery.method })}
            {a.skDelivery.refused ? ` · ${t('received.refusedDelivery')}` : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">{t('received.noDelivery')}</Text>
        )}
        <Title order={5}>{t('received.appeals')}</Title>
        {a.appeals.length === 0 ? (
          <Text size="sm" c="dimmed">{t('received.noAppeals')}</Text>
        ) : (
          <Table withTableBorder data-testid="received-appeals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('received.appeals')}</Table.Th>
                <Table.Th>{t('received.filedOn')}</Table.Th>
                <Table.Th>{t('received.addressedTo')}</Table.Th>
                <Table.Th>{t('received.answerDue')}</Table.Th>
                <Table.Th>{t('received.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.appeals.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{t(`received.appealKind.${p.kind}`)}</Table.Td>
                  <Table.Td>{showDate(p.filedOn)}</Table.Td>
                  <Table.Td>{p.addressedTo}</Table.Td>
                  <Table.Td>{showDate(p.answerDue)}</Table.Td>
                  <Table.Td>
                    {t(`received.appealOutcome.${p.outcome ?? 'pending'}`)}
                    {p.outcomeNumber ? ` · ${p.outcomeNumber}` : ''}
                    {p.outcomeDate ? ` · ${showDate(p.outcomeDate)}` : ''}
                    {p.sanctionCode ? ` · ${p.sanctionCode}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
