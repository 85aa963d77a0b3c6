import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput, Title, Alert } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES, caseCreateSchema } from '../../../../shared/cases/schemas.ts';
import type { CaseCreateInput } from '../../../../shared/cases/schemas.ts';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { navigate } from '../../app/use-hash-route.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { AccusedFields } from './AccusedFields.tsx';
import { useCatalogue } from './use-catalogue.ts';

const emptyAccused = { name: '', nip: '', employmentType: 'PNS' as const, jabatan: '', unitKerja: '' };

/** Case intake: validated in the browser with the same zod schema main uses. */
export function CaseIntakePage() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const resolver = schemaResolver(caseCreateSchema, { sync: true });
  const form = useForm<CaseCreateInput>({
    initialValues: { source: 'own_finding', sourceRef: '', accused: [emptyAccused], violationCodes: [], incidentDate: '', incidentPlace: '', chronology: '' },
    validate: (values) => translateErrors(resolver(values), t),
  });

  const submit = form.onSubmit(async (values) => {
    setServerError(null);
    setSaving(true);
    try {
      const created = await call('cases:create', values);
      notifications.show({ color: 'teal', message: t('case.registered', { registerNo: created.registerNo }) });
      navigate(`/cases/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError) {
        setServerError(e.message);
        form.setErrors(e.fields);
      } else setServerError(String(e));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={2}>{t('nav.newCase')}</Title>
        {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('case.source')}
            data={CASE_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('source')}
            key={form.key('source')}
          />
          <TextInput label={t('case.sourceRef')} {...form.getInputProps('sourceRef')} key={form.key('sourceRef')} />
        </SimpleGrid>
        {form.getValues().accused.map((_, i) => (
          <AccusedFields key={form.key(`accused.${i}`)} form={form} index={i} />
        ))}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('accused', { ...emptyAccused })}>
            {t('case.addAccused')}
          </Button>
        </Group>
        <MultiSelect
          label={t('case.violations')}
          withAsterisk
          searchable
          data={(catalogue?.entries ?? []).map((v) => ({ value: v.code, label: `${v.title[lang]}${v.level ? ` (${v.level})` : ' (etik)'}` }))}
          {...form.getInputProps('violationCodes')}
          key={form.key('violationCodes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateInput
            label={t('case.incidentDate')}
            withAsterisk
            valueFormat="D MMMM YYYY"
            dateParser={parseTypedDate}
            placeholder="HH/BB/TTTT"
            maxDate={new Date()}
            clearable
            {...form.getInputProps('incidentDate')}
            key={form.key('incidentDate')}
          />
          <TextInput label={t('case.incidentPlace')} {...form.getInputProps('incidentPlace')} key={form.key('incidentPlace')} />
        </SimpleGrid>
        <Textarea label={t('case.chronology')} autosize minRows={4} {...form.getInputProps('chronology')} key={form.key('chronology')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('case.register')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
