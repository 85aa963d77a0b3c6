/**
 * The recap's two charts as plain SVG from the recap rows. recharts (through @mantine/charts)
 * cost about 0.6 s of main-thread CPU for their first draw (render passes through its store,
 * text measurement of the axis labels through getComputedStyle, a pass over the axis ticks) and
 * about 0.3 s for a new recap; these bars are a few hundred elements with nothing measured: the
 * labels sit in a fixed HTML column and every horizontal position is a percentage of the SVG's width.
 */
import './recap.css';
import { memo, useEffect, useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from '../../app/after-paint.ts';
import type { RecapResult } from '../../../../shared/reports/recap.ts';
import { chartPeak, recapChartSpecs, valueAxis } from '../../../../shared/reports/recap-chart.ts';
import type { ChartSpec } from '../../../../shared/reports/recap-chart.ts';
import { formatCount as fmt } from './recap-number.ts';

const AXIS = 20;
// A row label's line height (recap.css): a label takes as many lines as its band holds, then ends with an ellipsis.
const LABEL_LINE = 14;
const STACKED_BAR = 18;
const SIDE_BAR = 8;
// A value label past this share of the width is written inside its bar, so it never leaves the chart.
const INSIDE_FROM = 88;

function BarChart({ title, chart, testId }: { title: string; chart: ChartSpec; testId: string }) {
  const { t } = useTranslation();
  const { max, ticks } = valueAxis(chartPeak(chart));
  const pct = (v: number) => (v / max) * 100;
  const band = chart.stacked ? 30 : chart.series.length * (SIDE_BAR + 1) + 12;
  const plot = chart.rows.length * band;
  const bar = (row: string, s: number, v: number, x: number, y: number, h: number) => (
    <rect key={s} role="img" data-bar x={`${pct(x)}%`} y={y} width={`${pct(v)}%`} height={h} fill={chart.series[s]!.color}>
      <title>{t('recap.chartBar', { row, series: chart.series[s]!.label, value: fmt(v) })}</title>
    </rect>
  );
  return (
    <figure className="recap-chart" style={{ '--recap-chart-band': `${band}px`, '--recap-chart-lines': Math.floor(band / LABEL_LINE) } as CSSProperties} data-testid={testId}>
      <figcaption className="recap-chart-title">{title}</figcaption>
      <ul className="recap-chart-labels" aria-hidden>
        {chart.rows.map((r, i) => <li key={i} className="recap-chart-label" title={r.label}><span>{r.label}</span></li>)}
      </ul>
      <svg className="recap-chart-plot" height={plot + AXIS} role="group" aria-label={title}>
        {ticks.map((v) => <line key={v} x1={`${pct(v)}%`} x2={`${pct(v)}%`} y1={0} y2={plot} stroke="#dee2e6" />)}
        {ticks.map((v, i) => (
          <text key={v} x={`${pct(v)}%`} y={plot + 14} fill="#868e96" textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>{fmt(v)}</text>
        ))}
        {chart.rows.map((r, i) => {
          if (!chart.stacked) {
            const y0 = i * band + (band - chart.series.length * (SIDE_BAR + 1)) / 2;
            return <g key={i}>{r.values.map((v, s) => (v > 0 ? bar(r.label, s, v, 0, y0 + s * (SIDE_BAR + 1), SIDE_BAR) : null))}</g>;
          }
          const y = i * band + (band - STACKED_BAR) / 2;
          let at = 0;
          const parts = r.values.map((v, s) => {
            const x = at;
            at += v;
            return v > 0 ? bar(r.label, s, v, x, y, STACKED_BAR) : null;
          });
          const inside = pct(at) > INSIDE_FROM;
          return (
            <g key={i}>
              {parts}
              <text x={`${pct(at)}%`} dx={inside ? -4 : 4} y={y + STACKED_BAR / 2} dy="0.35em" textAnchor={inside ? 'end' : 'start'} fill={inside ? '#fff' : 'currentColor'} aria-hidden>{fmt(at)}</text>
            </g>
          );
        })}
        <line x1={0} x2={0} y1={0} y2={plot} stroke="#868e96" />
      </svg>
      <ul className="recap-chart-legend">
        {chart.series.map((s, i) => <li key={i}><span className="recap-chart-swatch" style={{ background: s.color }} />{s.label}</li>)}
      </ul>
    </figure>
  );
}

/**
 * Accused by the row attribute (split by the column attribute when there are few enough values), and the four measures side by side.
 * Drawn in the frame after the recap's table: the table is what the clerk reads first, and it is painted without waiting for
 * the charts. Until then the charts of the previous recap stay (marked busy), so the page below does not jump.
 * Drawn again only for a new recap: the screen re-renders for the cell measure, the paper and an export's spinner, which the charts do not show.
 */
export const RecapCharts = memo(function RecapCharts({ recap }: { recap: RecapResult }) {
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState<RecapResult | null>(null);
  useEffect(() => afterPaint(() => setDrawn(recap)), [recap]);
  const charts = useMemo(() => {
    if (!drawn) return null;
    const { breakdown, outcome, truncated } = recapChartSpecs(drawn, (m) => t(`recap.measures.${m}`));
    return (
      <>
        <BarChart title={`${t('recap.chartBreakdown', { rows: drawn.rowsLabel })}${truncated}`} chart={breakdown} testId="recap-chart-breakdown" />
        <BarChart title={`${t('recap.chartOutcome', { rows: drawn.rowsLabel })}${truncated}`} chart={outcome} testId="recap-chart-outcome" />
      </>
    );
  }, [drawn, t]);
  const pending = drawn !== recap;
  return (
    <div className="recap-charts" data-testid="recap-charts" data-state={pending ? 'pending' : 'ready'} aria-busy={pending}>
      {charts}
    </div>
  );
});
