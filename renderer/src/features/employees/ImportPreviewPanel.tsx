import { Alert, Badge, Button, Checkbox, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../../shared/employees/import-types.ts';
import type { ImportField, ImportMapping, ImportPreview } from '../../../../shared/employees/import-types.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

const STATUS_COLOR = { create: 'teal', update: 'blue', unchanged: 'gray', rejected: 'red' } as const;

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onRemap: (mapping: ImportMapping) => void;
  onImport: (mapping: ImportMapping, strict: boolean) => void;
  onCancel: () => void;
}

/** Step 2 of the wizard: the detected column mapping (editable), counts, sample rows and row errors. */
export function ImportPreviewPanel({ preview, busy, onRemap, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<ImportField, string>>(
    () => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, preview.mapping[f] ?? ''])) as Record<ImportField, string>,
  );
  const [strict, setStrict] = useState(false);
  const headerOptions = [{ value: '', label: t('importer.notMapped') }, ...preview.headers.map((h) => ({ value: h, label: h }))];
  const c = preview.counts;
  const writes = c.create + c.update;
  return (
    <Stack>
      <Title order={4}>{t('importer.mapping')}</Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {IMPORT_FIELDS.map((f) => (
          <Select
            key={f}
            label={t(`importer.field.${f}`)}
            data={headerOptions}
            value={mapping[f]}
            allowDeselect={false}
            onChange={(v) => setMapping((m) => ({ ...m, [f]: v ?? '' }))}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={() => onRemap(mapping)} loading={busy}>
          {t('importer.refresh')}
        </Button>
        <Text size="sm" c="dimmed">
          {preview.fileName} · {preview.format.toUpperCase()}
          {preview.encoding ? ` · ${preview.encoding}` : ''}
        </Text>
      </Group>
      {preview.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      <Text fw={600} data-testid="import-counts">
        {t('importer.countsLine', { ...c })}
      </Text>
      {preview.newOpds.length > 0 && <Text size="sm">{t('importer.newOpds', { names: preview.newOpds.join(', ') })}</Text>}
      <Title order={5}>{t('importer.preview')}</Title>
      <ScrollArea>
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importer.line')}</Table.Th>
              <Table.Th />
              {IMPORT_FIELDS.map((f) => (
                <Table.Th key={f}>{t(`importer.field.${f}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((s) => (
              <Table.Tr key={s.line}>
                <Table.Td>{s.line}</Table.Td>
                <Table.Td>
                  <Badge size="xs" color={STATUS_COLOR[s.status]}>
                    {t(`importer.status.${s.status}`)}
                  </Badge>
                </Table.Td>
                {IMPORT_FIELDS.map((f) => (
                  <Table.Td key={f}>{s.values[f]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <ImportErrorsTable errors={preview.errors} total={preview.errorTotal} />
      <Checkbox label={t('importer.strict')} checked={strict} onChange={(e) => setStrict(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => onImport(mapping, strict)} loading={busy} disabled={writes === 0}>
          {t('importer.run', { count: writes })}
        </Button>
      </Group>
    </Stack>
  );
}
