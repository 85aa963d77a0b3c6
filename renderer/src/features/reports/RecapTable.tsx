import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RECAP_MEASURES } from '../../../../shared/reports/recap.ts';
import type { RecapCounts, RecapMeasure, RecapResult } from '../../../../shared/reports/recap.ts';
import { formatCount as fmt } from './recap-number.ts';
import './recap.css';

// The body's rows and cells are plain elements with the Mantine table's own classes and data attributes
// (what Table.Tr and Table.Td would put there): a recap by OPD and status has about 700 cells, and each
// Table.Td (context, props, style props through Box) cost about 0.1 ms of the recap's frame.
const TD = Table.Td.classes.td;
const TR = Table.Tr.classes.tr;
const Td = ({ className, children }: { className?: string; children: ReactNode }) => (
  <td className={className ? `${TD} ${className}` : TD} data-with-column-border>{children}</td>
);
const Tr = ({ row, className, children }: { row: string; className?: string; children: ReactNode }) => (
  <tr className={className ? `${TR} ${className}` : TR} data-row={row} data-with-row-border data-striped="odd">{children}</tr>
);

/** The pivot: one row per value of the row attribute, the chosen measure per column value, then the four measures of the row; the totals last. */
export function RecapTable({ recap, measure }: { recap: RecapResult; measure: RecapMeasure }) {
  const { t } = useTranslation();
  const totals = (c: RecapCounts) => RECAP_MEASURES.map((m) => <Td key={m} className={m === 'accused' ? 'recap-num recap-accused' : 'recap-num'}>{fmt(c[m])}</Td>);
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
            <Tr key={r.key} row={r.key}>
              <Td>{r.label}</Td>
              {recap.cells[i]!.map((c, j) => <Td key={recap.columns[j]!.key} className={c[measure] === 0 ? 'recap-num recap-zero' : 'recap-num'}>{fmt(c[measure])}</Td>)}
              {totals(recap.rowTotals[i]!)}
            </Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Tr row="total" className="recap-total-row">
            <Td>{t('recap.total')}</Td>
            {recap.columnTotals.map((c, j) => <Td key={recap.columns[j]!.key} className="recap-num">{fmt(c[measure])}</Td>)}
            {totals(recap.total)}
          </Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
