import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RECAP_MEASURES } from '../../../../shared/reports/recap.ts';
import type { RecapCounts, RecapMeasure, RecapResult } from '../../../../shared/reports/recap.ts';

const fmt = (n: number) => n.toLocaleString('id-ID');

/** The pivot: one row per value of the row attribute, the chosen measure per column value, then the four measures of the row; the totals last. */
export function RecapTable({ recap, measure }: { recap: RecapResult; measure: RecapMeasure }) {
  const { t } = useTranslation();
  const totals = (c: RecapCounts) => RECAP_MEASURES.map((m) => <Table.Td key={m} ta="right" fw={m === 'accused' ? 600 : undefined}>{fmt(c[m])}</Table.Td>);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder withColumnBorders stickyHeader data-testid="recap-table">
        <Table.Thead>
          {recap.columns.length > 0 && (
            <Table.Tr>
              <Table.Th />
              <Table.Th colSpan={recap.columns.length} ta="center">{`${recap.columnsLabel} (${t(`recap.measures.${measure}`)})`}</Table.Th>
              <Table.Th colSpan={RECAP_MEASURES.length} ta="center">{t('recap.total')}</Table.Th>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>{recap.rowsLabel}</Table.Th>
            {recap.columns.map((c) => <Table.Th key={c.key} ta="right">{c.label}</Table.Th>)}
            {RECAP_MEASURES.map((m) => <Table.Th key={m} ta="right">{t(`recap.measures.${m}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recap.rows.map((r, i) => (
            <Table.Tr key={r.key} data-row={r.key}>
              <Table.Td>{r.label}</Table.Td>
              {recap.cells[i]!.map((c, j) => <Table.Td key={recap.columns[j]!.key} ta="right" c={c[measure] === 0 ? 'dimmed' : undefined}>{fmt(c[measure])}</Table.Td>)}
              {totals(recap.rowTotals[i]!)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-row="total">
            <Table.Td>{t('recap.total')}</Table.Td>
            {recap.columnTotals.map((c, j) => <Table.Td key={recap.columns[j]!.key} ta="right">{fmt(c[measure])}</Table.Td>)}
            {totals(recap.total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
