/**
 * A case decided for one accused with an SK issued on the clock's day, through the real
 * services (intake, decision, issuing): what reports and exports start from.
 */
import type { AppContext } from '../../electron/main/app-context.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { createOpd } from '../../electron/main/employees/opd-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { opdCreateSchema } from '../../shared/employees/schemas.ts';
import { decisionSaveSchema } from '../../shared/examination/schemas.ts';
import { validCase } from './temp-app.ts';

let units = 0;

export async function decidedCase(
  ctx: AppContext,
  sanctionCode: string,
  durationMonths: number | null,
  accused: { name: string; nip: string; golongan?: string },
): Promise<{ id: number; accusedId: number; skNumber: string }> {
  // A medium cut needs a medium violation; the rest are decided on a heavy one.
  const violationCodes = sanctionCode === 'PP94-SEDANG-TUKIN' ? ['N-KAMPANYE-ATRIBUT'] : ['N-FASILITAS-NEGARA'];
  const opdId = createOpd(ctx, opdCreateSchema.parse({ name: `Dinas Pendidikan ${++units}`, headTitle: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', headName: 'Dra. SITI AMINAH', headNip: '197205141998032004', headPangkat: 'Pembina Utama Muda' })).id;
  const person = { ...validCase.accused[0]!, name: accused.name, nip: accused.nip, positionClass: 'pengawas' as const };
  const { id } = createCase(ctx, caseCreateSchema.parse({ ...validCase, sourceRef: `R/${units}`, opdId, accused: [person], violationCodes, acknowledgeDuplicates: true }));
  ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  // The grade is the registry's (intake added the person to it).
  if (accused.golongan) ctx.db.prepare('UPDATE employees SET golongan = ? WHERE nip = ?').run(accused.golongan, accused.nip);
  const accusedId = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  saveDecision(ctx, decisionSaveSchema.parse({ expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', sanctionCode, durationMonths }));
  const { letter } = await issueLetter(ctx, { caseId: id, type: 'sk', subject: `accused:${accusedId}` });
  return { id, accusedId, skNumber: letter.number };
}

/** What examination:recordDelivery needs besides the case, accused and date. */
export const HANDED_OVER = { method: 'langsung', receivedBy: 'Yang bersangkutan', deliveredByName: 'Agus Salim', deliveredByJabatan: 'Pengadministrasi Umum' } as const;
