import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { submitErrorText } from '../../app/form-errors.ts';
import { useLoad } from '../../app/use-load.ts';
import { EmployeePicker } from '../employees/EmployeePicker.tsx';
import { pangkatGolonganText } from '../../../../shared/employees/golongan.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { AccusedSuperior } from '../../../../shared/examination/superior.ts';
import type { ExaminationOverview } from '../../../../shared/examination/types.ts';
import type { Opd } from '../../../../shared/employees/schemas.ts';
import { useAction } from '../../app/use-action.ts';

type Accused = ExaminationOverview['accused'][number];

interface Draft {
  employeeId: number | null;
  name: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  opdId: string | null;
}

const fromSuperior = (s: AccusedSuperior | null): Draft => ({
  employeeId: s?.employeeId ?? null,
  name: s?.name ?? '',
  nip: s?.nip ?? '',
  pangkat: s?.pangkat ?? '',
  jabatan: s?.jabatan ?? '',
  opdId: s?.opdId ? String(s.opdId) : null,
});

/** One accused's direct superior: shown, and for staff picked from the registry or typed. */
function SuperiorCard(props: { caseId: number; accused: Accused; opds: Opd[]; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const current = props.accused.superior;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(fromSuperior(current));
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    // A different NIP is another person than the one picked from the registry.
    setDraft((d) => ({ ...d, [k]: value, ...(k === 'nip' ? { employeeId: null } : {}) }));
  };
  const fieldError = (k: string) => fields[`superior.${k}`] ?? fields[k];
  const sending = useAction(
    async (superior: object | null) => {
      setFields({});
      await call('examination:setSuperior', { caseId: props.caseId, accusedId: props.accused.id, superior } as never);
      notifications.show({ color: 'teal', message: superior ? t('superior.saved', { name: draft.name }) : t('superior.removed') });
      setEditing(false);
      props.onSaved();
    },
    (e) => submitErrorText(e, (f) => setFields(f as Record<string, string>)),
  );
  const { error, run: send } = sending;
  const save = () =>
    send({
      ...(draft.employeeId !== null ? { employeeId: draft.employeeId } : {}),
      name: draft.name,
      nip: draft.nip,
      pangkat: draft.pangkat,
      jabatan: draft.jabatan,
      ...(draft.opdId ? { opdId: Number(draft.opdId) } : {}),
    });
  return (
    <Paper withBorder p="sm" data-testid={`superior-${props.accused.id}`}>
      <Stack gap={6}>
        <Text fw={600}>
          {t('superior.title')} · {props.accused.name}
        </Text>
        {current ? (
          <Text size="sm" data-testid="superior-current">
            {current.name} · NIP {formatNip(current.nip)}
            {current.pangkat ? ` · ${current.pangkat}` : ''} · {current.jabatan}
            {current.opdName ? ` · ${current.opdName}` : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" data-testid="superior-current">
            {t('superior.none')}
          </Text>
        )}
        {props.editable && !editing && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('superior.edit')}
            </Button>
            {current && (
              <Button size="xs" variant="subtle" color="red" onClick={() => void send(null)}>
                {t('superior.remove')}
              </Button>
            )}
          </Group>
        )}
        {editing && (
          <Stack gap="xs">
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <EmployeePicker
              label={t('superior.pick')}
              excludeIds={[]}
              onPick={(e) =>
                setDraft({
                  employeeId: e.id,
                  name: e.name,
                  nip: e.nip,
                  pangkat: pangkatGolonganText(e.pangkat, e.golongan),
                  jabatan: e.jabatan ?? '',
                  opdId: e.opdId ? String(e.opdId) : draft.opdId,
                })
              }
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label={t('superior.name')} withAsterisk value={draft.name} onChange={set('name')} error={fieldError('name')} />
              <TextInput label={t('superior.nip')} withAsterisk inputMode="numeric" value={draft.nip} onChange={set('nip')} error={fieldError('nip')} />
              <TextInput label={t('superior.pangkat')} value={draft.pangkat} onChange={set('pangkat')} error={fieldError('pangkat')} />
              <TextInput label={t('superior.jabatan')} withAsterisk value={draft.jabatan} onChange={set('jabatan')} error={fieldError('jabatan')} />
              <Select
                label={t('superior.opd')}
                description={t('superior.opdHint')}
                clearable
                searchable
                data={props.opds.map((o) => ({ value: String(o.id), label: o.name }))}
                value={draft.opdId}
                onChange={(v) => setDraft((d) => ({ ...d, opdId: v }))}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('actions.cancel')}
              </Button>
              <Button onClick={() => void save()}>{t('superior.save')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The accused's direct superiors (atasan langsung), one per accused: the default signer of that
 * accused's summons (PP 94/2021 Pasal 26) and the team's "atasan langsung" element.
 */
export function SuperiorPanel(props: { overview: ExaminationOverview; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const opds = useLoad(() => call('opds:list', { includeInactive: false }), []);
  const o = props.overview;
  return (
    <Paper withBorder p="md" data-testid="superiors-panel">
      <Stack gap="sm">
        <Title order={4}>{t('superior.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('superior.basis')}
        </Text>
        {o.accused.map((a) => (
          <SuperiorCard key={`${a.id}-${a.superior?.updatedAt ?? ''}`} caseId={o.caseId} accused={a} opds={opds.data ?? []} editable={props.editable} onSaved={props.onChanged} />
        ))}
      </Stack>
    </Paper>
  );
}
