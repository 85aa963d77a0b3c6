import { Alert, Badge, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { showDate } from '../../app/format.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { RELEASE_BASIS, RELEASE_ORDERED_BY, releaseSaveSchema } from '../../../../shared/examination/release.ts';
import type { ReleaseView } from '../../../../shared/examination/release.ts';
import { SIGNATORY_PREFIXES } from '../../../../shared/letters/signatory-prefix.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

type ReleaseInput = z.input<typeof releaseSaveSchema>;

/**
 * Pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31) for one accused: offered while a
 * heavy sanction is likely, from the examination on; shows when it started and when the SK ended it.
 */
export function ReleasePanel(props: { caseId: number; name: string; view: ReleaseView; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { view } = props;
  const r = view.release;
  const heavy = view.likely.level === 'berat';
  const [notice, setNotice] = useState<string | null>(null);
  const resolver = schemaResolver(releaseSaveSchema, { sync: true });
  const signer = r?.signatory ?? view.proposedSignatory ?? { title: '', prefix: '', name: '', pangkat: '', nip: '' };
  const form = useForm<ReleaseInput>({
    initialValues: {
      caseId: props.caseId,
      accusedId: view.accusedId,
      startDate: r?.startDate ?? '',
      reason: r?.reason ?? '',
      orderedBy: r?.orderedBy ?? 'superior',
      signatory: { ...signer },
      plhName: r?.plhName ?? '',
      plhNip: r?.plhNip ?? '',
      plhJabatan: r?.plhJabatan ?? '',
    },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const saving = useAction(async (values: typeof form.values) => {
    const saved = await call('examination:saveRelease', values as never);
    setNotice(t('releaseUi.saved', { date: showDate(saved.release?.startDate ?? '', true) }));
    props.onSaved();
  }, saveFailure(form.setErrors));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));
  // Nothing to show: no release recorded and none may be.
  if (!r && (!props.editable || !heavy)) {
    return props.editable ? (
      <Text size="xs" c="dimmed" data-testid={`release-not-heavy-${view.accusedId}`}>
        {t('releaseUi.notHeavy')}
      </Text>
    ) : null;
  }
  const canEdit = props.editable && heavy && !r?.endDate;
  const input = (path: string) => ({ ...form.getInputProps(path), key: form.key(path), disabled: !canEdit });
  return (
    <Paper withBorder p="sm" data-testid={`release-${view.accusedId}`}>
      <Stack gap="xs">
        <Title order={6}>{t('releaseUi.title')}</Title>
        <Text size="xs" c="dimmed">{t('releaseUi.hint')}</Text>
        <Group gap="xs">
          <Badge color={heavy ? 'red' : 'gray'} variant="light">
            {t('releaseUi.likely', { level: view.likely.level ?? '-', source: t(`release.source.${view.likely.source}`) })}
          </Badge>
          <Text size="xs">{view.examinedFrom ? t('releaseUi.examinedFrom', { date: showDate(view.examinedFrom, true) }) : t('releaseUi.notExamined')}</Text>
        </Group>
        {r && (
          <Stack gap={2} data-testid={`release-status-${view.accusedId}`}>
            <Text size="sm" fw={600}>
              {props.name}: {t('releaseUi.period', { start: showDate(r.startDate, true) })}
            </Text>
            <Text size="sm">{r.endDate ? t('releaseUi.ended', { date: showDate(r.endDate, true), number: r.endedBySk ?? '' }) : t('releaseUi.running')}</Text>
            <Text size="sm">{t('releaseUi.plh', { name: r.plhName, jabatan: r.plhJabatan })}</Text>
            <Text size="xs" c="dimmed">{t('releaseUi.letterHint')}</Text>
          </Stack>
        )}
        {canEdit && (
          <form onSubmit={submit} noValidate data-testid={`release-form-${view.accusedId}`}>
            <Stack gap="xs">
              {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <DateInput label={t('releaseUi.startDate')} withAsterisk valueFormat="D MMMM YYYY" dateParser={parseTypedDate} placeholder="HH/BB/TTTT" {...input('startDate')} />
                <GrowTextarea label={t('releaseUi.reason')} withAsterisk minRows={1} {...input('reason')} />
              </SimpleGrid>
              <Radio.Group label={t('releaseUi.orderedBy')} {...form.getInputProps('orderedBy')} key={form.key('orderedBy')}>
                <Stack gap={4} mt={4}>
                  {RELEASE_ORDERED_BY.map((o) => (
                    <Radio key={o} value={o} label={t(`releaseUi.${o}`)} title={RELEASE_BASIS[o]} />
                  ))}
                </Stack>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('releaseUi.signerTitle')} withAsterisk {...input('signatory.title')} />
                <Select label={t('releaseUi.signerPrefix')} data={SIGNATORY_PREFIXES.map((p) => ({ value: p, label: p || '-' }))} allowDeselect={false} {...input('signatory.prefix')} />
                <TextInput label={t('releaseUi.signerName')} withAsterisk {...input('signatory.name')} />
                <TextInput label={t('releaseUi.signerPangkat')} {...input('signatory.pangkat')} />
                <TextInput label={t('releaseUi.signerNip')} {...input('signatory.nip')} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('releaseUi.plhName')} withAsterisk {...input('plhName')} />
                <TextInput label={t('releaseUi.plhNip')} withAsterisk {...input('plhNip')} />
                <TextInput label={t('releaseUi.plhJabatan')} withAsterisk {...input('plhJabatan')} />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button type="submit">{t('releaseUi.save')}</Button>
              </Group>
            </Stack>
          </form>
        )}
        {notice && <Text size="sm" c="teal">{notice}</Text>}
      </Stack>
    </Paper>
  );
}
