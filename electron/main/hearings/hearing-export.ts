/** The hearing calendar's range as a spreadsheet: every session from `from` to `to` (no per-day cap), the day, times, case, accused, room and attendance. */
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { CalendarSession } from '../../../shared/examination/types.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { exportTable } from '../reports/table-writer.ts';
import { caseIdentityColumns } from '../reports/case-identity-columns.ts';
import { selectCalendarRange } from './session-queries.ts';

export function exportHearings(ctx: AppContext, range: { from: string; to: string }, format: TableFormat): Promise<TableFile> {
  if (range.to < range.from) throw new AppError('INVALID_INPUT', 'schedule.rangeReversed');
  const t = translator(ctx.language());
  const columns: TableColumn<CalendarSession>[] = [
    { header: t('hearingExport.date'), kind: 'date', width: 12, value: (s) => s.startAt.slice(0, 10) },
    { header: t('hearingExport.start'), kind: 'text', width: 8, value: (s) => s.startAt.slice(11, 16) },
    { header: t('hearingExport.end'), kind: 'text', width: 8, value: (s) => s.endAt.slice(11, 16) },
    { header: t('case.registerNo'), kind: 'text', width: 26, value: (s) => s.registerNo },
    { header: t('case.accused'), kind: 'text', width: 32, value: (s) => s.accusedName },
    { header: t('hearingExport.room'), kind: 'text', width: 22, value: (s) => s.roomName },
    { header: t('attendance.label'), kind: 'text', width: 14, value: (s) => t(`attendance.${s.attendance ?? 'none'}`) },
  ];
  const { sessions } = selectCalendarRange(ctx.db, range.from, range.to);
  columns.push(...caseIdentityColumns(ctx.db, sessions, (s) => s.caseId, t));
  return exportTable(ctx, { stem: `jadwal-pemeriksaan-${range.from}-${range.to}`, sheet: { id: 'Pemeriksaan', en: 'Hearings' }, columns, rows: sessions, format });
}
