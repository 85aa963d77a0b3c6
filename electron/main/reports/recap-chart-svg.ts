/**
 * The recap's charts for the printed PDF, as SVG text that pdfmake draws (svg-to-pdfkit).
 *
 * Why a small builder of our own and not recharts rendered on the server: recharts 3 lays
 * its charts out in effects and its store, which react-dom/server's renderToStaticMarkup
 * never runs, so at a fixed width and height it returns an empty wrapper <div> and no SVG
 * at all (checked with recharts 3.11). It would also put React, react-dom/server, recharts and
 * redux into the main process for two bar charts. This builder is deterministic (the same
 * recap gives the same bytes), uses only what svg-to-pdfkit draws reliably (rect, line, text
 * in a standard PDF font: render-pdf.ts SVG_FONT, no CSS, no images, no links) and follows the screen's chart: the
 * same rows (shared/reports/recap-chart.ts), the same colours, horizontal bars with values.
 */
import { chartPeak, valueAxis } from '../../../shared/reports/recap-chart.ts';
import type { ChartSpec } from '../../../shared/reports/recap-chart.ts';

/** A chart of the recap (shared/reports/recap-chart.ts) at a width in points, in a PDF font. */
export interface SvgBarChart extends ChartSpec {
  width: number;
  font: string;
}

const FONT_SIZE = 7;
// Helvetica's average advance in mixed-case Indonesian text is about half the size; a little more keeps cut labels clear of the axis.
const CHAR_WIDTH = 0.54 * FONT_SIZE;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const num = (n: number) => String(Math.round(n * 100) / 100);
const textWidth = (s: string) => s.length * CHAR_WIDTH;

/** The label cut to fit `width` points, with an ellipsis. */
function fit(label: string, width: number): string {
  const max = Math.floor(width / CHAR_WIDTH);
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The chart as SVG text and its height in points. */
export function barChartSvg(c: SvgBarChart): { svg: string; height: number } {
  const labelWidth = Math.min(c.width * 0.34, 210);
  const x0 = labelWidth + 6;
  const plotWidth = c.width - x0 - 26;
  const barHeight = c.stacked ? 11 : 4.5;
  const band = c.stacked ? 16 : c.series.length * (barHeight + 0.5) + 7;
  const top = 4;
  const plotHeight = c.rows.length * band;
  const totals = c.rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const { max, ticks } = valueAxis(chartPeak(c));
  const x = (v: number) => x0 + (v / max) * plotWidth;
  const color = (i: number) => c.series[i]!.color;
  const font = `font-family="${esc(c.font)}" font-size="${FONT_SIZE}"`;
  const parts: string[] = [];

  for (const v of ticks) {
    parts.push(`<line x1="${num(x(v))}" y1="${top}" x2="${num(x(v))}" y2="${num(top + plotHeight)}" stroke="#dee2e6" stroke-width="0.5"/>`);
    parts.push(`<text x="${num(x(v))}" y="${num(top + plotHeight + 9)}" ${font} fill="#495057" text-anchor="middle">${v}</text>`);
  }
  c.rows.forEach((r, i) => {
    const yBand = top + i * band;
    parts.push(`<text x="${num(labelWidth)}" y="${num(yBand + band / 2 + FONT_SIZE * 0.35)}" ${font} fill="#212529" text-anchor="end">${esc(fit(r.label, labelWidth))}</text>`);
    if (c.stacked) {
      let at = 0;
      const y = yBand + (band - barHeight) / 2;
      r.values.forEach((v, s) => {
        if (v <= 0) return;
        parts.push(`<rect x="${num(x(at))}" y="${num(y)}" width="${num(x(at + v) - x(at))}" height="${barHeight}" fill="${color(s)}"/>`);
        at += v;
      });
      parts.push(`<text x="${num(x(at) + 3)}" y="${num(y + barHeight / 2 + FONT_SIZE * 0.35)}" ${font} fill="#212529">${totals[i]}</text>`);
    } else {
      r.values.forEach((v, s) => {
        const y = yBand + 3.5 + s * (barHeight + 0.5);
        if (v > 0) parts.push(`<rect x="${num(x0)}" y="${num(y)}" width="${num(x(v) - x0)}" height="${barHeight}" fill="${color(s)}"/>`);
        parts.push(`<text x="${num(x(v) + 2)}" y="${num(y + barHeight - 0.5)}" font-family="${esc(c.font)}" font-size="4.5" fill="#495057">${v}</text>`);
      });
    }
  });
  parts.push(`<line x1="${num(x0)}" y1="${top}" x2="${num(x0)}" y2="${num(top + plotHeight)}" stroke="#868e96" stroke-width="0.6"/>`);

  // Legend under the axis, wrapped to the width.
  let lx = x0;
  let ly = top + plotHeight + 22;
  c.series.forEach((s, i) => {
    const w = 12 + textWidth(s.label) + 12;
    if (lx + w > c.width && lx > x0) {
      lx = x0;
      ly += 11;
    }
    parts.push(`<rect x="${num(lx)}" y="${num(ly - 6)}" width="7" height="7" fill="${color(i)}"/>`);
    parts.push(`<text x="${num(lx + 10)}" y="${num(ly)}" ${font} fill="#212529">${esc(s.label)}</text>`);
    lx += w;
  });
  const height = Math.ceil(ly + 6);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${num(c.width)}" height="${height}" viewBox="0 0 ${num(c.width)} ${height}">${parts.join('')}</svg>`;
  return { svg, height };
}
