/**
 * What the recap charts draw, shared by the screen and (as the same rule) the printed PDF:
 * the largest rows only (a chart of forty OPDs cannot be read), never a summed "others" bar,
 * since a person named under several violations would be counted twice in it.
 */
import type { RecapCounts, RecapResult } from './recap.ts';

/** Rows drawn at most; the title says "(15/40)" when some are left out. */
export const MAX_CHART_ROWS = 15;
/** Column values drawn as stacked parts at most; with more, the bar is the row's total. */
export const MAX_SERIES = 8;
/** Mantine palette colours (screen) and the same shades in hex (the printed SVG), apart enough in print. */
export const CHART_COLORS = ['blue.7', 'orange.6', 'teal.7', 'grape.6', 'yellow.6', 'red.7', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6'] as const;
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
