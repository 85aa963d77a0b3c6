/**
 * A case's trip to an examiner's laptop and back, with two data folders (the office's and
 * the laptop's own Sipena): lend with its file -> take in -> a hearing, its attendance and
 * a BAP recorded on the laptop -> check-in file -> applied at the office as one audited
 * change. And the refusals: a case changed at the office despite the mark, a cancelled loan,
 * a tampered or foreign-signed file, a second apply, a file for another office.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/main/app-context.ts';
import { lendWithFile } from '../../electron/main/checkout/checkout-file.ts';
import { takeIn } from '../../electron/main/checkout/take-in.ts';
import { checkIn } from '../../electron/main/checkout/check-in.ts';
import { applyReturn } from '../../electron/main/checkout/apply-return.ts';
import { cancelLoan } from '../../electron/main/checkout/loan-service.ts';
import { selectCaseIdByUuid } from '../../electron/main/cases/case-queries.ts';
import { staffIdByNip } from '../../electron/main/hearings/staff-queries.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { verifyDataFolder } from '../../electron/main/backup/verify-data.ts';
import { buildManifest } from '../../electron/main/bundles/container.ts';
import { AppError } from '../../electron/main/errors.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { translator } from '../../shared/i18n/index.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { TEAM_NIPS, examiningCase, prepareOffice } from './fixture.ts';
import type { Office } from './fixture.ts';

type App = Awaited<ReturnType<typeof tempApp>>;
let office: App;
let laptop: App;
let laptopClock: Date;
let officeCaseId: number;

beforeEach(async () => {
  office = await tempApp(new Date('2024-11-04T10:00'));
  laptopClock = new Date('2024-11-05T08:00');
  laptop = await tempApp(undefined, { clock: () => laptopClock });
  officeCaseId = examiningCase(office.ctx, prepareOffice(office.ctx)).id;
});
afterEach(() => {
  office.close();
  laptop.close();
});

const officeTeam = () => Object.fromEntries(Object.entries(TEAM_NIPS).map(([k, nip]) => [k, staffIdByNip(office.ctx.db, nip)!])) as Office['team'];
const roomOf = (app: App) => app.ctx.db.prepare('SELECT id FROM rooms').pluck().get() as number;

/** Moves the laptop's clock; its user stays active meanwhile. */
function laptopAt(local: string) {
  laptopClock = new Date(local);
  laptop.ctx.session.lastActivity = laptopClock.getTime();
}

/** The message an AppError shows in Indonesian, as the screens and the CLI show it. */
function refusalOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, message: translator('id')(e.key, e.params) };
  }
  throw new Error('not refused');
}

/** Lends the case, takes it in on the laptop, records a hearing with attendance and a BAP there; returns the laptop's case id. */
async function examineOnLaptop(): Promise<{ laptopCaseId: number; caseUuid: string }> {
  const lent = lendWithFile(office.ctx, { caseId: officeCaseId, borrower: 'Ir. Hendra (197501012000031001)', laptopLabel: 'LAPTOP-PEMERIKSA-01' });
  expect(lent.fileName).toBe('REG-0001-INSP-2024.sipena-checkout');
  const borrowed = takeIn(laptop.ctx, lent.bytes);
  const laptopCaseId = selectCaseIdByUuid(laptop.ctx.db, lent.checkout.caseUuid)!;
  expect(borrowed).toMatchObject({ side: 'borrowed', caseId: laptopCaseId, registerNo: lent.checkout.registerNo, revision: lent.checkout.revision });
  const db = laptop.ctx.db;
  const accusedId = db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(laptopCaseId) as number;
  const roomId = db.prepare("SELECT id FROM rooms WHERE name = 'Ruang Rapat Inspektorat'").pluck().get() as number;
  const examinerIds = [TEAM_NIPS.chair, TEAM_NIPS.bkpsdm].map((nip) => staffIdByNip(db, nip)!);
  const scheduled = await callOk(laptop.ctx, 'hearings:schedule', {
    caseId: laptopCaseId,
    accusedId,
    summonsNo: 1,
    summonsDate: '2024-11-04',
    date: '2024-11-13',
    startTime: '09:00',
    durationMin: 120,
    roomId,
    examinerIds,
    overrideReason: 'jadwal disepakati dengan terlapor',
  });
  if (!scheduled.saved) throw new Error('hearing not saved on the laptop');
  laptopAt('2024-11-13T09:30');
  const session = scheduled.session;
  await callOk(laptop.ctx, 'hearings:attendance', { id: session.id, attendance: 'present', expectedVersion: session.version });
  await callOk(laptop.ctx, 'examination:saveBap', {
    sessionId: session.id,
    examinerIds,
    examineePresent: true,
    place: 'Kantor Inspektorat',
    qa: [
      { question: 'Apakah Saudara dalam keadaan sehat?', answer: 'Ya, sehat.' },
      { question: 'Apakah Saudara menggunakan mobil dinas pada 20 Oktober 2024?', answer: 'Ya, untuk menghadiri acara di balai desa.' },
    ],
    expectedVersion: 0,
  });
  return { laptopCaseId, caseUuid: lent.checkout.caseUuid };
}

describe('the laptop round trip', () => {
  it('brings the hearing and the BAP back to the office as one audited change; the case is editable again and the audit chain verifies', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    // On the laptop the case itself is read-only: only examination work is recorded there.
    const detail = await callOk(laptop.ctx, 'cases:get', { id: laptopCaseId });
    const edit = { ...validCase, id: laptopCaseId, chronology: 'Diubah di laptop.', reason: 'coba', expectedVersion: detail.version };
    expect(await callFail(laptop.ctx, 'cases:update', edit)).toMatchObject({ code: 'CHECKED_OUT', message: expect.stringContaining('salinan pinjaman') });

    const packed = checkIn(laptop.ctx, laptopCaseId);
    expect(packed).toMatchObject({ fileName: 'REG-0001-INSP-2024.sipena-return', sessions: 1, baps: 1 });
    expect(packed.checkout.returnSha256).toBe(packed.sha256);
    // Written again, the same bytes: a lost file can be written anew.
    expect(Buffer.from(checkIn(laptop.ctx, laptopCaseId).bytes).equals(Buffer.from(packed.bytes))).toBe(true);
    // The laptop's copy is closed: even the examination work is refused now.
    const bap = (await callOk(laptop.ctx, 'examination:overview', { caseId: laptopCaseId })).baps[0]!;
    const again = await callFail(laptop.ctx, 'examination:saveBap', { sessionId: bap.sessionId, examinerIds: bap.examinerIds, examineePresent: true, qa: [{ question: 'Q', answer: 'A' }], expectedVersion: bap.version });
    expect(again).toMatchObject({ code: 'CHECKED_OUT', message: expect.stringContaining('sudah dikemas') });

    const revisionBefore = (await callOk(office.ctx, 'cases:get', { id: officeCaseId })).revision ?? 0;
    const applied = applyReturn(office.ctx, packed.bytes);
    expect(applied).toMatchObject({ sessionsAdded: 1, sessionsUpdated: 0, bapsAdded: 1, bapsUpdated: 0 });
    expect(applied.checkout).toMatchObject({ returnedBy: 'admin', returnSha256: packed.sha256 });

    const overview = await callOk(office.ctx, 'examination:overview', { caseId: officeCaseId });
    const team = [TEAM_NIPS.chair, TEAM_NIPS.bkpsdm].map((nip) => staffIdByNip(office.ctx.db, nip)!).sort((a, b) => a - b);
    expect(overview.sessions).toHaveLength(1);
    expect(overview.sessions[0]).toMatchObject({ date: '2024-11-13', startTime: '09:00', attendance: 'present', examinerIds: team });
    expect(overview.baps).toHaveLength(1);
    expect(overview.baps[0]).toMatchObject({ sessionId: overview.sessions[0]!.id, place: 'Kantor Inspektorat', examinerIds: team });
    expect(overview.baps[0]!.qa.map((q) => q.answer)).toEqual(['Ya, sehat.', 'Ya, untuk menghadiri acara di balai desa.']);
    expect((await callOk(office.ctx, 'cases:get', { id: officeCaseId })).revision).toBeGreaterThan(revisionBefore);

    const audit = office.ctx.db.prepare("SELECT action, entity_id AS entityId, after_json AS after FROM audit_log WHERE action LIKE 'checkout.%' ORDER BY id").all() as { action: string; entityId: string; after: string }[];
    expect(audit.map((a) => a.action)).toEqual(['checkout.lend', 'checkout.return']);
    expect(audit[1]!.entityId).toBe(String(officeCaseId));
    expect(JSON.parse(audit[1]!.after)).toMatchObject({ returnSha256: packed.sha256, counts: { sessionsAdded: 1, bapsAdded: 1 } });
    const map = office.ctx.db.prepare('SELECT table_name AS t, office_id AS o FROM checkout_row_map ORDER BY t').all();
    expect(map).toEqual([
      { t: 'baps', o: overview.baps[0]!.id },
      { t: 'exam_sessions', o: overview.sessions[0]!.id },
    ]);

    const current = await callOk(office.ctx, 'cases:get', { id: officeCaseId });
    await callOk(office.ctx, 'cases:update', { ...validCase, id: officeCaseId, chronology: 'Kronologi dilengkapi setelah pemeriksaan.', reason: 'hasil pemeriksaan', expectedVersion: current.version });
    for (const app of [office, laptop]) {
      expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
      // `verify` also compares the schema with Sipena's own; the test's admin account is added without an audit row.
      expect((await verifyDataFolder(app.ctx.db, app.dir)).problems.filter((p) => !p.includes('added outside Sipena'))).toEqual([]);
    }
  });

  it('carries a hearing the office had scheduled and its summons (same PDF bytes, subject under the laptop id); moved on the laptop it comes back as an update', async () => {
    const db = office.ctx.db;
    const accusedId = db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(officeCaseId) as number;
    const roomId = db.prepare('SELECT id FROM rooms').pluck().get() as number;
    const examinerIds = [staffIdByNip(db, TEAM_NIPS.chair)!];
    const s = await callOk(office.ctx, 'hearings:schedule', { caseId: officeCaseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-14', startTime: '10:00', durationMin: 60, roomId, examinerIds, overrideReason: 'jadwal uji' });
    if (!s.saved) throw new Error('not saved');
    const { letter } = await issueLetter(office.ctx, { caseId: officeCaseId, type: 'summons1', subject: `session:${s.session.id}` });
    const { laptopCaseId } = await examineOnLaptop();

    const l = laptop.ctx.db;
    const copied = l.prepare("SELECT id FROM exam_sessions WHERE case_id = ? AND start_at = '2024-11-14T10:00'").pluck().get(laptopCaseId) as number;
    const copy = l.prepare('SELECT number, subject, sha256, pdf FROM issued_letters WHERE case_id = ?').get(laptopCaseId) as { number: string; subject: string; sha256: string; pdf: Buffer };
    const original = db.prepare('SELECT sha256, pdf FROM issued_letters WHERE id = ?').get(letter.id) as { sha256: string; pdf: Buffer };
    expect(copy).toMatchObject({ number: letter.number, subject: `session:${copied}`, sha256: original.sha256 });
    expect(copy.pdf.equals(original.pdf)).toBe(true);

    // Untouched, the office's hearing is not sent back; moved on the laptop, it is.
    const moved = (await callOk(laptop.ctx, 'examination:overview', { caseId: laptopCaseId })).sessions.find((x) => x.id === copied)!;
    await callOk(laptop.ctx, 'hearings:reschedule', { id: copied, date: '2024-11-15', startTime: '13:00', durationMin: 90, expectedVersion: moved.version, overrideReason: 'terlapor minta diundur' });
    const packed = checkIn(laptop.ctx, laptopCaseId);
    expect(packed.sessions).toBe(2);
    const applied = applyReturn(office.ctx, packed.bytes);
    expect(applied).toMatchObject({ sessionsAdded: 1, sessionsUpdated: 1, bapsAdded: 1 });
    const sessions = (await callOk(office.ctx, 'examination:overview', { caseId: officeCaseId })).sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((x) => x.id === s.session.id)).toMatchObject({ date: '2024-11-15', startTime: '13:00', durationMin: 90, version: s.session.version + 1 });
  });

  it('reports, without refusing, a returned hearing that overlaps one the office scheduled meanwhile (room, accused), and audits it', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    // While the case was out the office booked the room for another case at the same hour.
    const other = examiningCase(office.ctx, { team: officeTeam(), roomId: roomOf(office) }, 'R/lain/2024');
    const s = await callOk(office.ctx, 'hearings:schedule', { caseId: other.id, accusedId: other.accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '10:00', durationMin: 60, roomId: other.roomId, examinerIds: [staffIdByNip(office.ctx.db, TEAM_NIPS.atasan)!], overrideReason: 'jadwal kantor' });
    if (!s.saved) throw new Error('not saved');
    const applied = applyReturn(office.ctx, checkIn(laptop.ctx, laptopCaseId).bytes);
    expect(applied.sessionsAdded).toBe(1);
    // The same room, and the same person (the fixture's accused is in both cases).
    const returned = (await callOk(office.ctx, 'examination:overview', { caseId: officeCaseId })).sessions[0]!.id;
    expect(applied.conflicts).toEqual([
      { sessionId: returned, conflict: expect.objectContaining({ kind: 'room', sessionId: s.session.id, registerNo: 'REG/0002/INSP/2024', who: 'Ruang Rapat Inspektorat' }) },
      { sessionId: returned, conflict: expect.objectContaining({ kind: 'accused', sessionId: s.session.id, who: 'Budi Santoso' }) },
    ]);
    expect(JSON.parse(office.ctx.db.prepare("SELECT after_json FROM audit_log WHERE action = 'checkout.return'").pluck().get() as string).conflicts).toEqual([
      { sessionId: returned, kind: 'room', with: s.session.id },
      { sessionId: returned, kind: 'accused', with: s.session.id },
    ]);
  });
});

describe("the laptop's borrowed copy", () => {
  it('takes only examination work, by any path, until its check-in; then nothing', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    const db = laptop.ctx.db;
    const refused = /^SIPENA_CHECKED_OUT:\d+$/;
    expect(() => db.prepare("UPDATE cases SET chronology = 'x' WHERE id = ?").run(laptopCaseId)).toThrow(refused);
    expect(() => db.prepare("INSERT INTO case_violations (case_id, code) VALUES (?, 'N-LAIN')").run(laptopCaseId)).toThrow(refused);
    expect(() => db.prepare('DELETE FROM case_team WHERE case_id = ?').run(laptopCaseId)).toThrow(refused);
    expect(() => db.prepare("INSERT INTO case_transitions (case_id, from_state, to_state, action, actor, at) VALUES (?, 'a', 'b', 'c', 'd', 'e')").run(laptopCaseId)).toThrow(refused);
    // Examination work is the laptop's to record.
    db.prepare("UPDATE exam_sessions SET attendance_note = 'catatan di laptop' WHERE case_id = ?").run(laptopCaseId);
    db.prepare("UPDATE bap_qa SET answer = 'Ya, sehat sekali.' WHERE no = 1 AND bap_id IN (SELECT id FROM baps WHERE case_id = ?)").run(laptopCaseId);
    const packed = checkIn(laptop.ctx, laptopCaseId);
    expect(() => db.prepare("UPDATE exam_sessions SET attendance_note = 'sesudah' WHERE case_id = ?").run(laptopCaseId)).toThrow(refused);
    expect(() => db.prepare('DELETE FROM bap_qa WHERE bap_id IN (SELECT id FROM baps WHERE case_id = ?)').run(laptopCaseId)).toThrow(refused);
    applyReturn(office.ctx, packed.bytes);
    const overview = await callOk(office.ctx, 'examination:overview', { caseId: officeCaseId });
    expect(overview.sessions[0]!.attendanceNote).toBe('catatan di laptop');
    expect(overview.baps[0]!.qa[0]!.answer).toBe('Ya, sehat sekali.');
  });
});

describe('a check-in refused, with nothing written', () => {
  it('when the case changed at the office despite the mark (the loan cancelled, the case edited, the loan put back by hand)', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    const packed = checkIn(laptop.ctx, laptopCaseId);
    cancelLoan(office.ctx, officeCaseId, 'laptop dikira hilang');
    const current = await callOk(office.ctx, 'cases:get', { id: officeCaseId });
    await callOk(office.ctx, 'cases:update', { ...validCase, id: officeCaseId, chronology: 'Diubah di kantor.', reason: 'perbaikan', expectedVersion: current.version });
    expect(refusalOf(() => applyReturn(office.ctx, packed.bytes))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('dibatalkan pada') });
    // Someone reopens the loan in the database by hand: the revision still tells.
    office.ctx.db.prepare('UPDATE case_checkouts SET cancelled_at = NULL, cancelled_by = NULL, cancel_reason = NULL').run();
    const before = dbFingerprint(office.ctx);
    const r = refusalOf(() => applyReturn(office.ctx, packed.bytes));
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toMatch(/^Kasus REG\/0001\/INSP\/2024 berubah di kantor selama dipinjam \(revisi \d+ saat dipinjamkan, sekarang \d+\)/);
    expect(dbFingerprint(office.ctx)).toBe(before);
  });

  it('when the file was changed after signing, or signed with another key', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    const packed = checkIn(laptop.ctx, laptopCaseId);
    const entries = unzipSync(packed.bytes);
    const json = Buffer.from(entries['return.json']!).toString('utf8').replace('Ya, sehat.', 'Tidak sehat.');
    const tampered = zipSync({ ...entries, 'return.json': Buffer.from(json, 'utf8') });
    const before = dbFingerprint(office.ctx);
    expect(refusalOf(() => applyReturn(office.ctx, tampered))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('berubah setelah ditandatangani') });
    // The same change with a manifest made anew and signed by a key that is not the loan's.
    const files = new Map<string, Uint8Array>([['return.json', Buffer.from(json, 'utf8')]]);
    const manifest = Buffer.from(buildManifest(files), 'utf8');
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = zipSync({ 'return.json': files.get('return.json')!, 'MANIFEST.sha256': manifest, 'MANIFEST.sha256.sig': Buffer.from(`${sign(null, manifest, privateKey).toString('base64')}\n`) });
    expect(refusalOf(() => applyReturn(office.ctx, forged))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Tanda tangan berkas .sipena-return') });
    expect(dbFingerprint(office.ctx)).toBe(before);
    // The genuine file still applies.
    expect(applyReturn(office.ctx, packed.bytes).bapsAdded).toBe(1);
  });

  it('a check-out file changed on the way is refused at take-in, and the laptop stays as it was', async () => {
    const lent = lendWithFile(office.ctx, { caseId: officeCaseId, borrower: 'Ir. Hendra', laptopLabel: 'LAPTOP-01' });
    const entries = unzipSync(lent.bytes);
    const json = Buffer.from(entries['checkout.json']!).toString('utf8').replace('Balai Desa Sukamaju', 'Balai Desa Lain');
    const before = dbFingerprint(laptop.ctx);
    const r = refusalOf(() => takeIn(laptop.ctx, zipSync({ ...entries, 'checkout.json': Buffer.from(json, 'utf8') })));
    expect(r).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Isi berkas .sipena-checkout ini berubah setelah ditandatangani') });
    expect(dbFingerprint(laptop.ctx)).toBe(before);
    expect(takeIn(laptop.ctx, lent.bytes).side).toBe('borrowed');
  });

  it('when it was applied already, and at an office that did not lend it', async () => {
    const { laptopCaseId } = await examineOnLaptop();
    const packed = checkIn(laptop.ctx, laptopCaseId);
    applyReturn(office.ctx, packed.bytes);
    const before = dbFingerprint(office.ctx);
    expect(refusalOf(() => applyReturn(office.ctx, packed.bytes))).toEqual({
      code: 'CONFLICT',
      message: 'Hasil pemeriksaan kasus REG/0001/INSP/2024 dari pinjaman ini sudah diterapkan pada 4 November 2024 oleh admin. Tidak ada yang disimpan.',
    });
    expect(dbFingerprint(office.ctx)).toBe(before);
    expect(refusalOf(() => applyReturn(laptop.ctx as AppContext, packed.bytes)).message).toContain('pinjaman tidak dikenal');
  });
});
