import { Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput, TimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES, SOURCE_KINDS } from '../../../../shared/cases/schemas.ts';
import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';
import { catalogueCovers, catalogueForDate } from '../../../../shared/catalogue/by-date.ts';
import type { ViolationCatalogue } from '../../../../shared/catalogue/types.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { AccusedFields } from './AccusedFields.tsx';
import { emptyAccused } from './case-form.ts';
import type { CaseFormValues } from './case-form.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

// About the height of the fields below the accused and the registry picker, so the scrollbar keeps its length meanwhile.
const LOWER_HEIGHT = 420;

/** The catalogue the form shows: the one chosen, else the one in force on the incident date, else the current one. */
function effectiveCatalogue(options: CaseOptions, version: string, incidentDate: string): ViolationCatalogue | undefined {
  if (version) return options.catalogues.find((c) => c.version === version);
  return (incidentDate ? catalogueForDate(options.catalogues, incidentDate) : undefined) ?? options.catalogues.find((c) => c.version === options.currentVersion);
}

/**
 * The case particulars shared by intake and edit: source, confidential reporter, accused,
 * violations from the case's catalogue, incident and chronology. `accusedExtra` is where
 * the intake puts the registry picker.
 */
export function CaseFormFields({
  form,
  options,
  accusedExtra,
  lower = true,
}: {
  form: UseFormReturnType<CaseFormValues>;
  options: CaseOptions | null;
  accusedExtra?: ReactNode;
  /** False draws only the part down to the accused and the picker (the intake's first screenful), with room kept for the rest. */
  lower?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const values = form.getValues();
  const catalogue = options ? effectiveCatalogue(options, values.catalogueVersion, values.incidentDate) : undefined;
  const incidentDate = form.getInputProps('incidentDate');
  // The regulation follows the incident date (PP 53/2010 before 31 Aug 2021): a date the
  // chosen catalogue does not cover switches to the one that does, dropping codes it lacks.
  const onIncidentDate = (value: string | null) => {
    (incidentDate.onChange as (v: string | null) => void)(value);
    if (!options || !value) return;
    let version = values.catalogueVersion;
    const chosen = options.catalogues.find((c) => c.version === version);
    if (chosen && !catalogueCovers(chosen, value)) {
      version = catalogueForDate(options.catalogues, value)?.version ?? '';
      form.setFieldValue('catalogueVersion', version);
    }
    const next = effectiveCatalogue(options, version, value);
    const kept = values.violationCodes.filter((code) => next?.entries.some((e) => e.code === code));
    if (kept.length !== values.violationCodes.length) form.setFieldValue('violationCodes', kept);
  };
  const anonymous = values.reporter.anonymous;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('case.source')}
          data={CASE_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('source')}
          key={form.key('source')}
        />
        <Select
          label={t('case.sourceKind')}
          clearable
          data={SOURCE_KINDS.map((s) => ({ value: s, label: t(`sourceKinds.${s}`) }))}
          value={values.sourceKind || null}
          onChange={(v) => form.setFieldValue('sourceKind', (v ?? '') as CaseFormValues['sourceKind'])}
          error={form.errors.sourceKind}
          key={form.key('sourceKind')}
        />
        <TextInput label={t('case.sourceRef')} {...form.getInputProps('sourceRef')} key={form.key('sourceRef')} />
        <DateInput
          label={t('case.sourceDate')}
          valueFormat="D MMMM YYYY"
          dateParser={parseTypedDate}
          placeholder="HH/BB/TTTT"
          clearable
          {...form.getInputProps('sourceDate')}
          key={form.key('sourceDate')}
        />
      </SimpleGrid>
      <Paper withBorder p="sm" bg="var(--mantine-color-yellow-0)">
        <Text fw={600} size="sm">{t('case.reporter')}</Text>
        <Text size="xs" c="dimmed" mb="xs">{t('case.reporterConfidential')}</Text>
        <Checkbox label={t('case.reporterAnonymous')} mb="xs" {...form.getInputProps('reporter.anonymous', { type: 'checkbox' })} key={form.key('reporter.anonymous')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('case.reporterName')} disabled={anonymous} {...form.getInputProps('reporter.name')} key={form.key('reporter.name')} />
          <TextInput label={t('case.reporterContact')} disabled={anonymous} {...form.getInputProps('reporter.contact')} key={form.key('reporter.contact')} />
        </SimpleGrid>
      </Paper>
      {values.accused.map((_, i) => (
        <AccusedFields key={form.key(`accused.${i}`)} form={form} index={i} />
      ))}
      <Group align="flex-end">
        {accusedExtra}
        <Button variant="light" onClick={() => form.insertListItem('accused', { ...emptyAccused })}>
          {t('case.addAccused')}
        </Button>
      </Group>
      {lower ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('case.catalogue')}
              allowDeselect={false}
              data={(options?.catalogues ?? []).map((c) => ({ value: c.version, label: c.regulation.split(/[;(]/)[0]!.trim() }))}
              value={catalogue?.version ?? null}
              onChange={(v) => {
                form.setFieldValue('catalogueVersion', v ?? '');
                form.setFieldValue('violationCodes', []);
              }}
              key={form.key('catalogueVersion')}
            />
            <MultiSelect
              style={{ gridColumn: 'span 2' }}
              label={t('case.violations')}
              withAsterisk
              searchable
              data={(catalogue?.entries ?? []).map((v) => ({ value: v.code, label: `${v.title[lang]}${v.level ? ` (${v.level})` : ' (etik)'}` }))}
              {...form.getInputProps('violationCodes')}
              key={form.key('violationCodes')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateInput
              label={t('case.incidentDate')}
              withAsterisk
              valueFormat="D MMMM YYYY"
              dateParser={parseTypedDate}
              placeholder="HH/BB/TTTT"
              maxDate={new Date()}
              clearable
              {...incidentDate}
              onChange={onIncidentDate}
              key={form.key('incidentDate')}
            />
            <TimePicker clearable label={t('case.incidentTime')} {...form.getInputProps('incidentTime')} key={form.key('incidentTime')} />
            <Select
              label={t('case.opd')}
              clearable
              searchable
              data={(options?.opds ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
              value={values.opdId || null}
              onChange={(v) => form.setFieldValue('opdId', v ?? '')}
              error={form.errors.opdId}
              key={form.key('opdId')}
            />
          </SimpleGrid>
          <TextInput label={t('case.incidentPlace')} {...form.getInputProps('incidentPlace')} key={form.key('incidentPlace')} />
          <GrowTextarea label={t('case.chronology')} minRows={4} {...form.getInputProps('chronology')} key={form.key('chronology')} />
        </>
      ) : (
        <div style={{ minHeight: LOWER_HEIGHT }} />
      )}
    </Stack>
  );
}
