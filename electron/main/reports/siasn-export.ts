/**
 * The SIASN export: each disciplinary SK issued in a period becomes one row of SIASN's
 * disciplinary record (shared/reports/siasn.ts), as CSV or XLSX, with the issued SK PDFs
 * named by SK number. Sanctions that cannot be exported yet (SK not delivered, so no start
 * date; a code the office has not mapped to SIASN's ids) are listed with the reason.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { escapeSpreadsheetCell } from '../../../shared/spreadsheet-cell.ts';
import { buildSiasnRow, SIASN_COLUMNS, siasnDate } from '../../../shared/reports/siasn.ts';
import type { SiasnFacts, SiasnProblem, SiasnRow } from '../../../shared/reports/siasn.ts';
import { findSanction, regulationNumber } from '../examination/sanction-catalogues.ts';
import { checkedIssuedPdf } from '../letters/serve-issued.ts';
import { getSiasnMapping } from './siasn-mapping.ts';
import { selectDecidedAppeals, selectSiasnDecisions } from './siasn-queries.ts';
import { selectChangingAppeal } from '../sanctions/register-queries.ts';
import type { SiasnDecisionRow } from './siasn-queries.ts';
import { selectReceivedSks } from '../bundles/received-report-queries.ts';
import { readReceivedLetter } from '../bundles/received-view.ts';
import { receivedSiasnFacts } from './siasn-received.ts';

export interface SiasnExport {
  /** skLetterId: this office's issued SK; receivedSkSha256: a received case's SK letter, by its hash. */
  rows: { row: SiasnRow; skLetterId: number | null; receivedSkSha256?: string }[];
  skipped: { registerNo: string; nip: string; name: string; reason: string }[];
}

const OUTCOME_TEXT: Record<string, string> = { upheld: 'dikuatkan', lightened: 'diperingan', heavier: 'diperberat', annulled: 'dibatalkan' };

/** The sanction in force after any appeal, and what SIASN's keterangan says about every appeal decided. */
function factsOf(ctx: AppContext, d: SiasnDecisionRow): SiasnFacts {
  const inForce = selectChangingAppeal(ctx.db, d.caseId, d.accusedId);
  const changed = inForce && inForce.outcome !== 'annulled' && inForce.sanctionCode ? inForce : null;
  const sanctionCode = changed?.sanctionCode ?? d.sanctionCode;
  const sanction = findSanction(d.catalogueId, sanctionCode);
  const title = sanction?.title.id ?? sanctionCode;
  const appealNote = selectDecidedAppeals(ctx.db, d.caseId, d.accusedId)
    .map((a) => `; ${a.kind === 'banding' ? 'banding administratif' : 'keberatan'} ${OUTCOME_TEXT[a.outcome]} dengan keputusan ${a.outcomeNumber} tanggal ${siasnDate(a.outcomeDate)}`)
    .join('');
  return {
    registerNo: d.registerNo,
    caseUuid: d.caseUuid,
    revision: d.revision,
    nip: d.nip,
    name: d.name,
    pnsOrangId: d.pnsOrangId,
    golongan: d.golongan || null,
    skNumber: d.skNumber,
    skDate: d.skDate,
    effectiveDate: d.effectiveDate,
    endDate: d.endDate,
    sanctionCode,
    level: sanction?.level ?? d.level,
    durationMonths: changed ? changed.durationMonths : d.durationMonths,
    violationCodes: d.violationCodes,
    regulationNumber: regulationNumber(d.catalogueId),
    annulment: inForce?.outcome === 'annulled' ? { number: inForce.outcomeNumber, date: inForce.outcomeDate } : null,
    note: `${title}; pelanggaran netralitas ASN (register ${d.registerNo})${appealNote}`,
  };
}

function problemText(ctx: AppContext, problems: SiasnProblem[]): string {
  const t = translator(ctx.language());
  return problems.map((p) => (p.key === 'siasn.notDelivered' ? t(p.key) : t(p.key, { kind: t(`siasn.kind.${p.kind}`), code: p.code }))).join('; ');
}

/**
 * Every disciplinary SK issued from `from` to `to` (SK dates), as rows or as reasons they are
 * left out; with `includeReceived`, then those of the cases received from other offices
 * (their register numbers named with the origin's code, since two regencies may share one).
 */
export function collectSiasnExport(ctx: AppContext, from: string, to: string, opts: { includeReceived?: boolean } = {}): SiasnExport {
  const mapping = getSiasnMapping(ctx);
  const out: SiasnExport = { rows: [], skipped: [] };
  for (const d of selectSiasnDecisions(ctx.db, from, to)) {
    const built = buildSiasnRow(factsOf(ctx, d), mapping);
    if (built.ok) out.rows.push({ row: built.row, skLetterId: d.skLetterId });
    else out.skipped.push({ registerNo: d.registerNo, nip: d.nip, name: d.name, reason: problemText(ctx, built.problems) });
  }
  if (!opts.includeReceived) return out;
  for (const r of selectReceivedSks(ctx.db, from, to)) {
    const facts = receivedSiasnFacts(r);
    const built = buildSiasnRow(facts, mapping);
    if (built.ok) out.rows.push({ row: built.row, skLetterId: null, ...(r.skLetterSha256 ? { receivedSkSha256: r.skLetterSha256 } : {}) });
    else out.skipped.push({ registerNo: `${facts.registerNo} (${r.originCode})`, nip: facts.nip, name: facts.name, reason: problemText(ctx, built.problems) });
  }
  return out;
}

/** Cells as SIASN's operator needs them: all text (a NIP is never a number), formulas neutralised. */
const cells = (row: SiasnRow) => SIASN_COLUMNS.map((c) => escapeSpreadsheetCell(row[c]));

/** CSV with a header row, comma separated, every field quoted (Excel keeps NIPs whole), UTF-8 with BOM. */
export function siasnCsv(rows: SiasnRow[]): Buffer {
  const text = Papa.unparse({ fields: [...SIASN_COLUMNS], data: rows.map(cells) }, { quotes: true, newline: '\r\n' });
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}

/** XLSX: one sheet "hukdis", every cell a text cell, header frozen and filterable. */
export async function siasnXlsx(rows: SiasnRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sipena';
  const sheet = book.addWorksheet('hukdis', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SIASN_COLUMNS.map((c) => ({ header: c, key: c, width: Math.max(12, c.length + 2), style: { numFmt: '@' } }));
  for (const row of rows) sheet.addRow(cells(row));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SIASN_COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A file name for an SK number ("800.1.6.4/12/SK-HD/2024" -> "800.1.6.4-12-SK-HD-2024.pdf"). */
export function skFileName(skNumber: string): string {
  return `${skNumber.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '')}.pdf`;
}

/** The issued SK PDFs of the exported rows (received ones too, when held), each checked against its recorded hash before it is handed out. */
export function siasnSkPdfs(ctx: AppContext, exp: SiasnExport): { fileName: string; bytes: Buffer }[] {
  const out: { fileName: string; bytes: Buffer }[] = [];
  for (const r of exp.rows) {
    if (r.skLetterId !== null) out.push({ fileName: skFileName(r.row.skNomor), bytes: Buffer.from(checkedIssuedPdf(ctx, r.skLetterId).pdfBase64, 'base64') });
    else if (r.receivedSkSha256) out.push({ fileName: skFileName(r.row.skNomor), bytes: Buffer.from(readReceivedLetter(ctx, r.receivedSkSha256).pdf) });
  }
  return out;
}
