/**
 * The printed recap for the regional head or the DPRD: the office letterhead (the letters'
 * kop), the title, period and filters, the pivot table, the two charts and the Inspector's
 * signature, on A4 or F4. A table too wide for a portrait page turns the page; wider still,
 * its columns continue in a second table (the row labels repeated), so no count is dropped.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import type { TFunction } from 'i18next';
import type { OfficeSettings, PaperSize } from '../../../shared/letters/office-settings.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import { RECAP_MEASURES } from '../../../shared/reports/recap.ts';
import type { RecapCounts, RecapResult } from '../../../shared/reports/recap.ts';
import { recapChartSpecs } from '../../../shared/reports/recap-chart.ts';
import { LETTER_FONT, pageSizeFor, paperDimensions, SVG_FONT } from '../letters/render-pdf.ts';
import { letterhead } from '../letters/parts/letterhead.ts';
import { mmToPt } from '../letters/parts/page-setup.ts';
import { signatureBlock } from '../letters/parts/signature-block.ts';
import { barChartSvg } from './recap-chart-svg.ts';

export interface RecapDocInput {
  recap: RecapResult;
  office: OfficeSettings;
  paper: PaperSize;
  /** The day printed beside the signature (ISO). */
  date: string;
  now: Date;
  logoPath?: string;
  t: TFunction;
}

const LABEL_WIDTH = 150;
const NUMBER_WIDTH = 44;
/** The four totals' columns: wide enough for "Rekomendasi" in bold 8 pt on one line. */
const MEASURE_WIDTH = 56;
const fmt = (n: number) => n.toLocaleString('id-ID');
const spanHead = (text: string) => ({ text, bold: true, fontSize: 7.5, alignment: 'center' as const, fillColor: '#e9ecef' });
const head = (text: string): TableCell => spanHead(text);
const numberCell = (n: number, bold = false): TableCell => ({ text: fmt(n), alignment: 'right', bold });

/** Column indexes per printed table: as many as fit beside the row labels (the four totals go with the last part). */
function columnParts(count: number, width: number): number[][] {
  if (count === 0) return [[]];
  const room = Math.max(2, Math.floor((width - LABEL_WIDTH - RECAP_MEASURES.length * MEASURE_WIDTH) / NUMBER_WIDTH));
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= room) return [all];
  const perPart = Math.max(2, Math.floor((width - LABEL_WIDTH) / NUMBER_WIDTH));
  const parts: number[][] = [];
  for (let i = 0; i < count; i += perPart) parts.push(all.slice(i, i + perPart));
  // The totals need room in the last part.
  const last = parts.at(-1)!;
  if (last.length > room) parts.push(last.splice(room));
  return parts;
}

function pivotTable(r: RecapResult, cols: number[], withTotals: boolean, t: TFunction): Content {
  const measures = (c: RecapCounts, bold = false) => (withTotals ? RECAP_MEASURES.map((m) => numberCell(c[m], bold || m === 'accused')) : []);
  const twoWay = r.columns.length > 0;
  const headerRows: TableCell[][] = [];
  if (twoWay) {
    headerRows.push([
      { ...spanHead(r.rowsLabel), rowSpan: 2 },
      ...(cols.length > 0 ? [{ ...spanHead(`${r.columnsLabel} (${t('recap.measures.accused')})`), colSpan: cols.length }, ...cols.slice(1).map(() => '')] : []),
      ...(withTotals ? [{ ...spanHead(t('recap.total')), colSpan: RECAP_MEASURES.length }, '', '', ''] : []),
    ] as TableCell[]);
  }
  headerRows.push([
    twoWay ? '' : head(r.rowsLabel),
    ...cols.map((j) => head(r.columns[j]!.label)),
    ...(withTotals ? RECAP_MEASURES.map((m) => head(t(`recap.measures.${m}`))) : []),
  ]);
  const body: TableCell[][] = [
    ...headerRows,
    ...r.rows.map((h, i) => [{ text: h.label } as TableCell, ...cols.map((j) => numberCell(r.cells[i]![j]!.accused)), ...measures(r.rowTotals[i]!)]),
    [{ text: t('recap.total'), bold: true }, ...cols.map((j) => numberCell(r.columnTotals[j]!.accused, true)), ...measures(r.total, true)],
  ];
  return {
    table: { headerRows: headerRows.length, dontBreakRows: true, widths: [LABEL_WIDTH, ...cols.map(() => '*' as const), ...(withTotals ? RECAP_MEASURES.map(() => MEASURE_WIDTH) : [])], body },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#868e96', vLineColor: () => '#868e96', paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 3, paddingRight: () => 3 },
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

function charts(r: RecapResult, width: number, maxHeight: number, t: TFunction): Content[] {
  if (r.rows.length === 0) return [];
  const { breakdown: b, outcome: o, truncated } = recapChartSpecs(r, (m) => t(`recap.measures.${m}`));
  const chartWidth = Math.min(width, 620);
  const breakdown = barChartSvg({ ...b, width: chartWidth, font: SVG_FONT });
  const outcome = barChartSvg({ ...o, width: chartWidth, font: SVG_FONT });
  const chart = (title: string, svg: { svg: string; height: number }): Content => ({
    stack: [{ text: `${title}${truncated}`, bold: true, fontSize: 9, margin: [0, 6, 0, 4] }, // Scaled down (never up) when a chart would not fit one page: an unbreakable block taller than the page is not printed at all.
      { svg: svg.svg, fit: [chartWidth, Math.min(svg.height, maxHeight)], font: SVG_FONT } as Content],
    unbreakable: true,
  });
  return [chart(t('recap.chartBreakdown', { rows: r.rowsLabel }), breakdown), chart(t('recap.chartOutcome', { rows: r.rowsLabel }), outcome)];
}

/** The recap's pdfmake document definition. */
export function recapDocument(input: RecapDocInput): TDocumentDefinitions {
  const { recap: r, office, t } = input;
  const m = office.marginsMm;
  const margins: [number, number, number, number] = [mmToPt(m.left), mmToPt(Math.min(m.top, 20)), mmToPt(m.right), mmToPt(Math.min(m.bottom, 20))];
  const portrait = paperDimensions(input.paper);
  const portraitWidth = portrait.width - margins[0] - margins[2];
  const landscape = LABEL_WIDTH + r.columns.length * NUMBER_WIDTH + RECAP_MEASURES.length * MEASURE_WIDTH > portraitWidth;
  const width = (landscape ? portrait.height : portrait.width) - margins[0] - margins[2];
  const parts = columnParts(r.columns.length, width);
  const by = r.columnsLabel ? t('recap.byTwo', { rows: r.rowsLabel, columns: r.columnsLabel }) : t('recap.by', { rows: r.rowsLabel });
  const f = r.query.filters;
  const content: Content[] = [
    letterhead(office, { ...(input.logoPath ? { logoPath: input.logoPath } : {}), width }),
    { text: t('recap.docTitle'), bold: true, fontSize: 12, alignment: 'center' },
    { text: by.toUpperCase(), bold: true, fontSize: 11, alignment: 'center', margin: [0, 2, 0, 2] },
    { text: t('recap.period', { from: formatDate(f.from), to: formatDate(f.to) }), alignment: 'center' },
    ...r.filterLines.map((line): Content => ({ text: line, alignment: 'center', fontSize: 9 })),
    ...(r.origin.instansiCode ? [{ text: t('recap.instansiLine', { code: r.origin.instansiCode }), alignment: 'center', fontSize: 9 } as Content] : []),
    {
      text: `${t('recap.cases', { cases: fmt(r.cases), accused: fmt(r.total.accused) })}; ${RECAP_MEASURES.slice(1).map((k) => `${t(`recap.measures.${k}`).toLowerCase()} ${fmt(r.total[k])}`).join(', ')}.`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 4, 0, 10],
    },
    ...(r.rows.length === 0 ? [{ text: t('recap.empty'), italics: true } as Content] : parts.map((cols, i) => pivotTable(r, cols, i === parts.length - 1, t))),
    { text: t('recap.definitions'), fontSize: 7.5, italics: true, color: '#495057', margin: [0, 0, 0, 6] },
    ...charts(r, width, (landscape ? portrait.width : portrait.height) - margins[1] - margins[3] - 40, t),
    { ...(signatureBlock({ place: office.city, date: input.date, signatory: office.signatories.inspector }) as object), unbreakable: true } as Content,
  ];
  return {
    pageSize: pageSizeFor(input.paper),
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: margins,
    defaultStyle: { font: LETTER_FONT, fontSize: 10, lineHeight: 1.1 },
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: t('recap.generated', { date: formatDate(input.date) }), fontSize: 7, color: '#868e96' },
        { text: `${page} / ${pages}`, fontSize: 7, alignment: 'right', color: '#868e96' },
      ],
      margin: [margins[0], 8, margins[2], 0],
    }),
    info: { title: `${t('recap.docTitle')} ${by}`, subject: t('recap.title'), creationDate: input.now },
    content,
  };
}
