import type { AppContext } from '../../electron/main/app-context.ts';
import { saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { staffSaveSchema, teamSetSchema } from '../../shared/examination/schemas.ts';

/**
 * Puts a registered case under examination with the team the calendar tests use (a chair
 * from the Inspectorate, a member from BKPSDM and the accused's superior), saved through the
 * services as the screens would. Returns the examiners' ids, for scheduling their sessions.
 */
export function caseUnderExamination(ctx: AppContext, caseId: number): number[] {
  const staff = (nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan') =>
    saveStaff(ctx, staffSaveSchema.parse({ nip, name, unit, pangkat: 'Penata Tk. I (III/d)', jabatan: 'Auditor Muda' })).id;
  const members = [
    { staffId: staff('197501012000031001', 'Ir. Hendra Wijaya', 'inspektorat'), role: 'chair' as const },
    { staffId: staff('198003032005012002', 'Sri Lestari', 'bkpsdm'), role: 'member' as const },
    { staffId: staff('197805052003121003', 'Drs. Agus Salim', 'atasan'), role: 'member' as const },
  ];
  setTeam(ctx, teamSetSchema.parse({ caseId, members }));
  transition(ctx, { caseId, action: 'start_verification' });
  transition(ctx, { caseId, action: 'start_examination' });
  return members.map((m) => m.staffId);
}
