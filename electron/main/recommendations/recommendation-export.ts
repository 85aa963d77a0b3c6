/** The recommendation list as a spreadsheet: one row per named employee, as the screen lists them. */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { RecEmployee, RecommendationListQuery, RecommendationSummary } from '../../../shared/recommendations/schemas.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { writeTable } from '../reports/table-writer.ts';
import { getRecommendation, listRecommendations } from './recommendation-service.ts';

type Row = { rec: RecommendationSummary; e: RecEmployee };

export async function exportRecommendations(ctx: AppContext, q: RecommendationListQuery, format: TableFormat): Promise<TableFile> {
  const t = translator(ctx.language());
  const rows: Row[] = listRecommendations(ctx, q).flatMap((rec) =>
    getRecommendation(ctx, rec.id)
      .employees.filter((e) => !q.status || e.status === q.status)
      .map((e) => ({ rec, e })),
  );
  const columns: TableColumn<Row>[] = [
    { header: t('rec.issuer'), kind: 'text', width: 34, value: (r) => r.rec.issuerName },
    { header: t('rec.letterNumber'), kind: 'text', width: 28, value: (r) => r.rec.letterNumber },
    { header: t('rec.letterDate'), kind: 'date', width: 14, value: (r) => r.rec.letterDate },
    { header: t('rec.receivedDate'), kind: 'date', width: 14, value: (r) => r.rec.receivedDate },
    { header: t('rec.dueDate'), kind: 'date', width: 14, value: (r) => r.rec.dueDate },
    { header: t('rec.name'), kind: 'text', width: 30, value: (r) => r.e.name },
    { header: t('rec.nip'), kind: 'text', width: 22, value: (r) => r.e.nip },
    { header: t('rec.violation'), kind: 'text', width: 50, value: (r) => r.e.violationTitle },
    { header: t('rec.sanction'), kind: 'text', width: 36, value: (r) => r.e.sanctionTitle },
    { header: t('rec.status'), kind: 'text', width: 22, value: (r) => t(`rec.statuses.${r.e.status}`) + (r.e.overdue ? ` (${t('rec.overdue')})` : '') },
    { header: t('rec.case'), kind: 'text', width: 26, value: (r) => r.e.registerNo },
    { header: t('rec.skNumber'), kind: 'text', width: 28, value: (r) => r.e.decision?.skNumber ?? null },
    { header: t('rec.skDate'), kind: 'date', width: 14, value: (r) => r.e.decision?.skDate ?? null },
    { header: t('rec.notFollowedReason'), kind: 'text', width: 40, value: (r) => r.e.notFollowedReason },
  ];
  const { bytes, count } = await writeTable(format, ctx.language() === 'en' ? 'Recommendations' : 'Rekomendasi', columns, rows);
  return { fileName: `daftar-rekomendasi-${localIsoDate(ctx.now())}.${format}`, fileBase64: bytes.toString('base64'), rows: count };
}
