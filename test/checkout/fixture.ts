import type { AppContext } from '../../electron/main/app-context.ts';
import { mutate } from '../../electron/main/app-context.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { addRoom, saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { setRule } from '../../electron/main/deadlines/rule-settings.ts';
import { lendAudit, lendCase } from '../../electron/main/checkout/loan-service.ts';
import type { NewLoan } from '../../electron/main/checkout/loan-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { staffSaveSchema, teamSetSchema, transitionSchema } from '../../shared/examination/schemas.ts';
import { validCase } from '../support/temp-app.ts';

export const TEAM_NIPS = { chair: '197501012000031001', bkpsdm: '198003032005012002', atasan: '197805052003121003', sec: '199001012015032004' } as const;

export interface Office {
  team: { chair: number; bkpsdm: number; atasan: number; sec: number };
  roomId: number;
}

/** The office's examiners (a team of four) and one room; the summons notice read as a minimum gap, as the hearing tests do. */
export function prepareOffice(ctx: AppContext): Office {
  setRule(ctx, { ruleId: 'summons1Notice', value: 7, unit: 'workdays', mode: 'atLeast', reason: 'tafsiran kantor: jarak paling sedikit', expectedVersion: 0 });
  const staff = (nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan' | 'lainnya') =>
    saveStaff(ctx, staffSaveSchema.parse({ nip, name, unit, pangkat: 'Penata (III/c)', jabatan: 'Auditor' })).id;
  const team = { chair: staff(TEAM_NIPS.chair, 'Ir. Hendra', 'inspektorat'), bkpsdm: staff(TEAM_NIPS.bkpsdm, 'Sri Lestari', 'bkpsdm'), atasan: staff(TEAM_NIPS.atasan, 'Drs. Agus', 'atasan'), sec: staff(TEAM_NIPS.sec, 'Rina', 'lainnya') };
  return { team, roomId: addRoom(ctx, { name: 'Ruang Rapat Inspektorat' }).id };
}

/** A case at summons I with the office's complete team, as an office prepares it before a hearing. */
export function examiningCase(ctx: AppContext, office: Office, sourceRef = validCase.sourceRef): { id: number; accusedId: number; roomId: number; examinerIds: number[] } {
  const t = office.team;
  const { id } = createCase(ctx, caseCreateSchema.parse({ ...validCase, sourceRef, acknowledgeDuplicates: true }));
  const accusedId = ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(id) as number;
  setTeam(ctx, teamSetSchema.parse({ caseId: id, members: [{ staffId: t.chair, role: 'chair' }, { staffId: t.bkpsdm, role: 'member' }, { staffId: t.atasan, role: 'member' }, { staffId: t.sec, role: 'secretary' }] }));
  for (const action of ['start_verification', 'start_examination'] as const) transition(ctx, transitionSchema.parse({ caseId: id, action }));
  return { id, accusedId, roomId: office.roomId, examinerIds: [t.chair, t.bkpsdm, t.atasan] };
}

/** Lends a case (the mark only, no file), audited as the CLI and the screen do. */
export function lend(ctx: AppContext, caseId: number, borrower = 'Ir. Hendra (197501012000031001)', laptopLabel = 'LAPTOP-PEMERIKSA-01'): NewLoan {
  return mutate(ctx, (db) => {
    const loan = lendCase(ctx, db, { caseId, borrower, laptopLabel });
    return { value: loan, audit: lendAudit(loan.checkout) };
  });
}
