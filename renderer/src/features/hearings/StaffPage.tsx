import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { STAFF_UNITS } from '../../../../shared/examination/types.ts';
import type { Room, Staff } from '../../../../shared/examination/types.ts';
import { staffSaveSchema } from '../../../../shared/examination/schemas.ts';
import type { StaffSaveInput } from '../../../../shared/examination/schemas.ts';

/** The examiners registry (NIP, name, pangkat, jabatan, unit) and the examination rooms. */
export function StaffPage() {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<Staff[]>([]);
  const [rooms, setRooms] = useState<Room[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [roomName, setRoomName] = useState('');
  const resolver = schemaResolver(staffSaveSchema, { sync: true });
  const form = useForm<StaffSaveInput>({
    initialValues: { nip: '', name: '', pangkat: '', jabatan: '', unit: 'inspektorat', active: true },
    validate: (v) => translateErrors(resolver(v), t),
  });

  const load = useCallback(() => {
    Promise.all([call('staff:list', {}), call('rooms:list', {})])
      .then(([s, r]) => {
        setStaff(s);
        setRooms(r);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(load, [load]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const saved = await call('staff:save', values);
      notifications.show({ color: 'teal', message: t('staff.saved', { name: saved.name }) });
      form.reset();
      load();
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e.message);
        form.setErrors(e.fields);
      } else setError(String(e));
    }
  });

  const addRoom = async () => {
    setError(null);
    try {
      await call('rooms:add', { name: roomName });
      setRoomName('');
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('staff.title')}</Title>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('staff.nip')} withAsterisk {...form.getInputProps('nip')} key={form.key('nip')} />
            <TextInput label={t('staff.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
            <Select
              label={t('staff.unit')}
              data={STAFF_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
              allowDeselect={false}
              {...form.getInputProps('unit')}
              key={form.key('unit')}
            />
            <TextInput label={t('staff.pangkat')} {...form.getInputProps('pangkat')} key={form.key('pangkat')} />
            <TextInput label={t('staff.jabatan')} {...form.getInputProps('jabatan')} key={form.key('jabatan')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button type="submit">{t('staff.add')}</Button>
          </Group>
        </form>
      </Paper>
      {staff.length === 0 ? (
        <Text>{t('staff.empty')}</Text>
      ) : (
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.name')}</Table.Th>
              <Table.Th>{t('staff.nip')}</Table.Th>
              <Table.Th>{t('staff.pangkat')}</Table.Th>
              <Table.Th>{t('staff.jabatan')}</Table.Th>
              <Table.Th>{t('staff.unit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNip(s.nip)}</Table.Td>
                <Table.Td>{s.pangkat ?? '–'}</Table.Td>
                <Table.Td>{s.jabatan ?? '–'}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`units.${s.unit}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('room.title')}</Title>
      <Group align="flex-end">
        <TextInput label={t('room.name')} value={roomName} onChange={(e) => setRoomName(e.currentTarget.value)} />
        <Button variant="light" onClick={() => void addRoom()} disabled={roomName.trim() === ''}>
          {t('room.add')}
        </Button>
      </Group>
      <Group gap="xs">
        {rooms.map((r) => (
          <Badge key={r.id} variant="outline" size="lg">
            {r.name}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
