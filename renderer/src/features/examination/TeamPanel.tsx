import { ActionIcon, Alert, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import { TEAM_ROLES } from '../../../../shared/examination/types.ts';
import type { ExaminationOverview, Staff, TeamRole } from '../../../../shared/examination/types.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** The case's examination team: pick examiners from the registry with their roles; composition gaps are listed. */
export function TeamPanel({ overview, staff, onChanged }: { overview: ExaminationOverview; staff: Staff[]; onChanged: () => void }) {
  const { t } = useTranslation();
  // The parent keys this panel by the saved team, so a reload starts from the stored members.
  const [members, setMembers] = useState<{ staffId: number; role: TeamRole }[]>(() => overview.team.map((m) => ({ staffId: m.staffId, role: m.role })));
  const [pick, setPick] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const can = useCan();
  const editable = ['registered', 'verification', 'summons_1', 'summons_2'].includes(overview.state) && can('examination:setTeam');

  const byId = new Map(staff.map((s) => [s.id, s]));
  const save = async () => {
    setError(null);
    try {
      await call('examination:setTeam', { caseId: overview.caseId, members });
      notifications.show({ color: 'teal', message: t('team.saved') });
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

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
              data={staff.filter((s) => s.active && !members.some((m) => m.staffId === s.id)).map((s) => ({ value: String(s.id), label: `${s.name} (${t(`units.${s.unit}`)})` }))}
              value={pick}
              onChange={(v) => {
                if (v) setMembers([...members, { staffId: Number(v), role: members.some((m) => m.role === 'chair') ? 'member' : 'chair' }]);
                setPick(null);
              }}
            />
            <Button onClick={() => void save()}>{t('team.save')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
