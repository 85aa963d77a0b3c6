/**
 * A recap as the screen, the spreadsheet, the printed PDF and the CLI all show it: the
 * counts of recap-queries.ts with their headings labelled in the caller's language, ordered
 * (fixed lists in their natural order, OPDs, violations and sanctions largest first), and
 * totals that count each person once.
 */
import type { TFunction } from 'i18next';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { MONTHS_ID } from '../../../shared/indonesian/dates.ts';
import { CASE_SOURCES } from '../../../shared/cases/schemas.ts';
import { EMPLOYMENT_TYPES } from '../../../shared/employees/employment-type.ts';
import { WORKFLOW_STATES } from '../../../shared/workflow/states.ts';
import { addCounts, isOwnOrigin, RECAP_DIMENSIONS, RECAP_OWN, RECAP_RECEIVED, RECAP_LEVELS, RECAP_MEASURES, RECAP_NONE, zeroCounts } from '../../../shared/reports/recap.ts';
import type { RecapCounts, RecapDimension, RecapFilters, RecapHeading, RecapOptions, RecapQuery, RecapResult } from '../../../shared/reports/recap.ts';
import { currentCatalogue, violationCatalogues } from '../catalogue/violations.ts';
import { violationTitleMap } from '../../../shared/catalogue/violation-titles.ts';
import { allSanctionCatalogues } from '../examination/sanction-catalogues.ts';
import { countRecapCases, selectOpdNames, selectRecapCells, selectRecapValuesInUse } from './recap-queries.ts';
import type { RecapCellRow } from './recap-queries.ts';
import { countReceivedRecapCases, selectReceivedRecapCells, selectReceivedSanctionCodes } from '../bundles/received-report-queries.ts';
import { selectReceivedOrigins } from '../bundles/received-queries.ts';
import type { Db } from '../db/connection.ts';

/** The counts from this office's cases or from the received ones, as the origin filter says. */
function cellsOf(db: Db, filters: RecapFilters, dims: RecapDimension[]): RecapCellRow[] {
  return isOwnOrigin(filters.origin) ? selectRecapCells(db, filters, dims) : selectReceivedRecapCells(db, filters, dims);
}

function casesOf(db: Db, filters: RecapFilters): number {
  return isOwnOrigin(filters.origin) ? countRecapCases(db, filters) : countReceivedRecapCases(db, filters);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Labeller {
  label: (dim: RecapDimension, key: string) => string;
  /** Position of a key in its fixed list, or null where the order is by size. */
  rank: (dim: RecapDimension, key: string) => number | null;
}

function labeller(ctx: AppContext, t: TFunction): Labeller {
  const en = ctx.language() === 'en';
  let opds: Map<string, string> | null = null;
  const violations = violationTitleMap(violationCatalogues, currentCatalogue.version, en ? 'en' : 'id');
  const sanctions = new Map<string, string>();
  for (const c of allSanctionCatalogues()) for (const s of c.sanctions) sanctions.set(s.code, `${en ? s.title.en : s.title.id} (${c.regulation.split(' tentang')[0]})`);
  const label = (dim: RecapDimension, key: string): string => {
    switch (dim) {
      case 'period': {
        const [y, m] = key.split('-');
        return `${(en ? MONTHS_EN : MONTHS_ID)[Number(m) - 1] ?? m} ${y}`;
      }
      case 'opd':
        opds ??= selectOpdNames(ctx.db);
        // A received case names its OPD in words (`opd:` + the name), not by this office's list.
        if (key.startsWith('opd:')) return key.slice(4);
        return key === RECAP_NONE ? t('recap.noOpd') : (opds.get(key) ?? key);
      case 'employment':
        return t(`employmentTypes.${key}`, { defaultValue: key });
      case 'source':
        return key === RECAP_NONE ? t('recap.noSource') : t(`sources.${key}`, { defaultValue: key });
      case 'violation':
        return key === RECAP_NONE ? t('recap.noViolation') : (violations.get(key) ?? key);
      case 'level':
        return t(`recap.levels.${key}`, { defaultValue: key });
      case 'sanction':
        return key === RECAP_NONE ? t('recap.noSanction') : key === 'NON-ASN-KONTRAK' ? t('recap.levels.other') : (sanctions.get(key) ?? key);
      case 'status':
        return t(`workflowStates.${key}`, { defaultValue: key });
    }
  };
  const fixed: Partial<Record<RecapDimension, readonly string[]>> = { employment: EMPLOYMENT_TYPES, source: CASE_SOURCES, level: RECAP_LEVELS, status: WORKFLOW_STATES };
  const rank = (dim: RecapDimension, key: string): number | null => {
    if (dim === 'period') return Number(key.replace('-', ''));
    const list = fixed[dim];
    if (!list) return null;
    const i = list.indexOf(key);
    return i < 0 ? list.length : i;
  };
  return { label, rank };
}

/** Headings of one dimension ordered: fixed lists as listed, the rest by total (largest first), "none" last. */
function order(dim: RecapDimension, totals: Map<string, RecapCounts>, l: Labeller): RecapHeading[] {
  const keys = [...totals.keys()];
  keys.sort((a, b) => {
    if ((a === RECAP_NONE) !== (b === RECAP_NONE)) return a === RECAP_NONE ? 1 : -1;
    const ra = l.rank(dim, a);
    const rb = l.rank(dim, b);
    if (ra !== null && rb !== null && ra !== rb) return ra - rb;
    const diff = totals.get(b)!.accused - totals.get(a)!.accused;
    return diff !== 0 ? diff : l.label(dim, a).localeCompare(l.label(dim, b), 'id');
  });
  return keys.map((key) => ({ key, label: l.label(dim, key) }));
}

function sumBy(rows: { key: string; counts: RecapCounts }[]): Map<string, RecapCounts> {
  const out = new Map<string, RecapCounts>();
  for (const r of rows) addCounts(out.get(r.key) ?? out.set(r.key, zeroCounts()).get(r.key)!, r.counts);
  return out;
}

/** The origin filter in words: this office's cases, every received case, or one origin by name and code. */
function originLabel(ctx: AppContext, t: TFunction, origin: string | undefined): string {
  if (isOwnOrigin(origin)) return t('recap.originOwn');
  if (origin === RECAP_RECEIVED) return t('recap.originReceived');
  const known = selectReceivedOrigins(ctx.db).find((o) => o.code === origin);
  return known ? `${known.name} (${known.code})` : origin!;
}

function filterLines(ctx: AppContext, f: RecapFilters, t: TFunction, l: Labeller): string[] {
  const pairs: [RecapDimension, string | number | undefined][] = [
    ['opd', f.opdId],
    ['employment', f.employmentType],
    ['source', f.source],
    ['violation', f.violationCode],
    ['level', f.level],
    ['sanction', f.sanctionCode],
    ['status', f.status],
  ];
  const lines = pairs.filter(([, v]) => v !== undefined && v !== '').map(([dim, v]) => t('recap.filterLine', { name: t(`recap.dimensions.${dim}`), value: l.label(dim, String(v)) }));
  // Received cases are said first: a printed recap of them must not pass for this office's own.
  return isOwnOrigin(f.origin) ? lines : [t('recap.filterLine', { name: t('recap.caseOrigin'), value: originLabel(ctx, t, f.origin) }), ...lines, t('recap.receivedNote')];
}

/** The recap a query asks for. */
export function buildRecap(ctx: AppContext, query: RecapQuery): RecapResult {
  const t = translator(ctx.language());
  const l = labeller(ctx, t);
  const { filters, rows: rowDim, columns: colDim } = query;
  const dims = colDim ? [rowDim, colDim] : [rowDim];
  const cells = cellsOf(ctx.db, filters, dims);
  const office = getOfficeSettings(ctx);
  const countsOf = (c: RecapCounts): RecapCounts => ({ accused: c.accused, recommended: c.recommended, decided: c.decided, sanctioned: c.sanctioned });

  // A person counts once per row and once per column unless the other dimension is the
  // violation (several per case): then that dimension's totals are counted apart.
  const rowTotals = colDim === 'violation' ? sumBy(cellsOf(ctx.db, filters, [rowDim]).map((c) => ({ key: c.r, counts: countsOf(c) }))) : sumBy(cells.map((c) => ({ key: c.r, counts: countsOf(c) })));
  const colTotals = !colDim ? new Map<string, RecapCounts>() : rowDim === 'violation' ? sumBy(cellsOf(ctx.db, filters, [colDim]).map((c) => ({ key: c.r, counts: countsOf(c) }))) : sumBy(cells.map((c) => ({ key: c.k!, counts: countsOf(c) })));

  // Without the violation each person is in exactly one cell, so the cells add up to the total.
  const total = dims.includes('violation') ? countsOf(cellsOf(ctx.db, filters, [])[0] ?? zeroCounts()) : [...rowTotals.values()].reduce((sum, c) => addCounts(sum, c), zeroCounts());
  const rows = order(rowDim, rowTotals, l);
  const columns = colDim ? order(colDim, colTotals, l) : [];
  const rowIndex = new Map(rows.map((h, i) => [h.key, i]));
  const colIndex = new Map(columns.map((h, i) => [h.key, i]));
  const matrix = colDim ? rows.map(() => columns.map(() => zeroCounts())) : rows.map(() => []);
  if (colDim) for (const c of cells) addCounts(matrix[rowIndex.get(c.r)!]![colIndex.get(c.k!)!]!, countsOf(c));
  return {
    query,
    rowsLabel: t(`recap.dimensions.${rowDim}`),
    columnsLabel: colDim ? t(`recap.dimensions.${colDim}`) : null,
    filterLines: filterLines(ctx, filters, t, l),
    rows,
    columns,
    cells: matrix,
    rowTotals: rows.map((h) => rowTotals.get(h.key)!),
    columnTotals: columns.map((h) => colTotals.get(h.key)!),
    total,
    cases: casesOf(ctx.db, filters),
    origin: { instansiCode: office.bknInstansiCode, officeName: office.officeName },
  };
}

/** What the recap screen's filters and pivot offer, labelled. */
export function recapOptions(ctx: AppContext): RecapOptions {
  const t = translator(ctx.language());
  const l = labeller(ctx, t);
  const used = selectRecapValuesInUse(ctx.db);
  const heading = (dim: RecapDimension) => (key: string) => ({ key, label: l.label(dim, key) });
  const byLabel = (a: RecapHeading, b: RecapHeading) => a.label.localeCompare(b.label, 'id');
  const violationCodes = new Set(violationCatalogues.flatMap((c) => c.entries.map((e) => e.code)));
  const statuses = [...new Set<string>([...WORKFLOW_STATES, ...used.statuses])];
  return {
    origins: [
      { key: RECAP_OWN, label: t('recap.originOwn') },
      { key: RECAP_RECEIVED, label: t('recap.originReceived') },
      ...selectReceivedOrigins(ctx.db).map((o) => ({ key: o.code, label: `${o.name} (${o.code})` })),
    ],
    opds: [...selectOpdNames(ctx.db).entries()].map(([key, label]) => ({ key, label })),
    violations: [...violationCodes].map(heading('violation')).sort(byLabel),
    sanctions: [...new Set([...used.sanctionCodes, ...selectReceivedSanctionCodes(ctx.db), RECAP_NONE])].map(heading('sanction')).sort(byLabel),
    statuses: statuses.map(heading('status')),
    sources: CASE_SOURCES.map(heading('source')),
    employmentTypes: EMPLOYMENT_TYPES.map(heading('employment')),
    levels: RECAP_LEVELS.map(heading('level')),
    dimensions: RECAP_DIMENSIONS.map((key) => ({ key, label: t(`recap.dimensions.${key}`) })),
    measures: RECAP_MEASURES.map((key) => ({ key, label: t(`recap.measures.${key}`) })),
  };
}
