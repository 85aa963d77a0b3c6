/**
 * `npm run cli -- checkout ...`: the laptop round trip by command line, with an office data
 * folder and a laptop data folder; each command prints one line; refusals are one line too.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { scheduleSession, recordAttendance } from '../../electron/main/hearings/hearing-service.ts';
import { saveBap } from '../../electron/main/examination/record-service.ts';
import { selectCaseIdByRegisterNo } from '../../electron/main/cases/case-queries.ts';
import { staffIdByNip } from '../../electron/main/hearings/staff-queries.ts';
import { attendanceSchema, bapSaveSchema, sessionScheduleSchema } from '../../shared/examination/schemas.ts';
import { repoResources, tempApp } from '../support/temp-app.ts';
import { TEAM_NIPS, examiningCase, prepareOffice } from '../checkout/fixture.ts';

const REGNO = 'REG/0001/INSP/2024';
let officeDir = '';
let laptopDir = '';
let cleanups: (() => void)[] = [];

beforeEach(async () => {
  const office = await tempApp();
  examiningCase(office.ctx, prepareOffice(office.ctx));
  office.ctx.db.close();
  const laptop = await tempApp();
  laptop.ctx.db.close();
  [officeDir, laptopDir] = [office.dir, laptop.dir];
  cleanups = [office.close, laptop.close];
});
afterEach(() => cleanups.forEach((c) => c()));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The examiner's work on the laptop, through the services the screens call (the CLI has no hearing command). */
async function hearingOnLaptop(): Promise<void> {
  const ctx = await openApp({ dataDir: laptopDir, resourcesDir: repoResources, appVersion: 'test', now: () => new Date('2024-11-13T10:00') });
  try {
    const caseId = selectCaseIdByRegisterNo(ctx.db, REGNO)!;
    const accusedId = ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(caseId) as number;
    const roomId = ctx.db.prepare('SELECT id FROM rooms').pluck().get() as number;
    const examinerIds = [staffIdByNip(ctx.db, TEAM_NIPS.chair)!];
    const s = scheduleSession(ctx, sessionScheduleSchema.parse({ caseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 60, roomId, examinerIds, overrideReason: 'jadwal disepakati' }));
    if (!s.saved) throw new Error('not saved');
    recordAttendance(ctx, attendanceSchema.parse({ id: s.session.id, attendance: 'present', expectedVersion: s.session.version }));
    saveBap(ctx, bapSaveSchema.parse({ sessionId: s.session.id, examinerIds, examineePresent: true, qa: [{ question: 'Apakah Saudara sehat?', answer: 'Ya.' }], expectedVersion: 0 }));
  } finally {
    ctx.db.close();
  }
}

describe('cli checkout', () => {
  it('lends, takes in, returns and applies, one line each; a second apply and a cancel of a returned case are refused in one line', async () => {
    const out = join(officeDir, 'kasus.sipena-checkout');
    const lend = await cli('checkout', 'lend', REGNO, '--to', 'Ir. Hendra', '--laptop', 'LAPTOP-01', '--out', out, '--data', officeDir);
    expect(lend).toMatchObject({ code: 0, err: '' });
    expect(lend.out).toMatch(new RegExp(`^lent ${REGNO} to Ir\\. Hendra \\(laptop LAPTOP-01\\) at revision \\d+: ${out.replace(/[.]/g, '\\.')}$`));

    const take = await cli('checkout', 'take', out, '--data', laptopDir);
    expect(take).toEqual({ code: 0, err: '', out: `taken in ${REGNO} (borrowed by Ir. Hendra, laptop LAPTOP-01): hearings, attendance and BAPs can be recorded until "checkout return"` });
    expect((await cli('checkout', 'take', out, '--data', laptopDir)).err).toBe(`checkout: Berkas pinjaman kasus ${REGNO} ini sudah diterima di laptop ini.`);

    await hearingOnLaptop();
    const back = join(laptopDir, 'kasus.sipena-return');
    const ret = await cli('checkout', 'return', REGNO, '--out', back, '--data', laptopDir);
    expect(ret.code).toBe(0);
    expect(ret.out).toMatch(new RegExp(`^check-in of ${REGNO} written: .*kasus\\.sipena-return \\(1 hearing, 1 BAP; sha256=[0-9a-f]{64}\\); this copy is now read-only$`));

    const apply = await cli('checkout', 'apply', back, '--data', officeDir);
    expect(apply).toEqual({ code: 0, err: '', out: `applied check-in of ${REGNO} from laptop LAPTOP-01: 1 hearing added, 0 updated, 1 BAP added, 0 updated; the case is editable again` });
    const again = await cli('checkout', 'apply', back, '--data', officeDir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^checkout: Hasil pemeriksaan kasus REG\/0001\/INSP\/2024 dari pinjaman ini sudah diterapkan pada .* Tidak ada yang disimpan\.$/);
    expect((await cli('checkout', 'cancel', REGNO, '--reason', 'uji', '--data', officeDir)).err).toBe(`checkout: Kasus ${REGNO} tidak sedang dipinjam.`);
  });

  it('cancels a loan with its reason, after which the check-in is refused; never overwrites a check-out file', async () => {
    const out = join(officeDir, 'kasus.sipena-checkout');
    await cli('checkout', 'lend', REGNO, '--to', 'Ir. Hendra', '--laptop', 'LAPTOP-01', '--out', out, '--data', officeDir);
    expect((await cli('checkout', 'lend', REGNO, '--to', 'Sri', '--laptop', 'L2', '--out', out, '--data', officeDir)).err).toContain('already exists');
    await cli('checkout', 'take', out, '--data', laptopDir);
    const back = join(laptopDir, 'kasus.sipena-return');
    await cli('checkout', 'return', REGNO, '--out', back, '--data', laptopDir);
    const cancel = await cli('checkout', 'cancel', REGNO, '--reason', 'Laptop rusak', '--data', officeDir);
    expect(cancel).toEqual({ code: 0, err: '', out: `cancelled the check-out of ${REGNO} to Ir. Hendra (laptop LAPTOP-01): Laptop rusak; its check-in will be refused` });
    const apply = await cli('checkout', 'apply', back, '--data', officeDir);
    expect(apply.code).toBe(1);
    expect(apply.err).toContain('dibatalkan pada');
  });
});
