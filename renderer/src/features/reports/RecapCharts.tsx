/**
 * The recap's two charts, drawn with @mantine/charts (recharts underneath, styled by the
 * Mantine theme). This module is imported by the recap screen only when it first shows a
 * chart, so neither library is in any other screen's download.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RECAP_MEASURES } from '../../../../shared/reports/recap.ts';
import type { RecapResult } from '../../../../shared/reports/recap.ts';
import { chartRows, CHART_COLORS, MAX_SERIES } from '../../../../shared/reports/recap-chart.ts';

const height = (n: number) => Math.max(160, 70 + n * 36);

/**
 * Accused by the row attribute (split by the column attribute when there are few enough values), and the four measures side by side.
 * Drawn again only for a new recap: the screen re-renders for the cell measure, the paper, an export's spinner, and each
 * redraw of both charts cost 100-270 ms of the main thread (their SVG rewritten) for a change the charts do not show.
 */
export const RecapCharts = memo(function RecapCharts({ recap }: { recap: RecapResult }) {
  const { t } = useTranslation();
  const { rows, shown } = chartRows(recap);
  const split = recap.columns.length > 0 && recap.columns.length <= MAX_SERIES;
  const breakdown = rows.map((r) => ({ label: r.label, ...(split ? Object.fromEntries(r.cells.map((v, j) => [`c${j}`, v])) : { accused: r.totals.accused }) }));
  const breakdownSeries = split
    ? recap.columns.map((c, j) => ({ name: `c${j}`, label: c.label, color: CHART_COLORS[j % CHART_COLORS.length]! }))
    : [{ name: 'accused', label: t('recap.measures.accused'), color: CHART_COLORS[0]! }];
  const outcome = rows.map((r) => ({ label: r.label, ...r.totals }));
  const outcomeSeries = RECAP_MEASURES.map((m, i) => ({ name: m, label: t(`recap.measures.${m}`), color: CHART_COLORS[i]! }));
  const truncated = shown < recap.rows.length ? ` (${shown}/${recap.rows.length})` : '';
  const common = { dataKey: 'label', orientation: 'vertical' as const, withLegend: true, legendProps: { verticalAlign: 'bottom' as const }, yAxisProps: { width: 220, interval: 0 }, xAxisProps: { allowDecimals: false }, gridAxis: 'x' as const, tickLine: 'none' as const };
  return (
    <Stack gap="lg">
      <Stack gap={4} data-testid="recap-chart-breakdown">
        <Text fw={600}>{t('recap.chartBreakdown', { rows: recap.rowsLabel })}{truncated}</Text>
        <BarChart h={height(rows.length)} data={breakdown} series={breakdownSeries} type={split ? 'stacked' : 'default'} withBarValueLabel={!split} {...common} />
      </Stack>
      <Stack gap={4} data-testid="recap-chart-outcome">
        <Text fw={600}>{t('recap.chartOutcome', { rows: recap.rowsLabel })}{truncated}</Text>
        <BarChart h={height(rows.length) + rows.length * 20} data={outcome} series={outcomeSeries} {...common} />
      </Stack>
    </Stack>
  );
});
