/** The register of sanctions as a spreadsheet: the rows the screen's status and search select, every one, with the sanction in force after appeals. */
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { SanctionRow, sanctionsListSchema } from '../../../shared/sanctions/register.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { exportTable } from '../reports/table-writer.ts';
import { caseIdentityColumns } from '../reports/case-identity-columns.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import { listSanctions } from './register-service.ts';

export function exportSanctions(ctx: AppContext, q: Omit<z.output<typeof sanctionsListSchema>, 'offset' | 'limit'>, format: TableFormat): Promise<TableFile> {
  const t = translator(ctx.language());
  // The register is hundreds of rows, not the case list's 100,000: one read of all of them.
  const { total } = listSanctions(ctx, { ...q, limit: 1, offset: 0 });
  const rows = total === 0 ? [] : listSanctions(ctx, { ...q, limit: total, offset: 0 }).rows;
  const columns: TableColumn<SanctionRow>[] = [
    { header: t('employee.nip'), kind: 'text', width: 22, value: (r) => r.nip },
    { header: t('employee.name'), kind: 'text', width: 30, value: (r) => r.name },
    { header: t('employee.unitKerja'), kind: 'text', width: 28, value: (r) => r.unitKerja },
    { header: t('sanctionsUi.col.sanction'), kind: 'text', width: 44, value: (r) => r.sanctionTitle },
    { header: t('sanctionsExport.level'), kind: 'text', width: 10, value: (r) => t(`sanctionsUi.level.${r.level}`) },
    { header: t('sanctionsExport.months'), kind: 'number', width: 10, value: (r) => r.durationMonths },
    { header: t('sanctionsUi.col.start'), kind: 'date', width: 12, value: (r) => r.startDate },
    { header: t('sanctionsUi.col.end'), kind: 'date', width: 12, value: (r) => r.endDate },
    { header: t('sanctionsExport.skNumber'), kind: 'text', width: 30, value: (r) => r.skNumber },
    { header: t('sanctionsExport.skDate'), kind: 'date', width: 12, value: (r) => r.skDate },
    { header: t('sanctionsExport.deliveredOn'), kind: 'date', width: 12, value: (r) => r.deliveredOn },
    { header: t('sanctionsUi.col.decidedBy'), kind: 'text', width: 36, value: (r) => `${r.decidedBy.title}, ${r.decidedBy.name}` },
    { header: t('sanctionsExport.appeal'), kind: 'text', width: 40, value: (r) => (r.appeal ? t(`sanctionsUi.appeal.${r.appeal.outcome}`, { number: r.appeal.number, date: formatDate(r.appeal.date) }) : null) },
    { header: t('sanctionsUi.col.status'), kind: 'text', width: 14, value: (r) => t(`sanctionsUi.status.${r.status}`) },
    { header: t('sanctionsUi.col.notice'), kind: 'text', width: 30, value: (r) => (r.notice ? r.notice.number : null) },
    { header: t('case.registerNo'), kind: 'text', width: 26, value: (r) => r.registerNo },
    ...caseIdentityColumns(ctx.db, rows, (r) => r.caseId, t),
  ];
  return exportTable(ctx, { stem: 'hukuman-berjalan', sheet: { id: 'Hukuman', en: 'Sanctions' }, columns, rows, format });
}
