/** The received cases list as a spreadsheet: every case the list's origin filter and search select, as the list shows it. */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { ReceivedCaseSummary, ReceivedListQuery } from '../../../shared/bundles/received.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { exportTable, translatedOnce } from '../reports/table-writer.ts';
import { iterateReceivedSummaries } from './received-queries.ts';
import { summaryOf } from './received-view.ts';

function* summaries(ctx: AppContext, q: Omit<ReceivedListQuery, 'offset' | 'limit'>): Generator<ReceivedCaseSummary> {
  for (const row of iterateReceivedSummaries(ctx.db, q)) yield summaryOf(row);
}

export function exportReceivedList(ctx: AppContext, q: Omit<ReceivedListQuery, 'offset' | 'limit'>, format: TableFormat): Promise<TableFile> {
  const t = translator(ctx.language());
  const status = translatedOnce((s) => (s ? t(`workflowStates.${s}`, { defaultValue: s }) : ''));
  const yes = (flag: boolean) => (flag ? t('received.yes') : '');
  const columns: TableColumn<ReceivedCaseSummary>[] = [
    { header: t('received.originCode'), kind: 'text', width: 12, value: (c) => c.originCode },
    { header: t('received.origin'), kind: 'text', width: 32, value: (c) => c.originName },
    { header: t('received.registerNo'), kind: 'text', width: 24, value: (c) => c.registerNo },
    { header: t('received.accused'), kind: 'text', width: 32, value: (c) => c.accused.map((a) => a.name).join('; ') },
    { header: t('received.nip'), kind: 'text', width: 22, value: (c) => c.accused.map((a) => a.nip).join('; ') },
    { header: t('received.status'), kind: 'text', width: 20, value: (c) => status(c.status) },
    { header: t('received.latest'), kind: 'number', width: 10, value: (c) => c.revision },
    { header: t('received.receivedAt'), kind: 'date', width: 14, value: (c) => c.receivedAt.slice(0, 10) },
    { header: t('received.revisionCount'), kind: 'number', width: 10, value: (c) => c.revisions },
    { header: t('received.gap'), kind: 'text', width: 14, value: (c) => yes(c.gap) },
    { header: t('received.conflict'), kind: 'text', width: 14, value: (c) => yes(c.conflict) },
    { header: t('received.caseUuid'), kind: 'text', width: 38, value: (c) => c.caseUuid },
  ];
  return exportTable(ctx, { stem: 'kasus-diterima', sheet: { id: 'Kasus diterima', en: 'Received cases' }, columns, rows: summaries(ctx, q), format });
}
