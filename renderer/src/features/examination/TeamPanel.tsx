import { ActionIcon, Alert, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import { TEAM_ROLES } from '../../../../shared/examination/types.ts';
import type { ExaminationOverview, Staff, TeamRole } from '../../../../shared/examination/types.ts';
import { useAction } from '../../app/use-action.ts';
import { EmployeePicker } from '../employees/EmployeePicker.tsx';
import { STAFF_UNITS } from '../../../../shared/examination/types.ts';
import type { StaffUnit } from '../../../../shared/examination/types.ts';
import type { Employee } from '../../../../shared/employees/schemas.ts';
import { pangkatGolonganText } from '../../../../shared/employees/golongan.ts';

/** The case's examination team: pick examiners from the registry with their roles; composition gaps are listed. */
export function TeamPanel({ overview, staff, onChanged }: { overview: ExaminationOverview; staff: Staff[]; onChanged: () => void }) {
  const { t } = useTranslation();
  // The parent keys this panel by the saved team, so a reload starts from the stored members.
  const [members, setMembers] = useState<{ staffId: number; role: TeamRole }[]>(() => overview.team.map((m) => ({ staffId: m.staffId, role: m.role })));
  const [pick, setPick] = useState<string | null>(null);
  const can = useCan();
  const editable = ['registered', 'verification', 'summons_1', 'summons_2'].includes(overview.state) && can('examination:setTeam');

  // Examiners added from the employee registry in this panel, before the parent reloads.
  const [added, setAdded] = useState<Staff[]>([]);
  const [unit, setUnit] = useState<StaffUnit>('inspektorat');
  const canAddExaminer = can('staff:save');
  const allStaff = [...staff, ...added.filter((a) => !staff.some((s) => s.id === a.id))];
  const byId = new Map(allStaff.map((s) => [s.id, s]));
  const addMember = (staffId: number) => {
    if (members.some((m) => m.staffId === staffId)) return;
    setMembers((list) => [...list, { staffId, role: list.some((m) => m.role === 'chair') ? 'member' : 'chair' }]);
  };
  /** An employee becomes an examiner (the staff list) once, then joins the team being edited. */
  const adding = useAction(async (e: Employee) => {
    const known = allStaff.find((s) => s.nip === e.nip);
    const s =
      known ??
      (await call('staff:save', { nip: e.nip, name: e.name, pangkat: pangkatGolonganText(e.pangkat, e.golongan) || undefined, jabatan: e.jabatan ?? undefined, unit }));
    if (!known) setAdded((list) => [...list, s]);
    addMember(s.id);
    notifications.show({ color: 'teal', message: t('team.addedFromRegistry', { name: s.name, unit: t(`units.${s.unit}`) }) });
  });
  const saving = useAction(async () => {
    await call('examination:setTeam', { caseId: overview.caseId, members });
    notifications.show({ color: 'teal', message: t('team.saved') });
    onChanged();
  });
  // The panel shows one failure, the last action's: starting either forgets the other's.
  const addFromRegistry = (e: Employee) => {
    saving.clear();
    void adding.run(e);
  };
  const save = () => {
    adding.clear();
    void saving.run();
  };
  const error = saving.error ?? adding.error;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('team.title')}</Title>
        {overview.teamProblems.length > 0 && (
          <Alert color="orange" data-testid="team-problems">
            <List size="sm">
              {overview.teamProblems.map((p) => (
                <List.Item key={p}>{t(p)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {members.length === 0 ? (
          <Text size="sm">{t('team.empty')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {members.map((m, i) => {
                const s = byId.get(m.staffId);
                return (
                  <Table.Tr key={m.staffId}>
                    <Table.Td>{s?.name ?? m.staffId}</Table.Td>
                    <Table.Td>{s ? t(`units.${s.unit}`) : ''}</Table.Td>
                    <Table.Td w={180}>
                      <Select
                        aria-label={`${t('team.role')} ${s?.name ?? ''}`}
                        size="xs"
                        disabled={!editable}
                        data={TEAM_ROLES.map((r) => ({ value: r, label: t(`teamRoles.${r}`) }))}
                        value={m.role}
                        allowDeselect={false}
                        onChange={(v) => setMembers(members.map((x, j) => (j === i ? { ...x, role: (v ?? 'member') as TeamRole } : x)))}
                      />
                    </Table.Td>
                    <Table.Td w={40}>
                      {editable && (
                        <ActionIcon variant="subtle" color="red" aria-label={t('actions.remove')} onClick={() => setMembers(members.filter((_, j) => j !== i))}>
                          ×
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {editable && (
          <Group align="flex-end">
            <Select
              label={t('team.addMember')}
              searchable
              data={allStaff.filter((s) => s.active && !members.some((m) => m.staffId === s.id)).map((s) => ({ value: String(s.id), label: `${s.name} (${t(`units.${s.unit}`)})` }))}
              value={pick}
              onChange={(v) => {
                if (v) addMember(Number(v));
                setPick(null);
              }}
            />
            <Button onClick={save} loading={saving.busy}>
              {t('team.save')}
            </Button>
          </Group>
        )}
        {editable && canAddExaminer && (
          <Group align="flex-end" data-testid="team-from-registry">
            <Select
              label={t('team.fromRegistryUnit')}
              w={180}
              allowDeselect={false}
              data={STAFF_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
              value={unit}
              onChange={(v) => setUnit((v ?? 'inspektorat') as StaffUnit)}
            />
            <div style={{ flex: 1 }}>
              <EmployeePicker label={t('team.fromRegistry')} excludeIds={[]} onPick={addFromRegistry} />
            </div>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
