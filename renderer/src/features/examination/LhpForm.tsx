import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { lhpSaveSchema } from '../../../../shared/examination/schemas.ts';
import type { LhpSaveInput } from '../../../../shared/examination/schemas.ts';
import type { Lhp } from '../../../../shared/examination/types.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import { PactAggravatingButton } from '../pacts/PactCaseFlag.tsx';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

/** LHP findings for one accused: form, time and place of the violation, factors, impact, recommended sanction, authorised official. */
export function LhpForm(props: { caseId: number; accused: { id: number; name: string }; lhp: Lhp | undefined; catalogues: SanctionCatalogue[]; editable: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const l = props.lhp;
  const rv = useRecordVersion(l?.version ?? 0, async () => (await call('examination:overview', { caseId: props.caseId })).lhps.find((x) => x.accusedId === props.accused.id)?.version ?? 0);
  const resolver = schemaResolver(lhpSaveSchema, { sync: true });
  const form = useForm<LhpSaveInput>({
    initialValues: {
      caseId: props.caseId,
      accusedId: props.accused.id,
      violationForm: l?.violationForm ?? '',
      violationTime: l?.violationTime ?? '',
      violationPlace: l?.violationPlace ?? '',
      aggravating: l?.aggravating ?? '',
      mitigating: l?.mitigating ?? '',
      impact: l?.impact ?? '',
      recommendedSanctionCode: l?.recommendedSanctionCode ?? '',
      authorisedOfficial: l?.authorisedOfficial ?? '',
      expectedVersion: l?.version ?? 0,
    },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const saving = useAction(async (values: typeof form.values) => {
    await call('examination:saveLhp', { ...values, expectedVersion: rv.version });
    notifications.show({ color: 'teal', message: t('lhp.saved') });
    props.onSaved();
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));
  const sanctions = props.catalogues.map((c) => ({
    group: c.regulation,
    items: c.sanctions.map((s) => ({ value: s.code, label: `${s.title[lang]}${s.level ? ` (${s.level})` : ''}` })),
  }));
  const area = (field: keyof LhpSaveInput, label: string, required = false) => (
    <GrowTextarea label={label} withAsterisk={required} minRows={1} disabled={!props.editable} {...form.getInputProps(field)} key={form.key(field)} />
  );
  return (
    <Paper withBorder p="md" data-testid={`lhp-${props.accused.id}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={5}>
            {t('lhp.title')} · {props.accused.name}
          </Title>
          {rv.notice}
          {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
          {area('violationForm', t('lhp.violationForm'), true)}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('lhp.violationTime')} withAsterisk disabled={!props.editable} {...form.getInputProps('violationTime')} key={form.key('violationTime')} />
            <TextInput label={t('lhp.violationPlace')} withAsterisk disabled={!props.editable} {...form.getInputProps('violationPlace')} key={form.key('violationPlace')} />
          </SimpleGrid>
          {props.editable && (
            <Group>
              <PactAggravatingButton
                caseId={props.caseId}
                accusedId={props.accused.id}
                onUse={(text) => {
                  const current = (form.getValues().aggravating ?? '').trim();
                  if (!current.includes(text)) form.setFieldValue('aggravating', current ? `${current}\n${text}` : text);
                }}
              />
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {area('aggravating', t('lhp.aggravating'))}
            {area('mitigating', t('lhp.mitigating'))}
          </SimpleGrid>
          {area('impact', t('lhp.impact'), true)}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('lhp.recommendedSanction')} withAsterisk searchable disabled={!props.editable} data={sanctions} {...form.getInputProps('recommendedSanctionCode')} key={form.key('recommendedSanctionCode')} />
            <TextInput label={t('lhp.authorisedOfficial')} withAsterisk disabled={!props.editable} {...form.getInputProps('authorisedOfficial')} key={form.key('authorisedOfficial')} />
          </SimpleGrid>
          {props.editable && (
            <Group justify="flex-end">
              <Button type="submit">{t('lhp.save')}</Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
