import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDateTime } from '../../app/format.ts';
import type { EmployeeHistoryEntry } from '../../../../shared/employees/schemas.ts';

const ACTION_KEYS: Record<string, string> = {
  'employee.create': 'employee.action.create',
  'employee.update': 'employee.action.update',
  'employee.importCreate': 'employee.action.importCreate',
  'employee.importUpdate': 'employee.action.importUpdate',
};

function show(v: unknown): string {
  return v === null || v === undefined || v === '' ? '–' : String(v);
}

/** Who changed this employee when, field by field (form edits, intake, imports). */
export function EmployeeHistory({ id }: { id: number }) {
  const { t } = useTranslation();
  // A failed read shows an empty history, as before.
  const loaded = useLoad(() => call('employees:get', { id }).then((d) => d.history), [id]);
  const entries: EmployeeHistoryEntry[] | null = loaded.error ? [] : (loaded.data ?? null);
  if (!entries) return null;
  return (
    <Stack gap="xs" data-testid="employee-history">
      <Title order={5}>{t('employee.history')}</Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('employee.noHistory')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2}>
          {entries.map((h, i) => (
            <Timeline.Item key={i} title={`${t(ACTION_KEYS[h.action] ?? h.action, { defaultValue: h.action })} · ${h.actor}`}>
              <Text size="xs" c="dimmed">
                {showDateTime(h.at)}
                {h.reason ? ` · ${h.reason}` : ''}
              </Text>
              {h.changes
                .filter((c) => c.before !== null)
                .map((c) => (
                  <Text size="xs" key={c.field}>
                    {t(`employee.${c.field}`, { defaultValue: c.field })}: {show(c.before)} → {show(c.after)}
                  </Text>
                ))}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
