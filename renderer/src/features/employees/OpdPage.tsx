import { Alert, Badge, Button, Divider, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opdCreateSchema } from '../../../../shared/employees/schemas.ts';
import { SIGNATORY_PREFIXES } from '../../../../shared/letters/signatory-prefix.ts';
import type { Opd, OpdCreateInput } from '../../../../shared/employees/schemas.ts';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { useCan } from '../../app/session.ts';
import { useOpds } from './use-opds.ts';
import { useAction } from '../../app/use-action.ts';

/** The OPD list: add, rename, recode, deactivate (inactive OPDs stay on old records). */
export function OpdPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [showInactive, setShowInactive] = useState(false);
  const { opds, reload, error } = useOpds(showInactive);
  const [editing, setEditing] = useState<Opd | 'new' | null>(null);
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{t('opd.title')}</Title>
        {can('opds:create') && <Button onClick={() => setEditing('new')}>{t('opd.add')}</Button>}
      </Group>
      <Switch label={t('opd.showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
      {error && <Text c="red">{error}</Text>}
      {opds.length === 0 ? (
        <Text>{t('opd.empty')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('opd.name')}</Table.Th>
              <Table.Th>{t('opd.code')}</Table.Th>
              <Table.Th>{t('opd.shortName')}</Table.Th>
              <Table.Th>{t('opd.head')}</Table.Th>
              <Table.Th>{t('opd.employees')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {opds.map((o) => (
              <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => can('opds:update') && setEditing(o)}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{o.code}</Table.Td>
                <Table.Td>{o.shortName}</Table.Td>
                <Table.Td>
                  {o.head ? (
                    <Text size="sm">
                      {o.head.prefix ? `${o.head.prefix} ` : ''}
                      {o.head.name}
                    </Text>
                  ) : (
                    <Text size="sm" c="orange">
                      {t('opd.headMissing')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{o.employeeCount}</Table.Td>
                <Table.Td>{!o.active && <Badge color="gray">{t('opd.inactive')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <OpdFormModal
          opd={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}

function OpdFormModal({ opd, onClose, onSaved }: { opd: Opd | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(opd?.active ?? true);
  const resolver = schemaResolver(opdCreateSchema, { sync: true });
  const form = useForm<OpdCreateInput>({
    initialValues: {
      name: opd?.name ?? '',
      code: opd?.code ?? '',
      shortName: opd?.shortName ?? '',
      headTitle: opd?.head?.title ?? '',
      headPrefix: opd?.head?.prefix ?? '',
      headName: opd?.head?.name ?? '',
      headNip: opd?.head?.nip ?? '',
      headPangkat: opd?.head?.pangkat ?? '',
      address: opd?.address ?? '',
      phone: opd?.phone ?? '',
      email: opd?.email ?? '',
    },
    validate: (values) => translateErrors(resolver(values), t),
  });
  const saving = useAction(async (values: typeof form.values) => {
    const saved = opd ? await call('opds:update', { ...values, id: opd.id, active }) : await call('opds:create', values);
    notifications.show({ color: 'teal', message: t('opd.saved', { name: saved.name }) });
    onSaved();
  }, saveFailure(form.setErrors));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));
  return (
    <Modal opened onClose={onClose} title={opd ? t('opd.edit') : t('opd.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
          <TextInput label={t('opd.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
          <Group grow>
            <TextInput label={t('opd.code')} {...form.getInputProps('code')} key={form.key('code')} />
            <TextInput label={t('opd.shortName')} {...form.getInputProps('shortName')} key={form.key('shortName')} />
          </Group>
          <Divider label={t('opd.kop')} labelPosition="left" />
          <TextInput label={t('opd.address')} description={t('opd.kopHelp')} {...form.getInputProps('address')} key={form.key('address')} />
          <Group grow align="flex-start">
            <TextInput label={t('opd.phone')} {...form.getInputProps('phone')} key={form.key('phone')} />
            <TextInput label={t('opd.email')} {...form.getInputProps('email')} key={form.key('email')} />
          </Group>
          <Divider label={t('opd.head')} labelPosition="left" />
          <TextInput label={t('opd.headTitle')} description={t('opd.headTitleHelp')} {...form.getInputProps('headTitle')} key={form.key('headTitle')} />
          <Group grow align="flex-start">
            <Select
              label={t('opd.headPrefix')}
              allowDeselect={false}
              data={SIGNATORY_PREFIXES.map((p) => ({ value: p, label: p || '–' }))}
              {...form.getInputProps('headPrefix')}
              key={form.key('headPrefix')}
            />
            <TextInput label={t('opd.headName')} {...form.getInputProps('headName')} key={form.key('headName')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('opd.headNip')} inputMode="numeric" maxLength={21} {...form.getInputProps('headNip')} key={form.key('headNip')} />
            <TextInput label={t('opd.headPangkat')} {...form.getInputProps('headPangkat')} key={form.key('headPangkat')} />
          </Group>
          {opd && <Switch label={t('opd.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit">{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
