/** The register of issued letters as a spreadsheet: the letters the list's type and date filters select, with the hashes that verify them. */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { LETTER_TITLES } from '../../../shared/letters/letter-types.ts';
import type { IssuedLetter } from '../../../shared/letters/issued.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { exportTable } from '../reports/table-writer.ts';
import { caseIdentityColumns } from '../reports/case-identity-columns.ts';
import { listIssued } from './issued-queries.ts';
import type { IssuedFilter } from './issued-queries.ts';

export function exportIssuedLetters(ctx: AppContext, f: Omit<IssuedFilter, 'limit'>, format: TableFormat): Promise<TableFile> {
  const t = translator(ctx.language());
  const columns: TableColumn<IssuedLetter>[] = [
    { header: t('letterUi.number'), kind: 'text', width: 30, value: (l) => l.number },
    { header: t('letterUi.date'), kind: 'date', width: 12, value: (l) => l.letterDate },
    { header: t('letterUi.choose'), kind: 'text', width: 36, value: (l) => LETTER_TITLES[l.type] },
    { header: t('letterUi.about'), kind: 'text', width: 36, value: (l) => l.about },
    { header: t('case.registerNo'), kind: 'text', width: 26, value: (l) => l.registerNo },
    { header: t('letterUi.status'), kind: 'text', width: 12, value: (l) => (l.status === 'issued' ? t('letterUi.statusIssued') : t('letterUi.voided')) },
    { header: t('letterUi.voidReason'), kind: 'text', width: 30, value: (l) => l.voidReason },
    { header: t('letterExport.issuedBy'), kind: 'text', width: 16, value: (l) => l.issuedBy },
    { header: t('letterUi.sha'), kind: 'text', width: 66, value: (l) => l.sha256 },
  ];
  // No LIMIT: every letter the filters select (a year's register is a few thousand rows).
  const rows = listIssued(ctx.db, { ...f, limit: -1 });
  columns.push(...caseIdentityColumns(ctx.db, rows, (l) => l.caseId, t));
  return exportTable(ctx, { stem: 'naskah-terbit', sheet: { id: 'Naskah', en: 'Letters' }, columns, rows, format });
}
