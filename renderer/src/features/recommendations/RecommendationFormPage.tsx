import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { EmployeePicker } from '../employees/EmployeePicker.tsx';
import { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';
import type { Employee } from '../../../../shared/employees/schemas.ts';
import { ISSUERS, ISSUER_NAME_REQUIRED, recommendationCreateSchema } from '../../../../shared/recommendations/schemas.ts';
import type { Issuer, RecEmployeeInput, RecommendationCreateInput } from '../../../../shared/recommendations/schemas.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

type Values = Omit<RecommendationCreateInput, 'employees'> & { employees: (RecEmployeeInput & { key: string })[] };

let keys = 0;
const blankEmployee = (): Values['employees'][number] => ({ key: `e${++keys}`, name: '', nip: '', employmentType: 'PNS', jabatan: '', unitKerja: '', violationCode: '', sanctionCode: '' });

const payload = (v: Values): RecommendationCreateInput => ({ ...v, employees: v.employees.map(({ key: _key, ...e }) => e) });

/** Registers a recommendation letter and the employees it names, each with the violation and the recommended sanction. */
export function RecommendationFormPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const options = useLoad(() => call('cases:options', {}), []);
  const sanctions = useLoad(() => call('catalogue:sanctions', {}), []);
  const violationData = (options.data?.catalogues.find((c) => c.version === options.data?.currentVersion)?.entries ?? []).map((e) => ({ value: e.code, label: e.title[lang] }));
  const sanctionData = (sanctions.data ?? [])
    .filter((c) => c.kind === 'disiplin' && c.validUntil === null)
    .flatMap((c) => c.sanctions.map((s) => ({ value: s.code, label: `${s.title[lang]} (${s.legalBasis})` })));
  const resolver = schemaResolver(recommendationCreateSchema, { sync: true });
  const form = useForm<Values>({
    initialValues: { issuer: 'bawaslu_kabupaten', issuerName: '', letterNumber: '', letterDate: '', receivedDate: '', subject: '', note: '', employees: [blankEmployee()] },
    validate: (values) => translateErrors(resolver(payload(values)), t),
  });
  const values = form.getValues();

  // A registry pick fills the first empty row (or a new one) with the employee as registered;
  // main checks the NIP still belongs to that registry entry when the letter is saved.
  const pick = (emp: Employee) => {
    const row = { employeeId: emp.id, name: emp.name, nip: emp.nip, employmentType: emp.employmentType, jabatan: emp.jabatan ?? '', unitKerja: emp.unitKerja ?? emp.opdName ?? '' };
    const empty = form.getValues().employees.findIndex((e) => !e.name && !e.nip);
    if (empty >= 0) form.setFieldValue(`employees.${empty}`, { ...form.getValues().employees[empty]!, ...row });
    else form.insertListItem('employees', { ...blankEmployee(), ...row });
  };
  const picked = values.employees.flatMap((e) => (e.employeeId ? [e.employeeId] : []));

  const saving = useAction(async (v: typeof form.values) => {
    const { id } = await call('recommendations:create', payload(v));
    notifications.show({ color: 'teal', message: t('rec.saved') });
    navigate(`/recommendations/${id}`);
  }, saveFailure(form.setErrors));
  const serverError = saving.error;
  const submit = form.onSubmit((v) => void saving.run(v));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('rec.add')}</Title>
          <a href={href('/recommendations')}>{t('rec.back')}</a>
        </Group>
        {serverError && <Alert color="red">{serverError}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('rec.issuer')}
            allowDeselect={false}
            data={ISSUERS.map((i) => ({ value: i, label: t(`rec.issuers.${i}`) }))}
            {...form.getInputProps('issuer')}
            key={form.key('issuer')}
            data-testid="rec-issuer"
          />
          <TextInput
            label={t('rec.issuerName')}
            description={t('rec.issuerNameHint')}
            withAsterisk={ISSUER_NAME_REQUIRED.includes(values.issuer as Issuer)}
            {...form.getInputProps('issuerName')}
            key={form.key('issuerName')}
            data-testid="rec-issuer-name"
          />
          <TextInput label={t('rec.letterNumber')} withAsterisk {...form.getInputProps('letterNumber')} key={form.key('letterNumber')} data-testid="rec-letter-number" />
          <TextInput label={t('rec.subject')} {...form.getInputProps('subject')} key={form.key('subject')} />
          <TextInput type="date" label={t('rec.letterDate')} withAsterisk {...form.getInputProps('letterDate')} key={form.key('letterDate')} data-testid="rec-letter-date" />
          <TextInput type="date" label={t('rec.receivedDate')} withAsterisk {...form.getInputProps('receivedDate')} key={form.key('receivedDate')} data-testid="rec-received-date" />
        </SimpleGrid>
        <GrowTextarea label={t('rec.note')} minRows={2} {...form.getInputProps('note')} key={form.key('note')} />
        <Title order={4}>{t('rec.employees')}</Title>
        {typeof form.errors.employees === 'string' && <Alert color="red">{form.errors.employees}</Alert>}
        <EmployeePicker onPick={pick} excludeIds={picked} />
        {values.employees.map((e, i) => (
          <Card key={e.key} withBorder data-testid={`rec-employee-${i}`}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('rec.name')} withAsterisk {...form.getInputProps(`employees.${i}.name`)} key={form.key(`employees.${i}.name`)} data-testid={`rec-emp-name-${i}`} />
              <TextInput
                label={t('rec.nip')}
                withAsterisk
                {...form.getInputProps(`employees.${i}.nip`)}
                onChange={(ev) => {
                  // A typed NIP is no longer the picked registry entry: main matches it by NIP instead.
                  form.setFieldValue(`employees.${i}.employeeId`, undefined);
                  form.setFieldValue(`employees.${i}.nip`, ev.currentTarget.value);
                }}
                key={form.key(`employees.${i}.nip`)}
                data-testid={`rec-emp-nip-${i}`}
              />
              <Select
                label={t('rec.employmentType')}
                allowDeselect={false}
                data={EMPLOYMENT_TYPES.map((x) => ({ value: x, label: t(`employmentTypes.${x}`, { defaultValue: x }) }))}
                {...form.getInputProps(`employees.${i}.employmentType`)}
                key={form.key(`employees.${i}.employmentType`)}
              />
              <TextInput label={t('rec.jabatan')} {...form.getInputProps(`employees.${i}.jabatan`)} key={form.key(`employees.${i}.jabatan`)} />
              <TextInput label={t('rec.unitKerja')} {...form.getInputProps(`employees.${i}.unitKerja`)} key={form.key(`employees.${i}.unitKerja`)} />
              <div />
              <Select
                label={t('rec.violation')}
                withAsterisk
                searchable
                data={violationData}
                {...form.getInputProps(`employees.${i}.violationCode`)}
                key={form.key(`employees.${i}.violationCode`)}
                data-testid={`rec-emp-violation-${i}`}
              />
              <Select
                label={t('rec.sanction')}
                placeholder={t('rec.sanctionNone')}
                clearable
                data={sanctionData}
                value={e.sanctionCode || null}
                onChange={(v) => form.setFieldValue(`employees.${i}.sanctionCode`, v ?? '')}
                error={form.errors[`employees.${i}.sanctionCode`]}
                data-testid={`rec-emp-sanction-${i}`}
              />
              <Group align="flex-end">
                {values.employees.length > 1 && (
                  <Button variant="subtle" color="red" onClick={() => form.removeListItem('employees', i)}>
                    {t('rec.removeEmployee')}
                  </Button>
                )}
              </Group>
            </SimpleGrid>
          </Card>
        ))}
        <Group>
          <Button variant="default" onClick={() => form.insertListItem('employees', blankEmployee())} data-testid="rec-add-employee">
            {t('rec.addEmployee')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('rec.createCasesHint')}
        </Text>
        <Group>
          <Button type="submit" loading={saving.busy} data-testid="rec-save">
            {t('rec.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
