import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { POSITION_CLASSES, POSITION_CLASS_LABELS } from '../../../../shared/employees/position-class.ts';
import type { CaseFormValues } from './case-form.ts';
import { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';

/** One accused person's fields inside the intake and edit forms. */
export function AccusedFields({ form, index }: { form: UseFormReturnType<CaseFormValues>; index: number }) {
  const { t } = useTranslation();
  const values = form.getValues().accused;
  const canRemove = values.length > 1;
  const fromRegistry = values[index]?.employeeId !== undefined;
  const path = (f: string) => `accused.${index}.${f}`;
  return (
    <Paper withBorder p="sm" data-testid={`accused-${index}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('case.accused')} {index + 1}
        </Text>
        {canRemove && (
          <ActionIcon variant="subtle" color="red" aria-label={t('actions.remove')} onClick={() => form.removeListItem('accused', index)}>
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('case.accusedName')} withAsterisk {...form.getInputProps(path('name'))} key={form.key(path('name'))} />
        <TextInput
          label={t('case.nip')}
          withAsterisk
          inputMode="numeric"
          maxLength={21}
          readOnly={fromRegistry}
          {...form.getInputProps(path('nip'))}
          key={form.key(path('nip'))}
        />
        <Select
          label={t('case.employmentType')}
          data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: v === 'NON_ASN' ? 'Non-ASN' : v }))}
          allowDeselect={false}
          {...form.getInputProps(path('employmentType'))}
          key={form.key(path('employmentType'))}
        />
        <TextInput label={t('case.pangkat')} {...form.getInputProps(path('pangkat'))} key={form.key(path('pangkat'))} />
        <TextInput label={t('case.jabatan')} {...form.getInputProps(path('jabatan'))} key={form.key(path('jabatan'))} />
        <TextInput label={t('case.unitKerja')} {...form.getInputProps(path('unitKerja'))} key={form.key(path('unitKerja'))} />
        <Select
          label={t('employee.positionClass')}
          description={t('employee.positionClassHelp')}
          clearable
          data={POSITION_CLASSES.map((c) => ({ value: c, label: POSITION_CLASS_LABELS[c] }))}
          {...form.getInputProps(path('positionClass'))}
          value={values[index]?.positionClass || null}
          onChange={(v) => form.setFieldValue(path('positionClass'), v ?? '')}
          key={form.key(path('positionClass'))}
        />
      </SimpleGrid>
    </Paper>
  );
}
