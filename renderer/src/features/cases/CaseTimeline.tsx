import { Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActionLabel } from '../../../../shared/i18n/audit-label.ts';
import { showDateTime } from '../../app/format.ts';
import type { FieldChange, HistoryEntry } from '../../../../shared/cases/schemas.ts';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? `${(v as { name?: string }).name ?? ''} (${(v as { nip?: string }).nip ?? ''})` : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function Changes({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder fz="xs" mt={4} data-testid="history-changes">
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.field}>
            <Table.Td fw={600}>{t(`fields.${c.field}`, { defaultValue: c.field })}</Table.Td>
            <Table.Td c="dimmed" style={{ textDecoration: c.before === null ? undefined : 'line-through' }}>{show(c.before)}</Table.Td>
            <Table.Td>→ {show(c.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The case's history from the audit log: what happened, who, when, and before -> after of each changed field. */
export function CaseTimeline({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="case-history">
      {history.map((h, i) => (
        <Timeline.Item key={i} title={auditActionLabel(t, h.action)}>
          <Text size="xs" c="dimmed">{showDateTime(h.at)} · {h.actor}</Text>
          {h.reason && <Text size="sm">{h.reason}</Text>}
          {h.changes && h.changes.length > 0 && <Changes changes={h.changes} />}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
