/**
 * What the recap charts draw, shared by the screen and (as the same rule) the printed PDF:
 * the largest rows only (a chart of forty OPDs cannot be read), never a summed "others" bar,
 * since a person named under several violations would be counted twice in it.
 */
import { RECAP_MEASURES } from './recap.ts';
import type { RecapCounts, RecapMeasure, RecapResult } from './recap.ts';

/** Rows drawn at most; the title says "(15/40)" when some are left out. */
export const MAX_CHART_ROWS = 15;
/** Column values drawn as stacked parts at most; with more, the bar is the row's total. */
export const MAX_SERIES = 8;
/** Series colours of the screen and the printed SVG: Mantine's blue.7, orange.6, teal.7, grape.6, yellow.6, red.7, cyan.6, lime.7, pink.6, indigo.6, apart enough in print. */
export const CHART_HEX = ['#1c7ed6', '#fd7e14', '#0ca678', '#be4bdb', '#fab005', '#f03e3e', '#15aabf', '#74b816', '#e64980', '#4c6ef5'] as const;

export interface ChartRow {
  label: string;
  cells: number[];
  totals: RecapCounts;
}

/** The rows the charts show: the largest by accused (in their table order), at most MAX_CHART_ROWS. */
export function chartRows(r: RecapResult): { rows: ChartRow[]; shown: number } {
  const all = r.rows.map((h, i) => ({ i, label: h.label, cells: (r.cells[i] ?? []).map((c) => c.accused), totals: r.rowTotals[i]! }));
  const keep = new Set([...all].sort((a, b) => b.totals.accused - a.totals.accused || a.i - b.i).slice(0, MAX_CHART_ROWS).map((x) => x.i));
  const rows = all.filter((x) => keep.has(x.i)).map(({ label, cells, totals }) => ({ label, cells, totals }));
  return { rows, shown: rows.length };
}

/** One chart as both the screen and the printed SVG draw it: horizontal bars, one band per row. */
export interface ChartSpec {
  rows: { label: string; values: number[] }[];
  /** Colours are CHART_HEX's, in series order. */
  series: { label: string; color: string }[];
  /** Stacked: one bar per row split by series; otherwise one bar per series side by side. */
  stacked: boolean;
}

/**
 * The recap's two charts: the accused per row (stacked by the column attribute when it has at most
 * MAX_SERIES values, else the row's total), and the four measures side by side. `truncated` is the
 * titles' "(15/40)" when rows were left out.
 */
export function recapChartSpecs(r: RecapResult, measureLabel: (m: RecapMeasure) => string): { breakdown: ChartSpec; outcome: ChartSpec; truncated: string } {
  const { rows, shown } = chartRows(r);
  const split = r.columns.length > 0 && r.columns.length <= MAX_SERIES;
  const color = (i: number) => CHART_HEX[i % CHART_HEX.length]!;
  return {
    breakdown: {
      stacked: true,
      series: split ? r.columns.map((c, i) => ({ label: c.label, color: color(i) })) : [{ label: measureLabel('accused'), color: color(0) }],
      rows: rows.map((row) => ({ label: row.label, values: split ? row.cells : [row.totals.accused] })),
    },
    outcome: {
      stacked: false,
      series: RECAP_MEASURES.map((m, i) => ({ label: measureLabel(m), color: color(i) })),
      rows: rows.map((row) => ({ label: row.label, values: RECAP_MEASURES.map((m) => row.totals[m]) })),
    },
    truncated: shown < r.rows.length ? ` (${shown}/${r.rows.length})` : '',
  };
}

/** The longest bar of a chart: a stacked row's sum, otherwise its largest value. */
export function chartPeak(c: ChartSpec): number {
  return Math.max(0, ...c.rows.map((r) => (c.stacked ? r.values.reduce((a, b) => a + b, 0) : Math.max(0, ...r.values))));
}

/**
 * The value axis up to `peak`: a round step (1, 2, 2.5 or 5 times a power of ten) giving about five ticks, whole numbers
 * only (counts of people). Without 2.5 a peak just past a thousand got an axis to 1,500 and bars two thirds long.
 */
export function valueAxis(peak: number): { max: number; ticks: number[] } {
  const top = Math.max(1, peak);
  let step = 1;
  if (top > 5) {
    const raw = top / 5;
    const pow = 10 ** Math.floor(Math.log10(raw));
    step = Math.max(1, [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw && Number.isInteger(s))!);
  }
  const max = Math.ceil(top / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}
