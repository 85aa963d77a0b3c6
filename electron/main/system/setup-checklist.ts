import type { AppContext } from '../app-context.ts';
import type { SetupChecklist } from '../../../shared/system/setup-checklist.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../../shared/letters/office-settings.ts';
import { getOfficeSettings } from '../letters/office-settings-service.ts';
import { readSetting } from './settings-service.ts';
import { selectYearNumbers } from '../calendar/calendar-queries.ts';
import { selectEmployeePage } from '../employees/employee-queries.ts';
import { listRooms, listStaff } from '../hearings/staff-service.ts';
import { selectUsers } from '../accounts/user-queries.ts';
import { backupsDir, listBackups } from '../backup/backup-service.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';

/**
 * The first-run checklist, read from what the office has set: a step is done when its
 * data differs from the fictional "Kabupaten Contoh" defaults or exists at all. Read-only.
 */
export function setupChecklist(ctx: AppContext): SetupChecklist {
  const office = getOfficeSettings(ctx);
  const d = DEFAULT_OFFICE_SETTINGS;
  const year = Number(localIsoDate(ctx.now()).slice(0, 4));
  return {
    letterhead: office.regencyName !== d.regencyName && office.officeFullName !== d.officeFullName && office.address !== d.address,
    logo: office.logoFile !== '',
    signatories: office.signatories.inspector.name !== d.signatories.inspector.name && office.signatories.ppk.name !== d.signatories.ppk.name,
    registerNumber: readSetting(ctx, 'case.registerTemplate') !== undefined,
    holidays: selectYearNumbers(ctx.db).includes(year),
    employees: selectEmployeePage(ctx.db, { offset: 0, limit: 1 }).total > 0,
    examinersRooms: listStaff(ctx).length > 0 && listRooms(ctx).length > 0,
    users: selectUsers(ctx.db).length > 1,
    backup: listBackups(backupsDir(ctx.dataDir)).length > 0,
  };
}
