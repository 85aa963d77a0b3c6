/** The employee registry as a spreadsheet: the rows the list's filters select, in its order, every field a clerk checks. */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Employee, EmployeeListQuery } from '../../../shared/employees/schemas.ts';
import { POSITION_CLASS_LABELS } from '../../../shared/employees/position-class.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { exportTable } from '../reports/table-writer.ts';
import { iterateEmployees } from './employee-queries.ts';

export function exportEmployeeList(ctx: AppContext, q: Omit<EmployeeListQuery, 'offset' | 'limit'>, format: TableFormat): Promise<TableFile> {
  const t = translator(ctx.language());
  const columns: TableColumn<Employee>[] = [
    { header: t('employee.nip'), kind: 'text', width: 22, value: (e) => e.nip },
    { header: t('employee.name'), kind: 'text', width: 32, value: (e) => e.name },
    { header: t('employee.employmentType'), kind: 'text', width: 14, value: (e) => t(`employmentTypes.${e.employmentType}`) },
    { header: t('employee.pangkat'), kind: 'text', width: 22, value: (e) => e.pangkat },
    { header: t('employee.golongan'), kind: 'text', width: 10, value: (e) => e.golongan },
    { header: t('employee.jabatan'), kind: 'text', width: 36, value: (e) => e.jabatan },
    { header: t('employee.unitKerja'), kind: 'text', width: 30, value: (e) => e.unitKerja },
    { header: t('employee.opd'), kind: 'text', width: 30, value: (e) => e.opdName },
    { header: t('employee.positionClass'), kind: 'text', width: 30, value: (e) => (e.positionClass ? POSITION_CLASS_LABELS[e.positionClass] : null) },
    { header: t('employee.siasnPersonId'), kind: 'text', width: 24, value: (e) => e.siasnPersonId },
  ];
  return exportTable(ctx, { stem: 'daftar-pegawai', sheet: { id: 'Pegawai', en: 'Employees' }, columns, rows: iterateEmployees(ctx.db, q), format });
}
