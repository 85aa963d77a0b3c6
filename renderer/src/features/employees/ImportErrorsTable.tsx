import { ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../../shared/employees/import-types.ts';

/** The per-row error report: line, column, reason. */
export function ImportErrorsTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <div data-testid="import-errors">
      <Title order={5} c="red" mb="xs">
        {t('importer.errorsTitle', { count: total })}
      </Title>
      <ScrollArea.Autosize mah={320}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('importer.line')}</Table.Th>
              <Table.Th w={160}>{t('importer.column')}</Table.Th>
              <Table.Th>{t('importer.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.line}</Table.Td>
                <Table.Td>{e.column}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > errors.length && (
        <Text size="sm" c="dimmed">
          {t('importer.errorsMore', { count: total - errors.length })}
        </Text>
      )}
    </div>
  );
}
