import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';
import { useCan } from '../../app/session.ts';
import { formatNip } from '../../../../shared/nip.ts';
import { STAFF_UNITS } from '../../../../shared/examination/types.ts';
import type { Room, Staff } from '../../../../shared/examination/types.ts';
import { staffSaveSchema } from '../../../../shared/examination/schemas.ts';
import type { StaffSaveInput } from '../../../../shared/examination/schemas.ts';

const EMPTY: StaffSaveInput = { nip: '', name: '', pangkat: '', jabatan: '', unit: 'inspektorat', active: true };

/** The examiners registry (NIP, name, pangkat, jabatan, unit; add and edit) and the examination rooms. */
export function StaffPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canEdit = can('staff:save');
  const canAddRoom = can('rooms:add');
  // The examiner being edited (null: the form adds a new one).
  const [editingId, setEditingId] = useState<number | null>(null);
  const [roomName, setRoomName] = useState('');
  const resolver = schemaResolver(staffSaveSchema, { sync: true });
  const form = useForm<StaffSaveInput>({
    initialValues: EMPTY,
    validate: (v) => translateErrors(resolver(v), t),
  });

  const registry = useLoad(async (): Promise<{ staff: Staff[]; rooms: Room[] }> => {
    const [staff, rooms] = await Promise.all([call('staff:list', {}), call('rooms:list', {})]);
    return { staff, rooms };
  }, []);
  const staff = registry.data?.staff ?? [];
  const rooms = registry.data?.rooms ?? [];

  const stopEditing = () => {
    setEditingId(null);
    form.setValues(EMPTY);
    form.clearErrors();
  };

  const saving = useAction(async (values: StaffSaveInput) => {
    const saved = await call('staff:save', editingId === null ? values : { ...values, id: editingId });
    notifications.show({ color: 'teal', message: t('staff.saved', { name: saved.name }) });
    stopEditing();
    // An edited examiner's row is replaced where it is (a rename or deactivation does not make
    // it jump away from the eye; the list's order, active first and by name, holds again on
    // the next visit). A new one is placed by main's order.
    if (editingId === null) registry.reload();
    else registry.setData((d) => d && { ...d, staff: d.staff.map((s) => (s.id === saved.id ? saved : s)) });
  }, saveFailure(form.setErrors));
  const submit = form.onSubmit((values) => void saving.run(values));

  const addingRoom = useAction(async () => {
    await call('rooms:add', { name: roomName });
    setRoomName('');
    registry.reload();
  });
  const error = saving.error ?? addingRoom.error ?? registry.error;

  const startEditing = (s: Staff) => {
    saving.clear();
    addingRoom.clear();
    setEditingId(s.id);
    form.setValues({ nip: s.nip, name: s.name, pangkat: s.pangkat ?? '', jabatan: s.jabatan ?? '', unit: s.unit, active: s.active });
    form.resetDirty();
    form.clearErrors();
  };

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('staff.title')}</Title>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {canEdit && (
        <Paper withBorder p="md" data-testid="staff-form">
          {editingId !== null && (
            <Text fw={600} mb="xs">
              {t('staff.editing', { name: staff.find((s) => s.id === editingId)?.name ?? '' })}
            </Text>
          )}
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
              {editingId !== null && (
                <>
                  <Switch label={t('staff.active')} {...form.getInputProps('active', { type: 'checkbox' })} key={form.key('active')} />
                  <Button variant="default" onClick={stopEditing}>
                    {t('actions.cancel')}
                  </Button>
                </>
              )}
              <Button type="submit" loading={saving.busy}>{editingId === null ? t('staff.add') : t('staff.saveChanges')}</Button>
            </Group>
          </form>
        </Paper>
      )}
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
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((s) => (
              <Table.Tr key={s.id} c={s.active ? undefined : 'dimmed'}>
                <Table.Td>
                  {s.name}
                  {!s.active && (
                    <Badge ml="xs" color="gray" variant="light">
                      {t('staff.inactive')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNip(s.nip)}</Table.Td>
                <Table.Td>{s.pangkat ?? '–'}</Table.Td>
                <Table.Td>{s.jabatan ?? '–'}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`units.${s.unit}`)}</Badge>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => startEditing(s)}>
                      {t('staff.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('room.title')}</Title>
      {canAddRoom && (
        <Group align="flex-end">
          <TextInput label={t('room.name')} value={roomName} onChange={(e) => setRoomName(e.currentTarget.value)} />
          <Button variant="light" onClick={() => void addingRoom.run()} loading={addingRoom.busy} disabled={roomName.trim() === ''}>
            {t('room.add')}
          </Button>
        </Group>
      )}
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
