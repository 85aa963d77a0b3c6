import { describe, expect, it } from 'vitest';
import { CHART_HEX, chartPeak, MAX_CHART_ROWS, recapChartSpecs, valueAxis } from '../../shared/reports/recap-chart.ts';
import type { RecapCounts, RecapResult } from '../../shared/reports/recap.ts';

const counts = (accused: number, recommended = 0, decided = 0, sanctioned = 0): RecapCounts => ({ accused, recommended, decided, sanctioned });
const label = (m: string) => `<${m}>`;

/** A recap of `rows` OPDs split by `columns` statuses; row i has i+1 accused in each column. */
function recap(rows: number, columns: number): RecapResult {
  const heads = (n: number, p: string) => Array.from({ length: n }, (_, i) => ({ key: `${p}${i}`, label: `${p} ${i}` }));
  const cells = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, () => counts(i + 1)));
  return {
    query: { filters: { from: '2024-01-01', to: '2024-12-31' }, rows: 'opd', columns: 'status' },
    rowsLabel: 'OPD', columnsLabel: columns ? 'Status' : null, filterLines: [],
    rows: heads(rows, 'OPD'), columns: heads(columns, 'S'), cells,
    rowTotals: Array.from({ length: rows }, (_, i) => counts((i + 1) * Math.max(1, columns), i, 1, 0)),
    columnTotals: [], total: counts(0), cases: 0, origin: { instansiCode: '', officeName: '' },
  };
}

describe('recap charts: what both charts draw', () => {
  it('stacks the accused by the column values when there are at most eight, and puts the four measures side by side', () => {
    const { breakdown, outcome, truncated } = recapChartSpecs(recap(2, 3), label);
    expect(breakdown).toEqual({
      stacked: true,
      series: [{ label: 'S 0', color: CHART_HEX[0] }, { label: 'S 1', color: CHART_HEX[1] }, { label: 'S 2', color: CHART_HEX[2] }],
      rows: [{ label: 'OPD 0', values: [1, 1, 1] }, { label: 'OPD 1', values: [2, 2, 2] }],
    });
    expect(outcome.stacked).toBe(false);
    expect(outcome.series.map((s) => s.label)).toEqual(['<accused>', '<recommended>', '<decided>', '<sanctioned>']);
    expect(outcome.rows).toEqual([{ label: 'OPD 0', values: [3, 0, 1, 0] }, { label: 'OPD 1', values: [6, 1, 1, 0] }]);
    expect(truncated).toBe('');
  });

  it('draws the row total as one bar when the columns are too many to tell apart, or absent', () => {
    expect(recapChartSpecs(recap(1, 9), label).breakdown).toMatchObject({ series: [{ label: '<accused>' }], rows: [{ values: [9] }] });
    expect(recapChartSpecs(recap(1, 0), label).breakdown).toMatchObject({ series: [{ label: '<accused>' }], rows: [{ values: [1] }] });
  });

  it('keeps the largest rows in table order and says how many of how many', () => {
    const { breakdown, truncated } = recapChartSpecs(recap(MAX_CHART_ROWS + 3, 0), label);
    expect(truncated).toBe(` (${MAX_CHART_ROWS}/${MAX_CHART_ROWS + 3})`);
    expect(breakdown.rows[0]).toEqual({ label: 'OPD 3', values: [4] });
    expect(breakdown.rows).toHaveLength(MAX_CHART_ROWS);
  });

  it('scales to the longest bar: a stacked row\'s sum, otherwise the largest value', () => {
    const { breakdown, outcome } = recapChartSpecs(recap(2, 3), label);
    expect(chartPeak(breakdown)).toBe(6);
    expect(chartPeak(outcome)).toBe(6);
    expect(chartPeak({ ...outcome, rows: [] })).toBe(0);
  });
});

describe('recap charts: the value axis', () => {
  it('counts in whole steps of 1, 2, 2.5 or 5 times a power of ten, about five ticks, ending at or past the peak', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(valueAxis(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis(480)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
    expect(valueAxis(1_034)).toEqual({ max: 1_250, ticks: [0, 250, 500, 750, 1_000, 1_250] });
    expect(valueAxis(1_234)).toEqual({ max: 1_250, ticks: [0, 250, 500, 750, 1_000, 1_250] });
    expect(valueAxis(12)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
  });
});
