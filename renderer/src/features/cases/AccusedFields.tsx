import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT_TYPES } from '../../../../shared/cases/schemas.ts';
import type { CaseCreateInput } from '../../../../shared/cases/schemas.ts';

/** One accused person's fields inside the intake form. */
export function AccusedFields({ form, index }: { form: UseFormReturnType<CaseCreateInput>; index: number }) {
  const { t } = useTranslation();
  const canRemove = form.getValues().accused.length > 1;
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
        <TextInput label={t('case.accusedName')} withAsterisk {...form.getInputProps(`accused.${index}.name`)} key={form.key(`accused.${index}.name`)} />
        <TextInput
          label={t('case.nip')}
          withAsterisk
          inputMode="numeric"
          maxLength={21}
          {...form.getInputProps(`accused.${index}.nip`)}
          key={form.key(`accused.${index}.nip`)}
        />
        <Select
          label={t('case.employmentType')}
          data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: v === 'NON_ASN' ? 'Non-ASN' : v }))}
          allowDeselect={false}
          {...form.getInputProps(`accused.${index}.employmentType`)}
          key={form.key(`accused.${index}.employmentType`)}
        />
        <TextInput label={t('case.jabatan')} {...form.getInputProps(`accused.${index}.jabatan`)} key={form.key(`accused.${index}.jabatan`)} />
        <TextInput label={t('case.unitKerja')} {...form.getInputProps(`accused.${index}.unitKerja`)} key={form.key(`accused.${index}.unitKerja`)} />
      </SimpleGrid>
    </Paper>
  );
}
