import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employeeInputSchema } from '../../../../shared/employees/schemas.ts';
import { POSITION_CLASSES, POSITION_CLASS_LABELS } from '../../../../shared/employees/position-class.ts';
import type { Employee, EmployeeInput, Opd } from '../../../../shared/employees/schemas.ts';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { EmployeeHistory } from './EmployeeHistory.tsx';
import { useRecordVersion } from '../../app/record-version.tsx';
import { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';
import { useAction } from '../../app/use-action.ts';

interface Props {
  /** The employee to edit; undefined adds a new one. */
  employee: Employee | undefined;
  opds: Opd[];
  onClose: () => void;
  onSaved: (e: Employee) => void;
}

function initialValues(e: Employee | undefined): EmployeeInput {
  return {
    nip: e?.nip ?? '',
    name: e?.name ?? '',
    employmentType: e?.employmentType ?? 'PNS',
    pangkat: e?.pangkat ?? '',
    golongan: e?.golongan ?? '',
    jabatan: e?.jabatan ?? '',
    unitKerja: e?.unitKerja ?? '',
    opdId: e?.opdId ?? null,
    positionClass: e?.positionClass ?? '',
    siasnPersonId: e?.siasnPersonId ?? '',
  };
}

/** Add or edit one employee; checked in the browser with the same schema main uses. */
export function EmployeeFormModal({ employee, opds, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const rv = useRecordVersion(employee?.version ?? 0, async () => (await call('employees:get', { id: employee!.id })).version);
  const resolver = schemaResolver(employeeInputSchema, { sync: true });
  const form = useForm<EmployeeInput>({
    initialValues: initialValues(employee),
    validate: (values) => translateErrors(resolver(values), t),
  });
  const nonAsn = form.getValues().employmentType === 'NON_ASN';

  const saving = useAction(async (values: typeof form.values) => {
    const saved = employee
      ? await call('employees:update', { ...values, id: employee.id, reason, expectedVersion: rv.version })
      : await call('employees:create', values);
    notifications.show({ color: 'teal', message: t('employee.saved', { name: saved.name }) });
    onSaved(saved);
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));

  return (
    <Modal opened onClose={onClose} title={employee ? t('employee.edit') : t('employee.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {rv.notice}
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('employee.employmentType')}
              data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: t(`employmentTypes.${v}`) }))}
              allowDeselect={false}
              {...form.getInputProps('employmentType')}
              key={form.key('employmentType')}
            />
            <TextInput
              label={t('employee.nip')}
              description={nonAsn ? t('employee.nipHelpNonAsn') : undefined}
              withAsterisk
              maxLength={40}
              {...form.getInputProps('nip')}
              key={form.key('nip')}
            />
            <TextInput label={t('employee.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
            <Select
              label={t('employee.opd')}
              searchable
              clearable
              data={opds.map((o) => ({ value: String(o.id), label: o.name }))}
              value={form.getValues().opdId ? String(form.getValues().opdId) : null}
              onChange={(v) => form.setFieldValue('opdId', v ? Number(v) : null)}
              error={form.errors.opdId}
              key={form.key('opdId')}
            />
            <TextInput label={t('employee.golongan')} placeholder="III/a" {...form.getInputProps('golongan')} key={form.key('golongan')} />
            <TextInput label={t('employee.pangkat')} {...form.getInputProps('pangkat')} key={form.key('pangkat')} />
            <TextInput label={t('employee.jabatan')} {...form.getInputProps('jabatan')} key={form.key('jabatan')} />
            <TextInput label={t('employee.unitKerja')} {...form.getInputProps('unitKerja')} key={form.key('unitKerja')} />
            <Select
              label={t('employee.positionClass')}
              description={t('employee.positionClassHelp')}
              clearable
              data={POSITION_CLASSES.map((c) => ({ value: c, label: POSITION_CLASS_LABELS[c] }))}
              value={form.getValues().positionClass || null}
              onChange={(v) => form.setFieldValue('positionClass', (v ?? '') as EmployeeInput['positionClass'])}
              error={form.errors.positionClass}
              key={form.key('positionClass')}
            />
            <TextInput label={t('employee.siasnPersonId')} description={t('employee.siasnPersonIdHelp')} {...form.getInputProps('siasnPersonId')} key={form.key('siasnPersonId')} />
          </SimpleGrid>
          {employee && <TextInput label={t('employee.reason')} value={reason} maxLength={500} onChange={(e) => setReason(e.currentTarget.value)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving.busy}>
              {t('actions.save')}
            </Button>
          </Group>
          {employee && <EmployeeHistory id={employee.id} />}
        </Stack>
      </form>
    </Modal>
  );
}
