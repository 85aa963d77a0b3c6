import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { addWorkdays, workdayOnOrAfter } from '../../../shared/calendar/working-days.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { WorkflowAction, WorkflowState } from '../../../shared/workflow/states.ts';
import type { Prng } from './prng.ts';
import type { DemoSanctions } from './demo-sanctions.ts';
import type { DemoTeam } from './demo-staff.ts';
import { SlotBook } from './demo-staff.ts';
import { RecordWriter, pickSanction } from './demo-records.ts';
import { demoDecider } from './demo-signers.ts';
import { upsertSigner } from '../letters/signer-queries.ts';
import { workflowBulkWriter } from '../examination/exam-queries.ts';
import { sessionBulkWriter } from '../hearings/session-queries.ts';
import { caseBulkWriter } from '../cases/case-queries.ts';
import type { OpdHead } from '../../../shared/employees/schemas.ts';
import type { PositionClass } from '../../../shared/employees/position-class.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

/** The demo regency's signing officials: OPD heads and secretaries by OPD id, and the PPK. */
export interface DemoSigners {
  signers: ReadonlyMap<number, { head: OpdHead; secretary: Signatory }>;
  ppk: Signatory;
}

/** A freshly inserted demo case, as the history writer needs it. */
export interface DemoCase {
  id: number;
  status: WorkflowState;
  createdDay: string;
  incidentDate: string;
  place: string;
  codes: readonly string[];
  accused: readonly { id: number; nip: string; type: EmploymentType; positionClass: PositionClass | null; opdId: number }[];
}

type Emit = (at: Date, entry: AuditEntry) => void;

const EXAMINER_USERS = ['budi.pemeriksa', 'ratna.pemeriksa', 'yusuf.pemeriksa'];
const OFFICIAL = 'inspektur.hendra';
const EXITS: Partial<Record<WorkflowState, { action: WorkflowAction; reason: string }>> = {
  not_pursued: { action: 'not_pursue', reason: 'Hasil telaah: tidak cukup bukti adanya pelanggaran netralitas.' },
  forwarded: { action: 'forward', reason: 'Terlapor bukan pegawai pemerintah kabupaten; diteruskan kepada instansi yang berwenang.' },
};
const EXAM_STATES: readonly WorkflowState[] = ['summons_1', 'summons_2', 'report', 'decision', 'delivered', 'appeal', 'closed', 'decided_without_examination'];
const DECIDED: readonly WorkflowState[] = ['delivered', 'appeal', 'closed'];

/** Office-local time (WIB) on a day, as the audit log's instant. */
const atOn = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);

/**
 * Writes the history a case in a given workflow state would have had: its steps
 * (case_transitions), team, hearings with attendance (some accused absent once, some
 * twice), BAPs, LHPs and decisions, each with the audit row the real service writes.
 * Dates follow the office calendar and the deadline rules, so the screens show a
 * believable file.
 */
export class DemoWorkflow {
  private readonly r: Prng;
  private readonly teams: readonly DemoTeam[];
  private readonly cal: HolidayCalendar;
  private readonly settings: DeadlineSettings;
  private readonly emit: Emit;
  private readonly slots: SlotBook;
  private readonly records: RecordWriter;
  // Bulk writers prepared once by the tables' own queries modules.
  private readonly steps: ReturnType<typeof workflowBulkWriter>;
  private readonly sessions: ReturnType<typeof sessionBulkWriter>;
  private readonly cases: ReturnType<typeof caseBulkWriter>;
  private readonly decided = new Set<string>();
  private readonly db: Db;

  private readonly officials: DemoSigners;
  private readonly sanctions: DemoSanctions;

  constructor(db: Db, r: Prng, teams: readonly DemoTeam[], calendar: { cal: HolidayCalendar; settings: DeadlineSettings }, emit: Emit, officials: DemoSigners, sanctions: DemoSanctions) {
    this.db = db;
    this.sanctions = sanctions;
    this.officials = officials;
    this.r = r;
    this.teams = teams;
    this.cal = calendar.cal;
    this.settings = calendar.settings;
    this.emit = emit;
    this.slots = new SlotBook(this.cal);
    this.records = new RecordWriter(db, r);
    this.steps = workflowBulkWriter(db);
    this.sessions = sessionBulkWriter(db);
    this.cases = caseBulkWriter(db);
  }

  // Working-day arithmetic walks day by day; demo dates repeat a lot, so remember the answers.
  private readonly wdCache = new Map<string, string>();
  private last: { at: string; actor: string } | null = null;

  private wd(day: string, min: number, max: number): string {
    const n = this.r.int(min, max);
    const key = `${day}|${n}`;
    let out = this.wdCache.get(key);
    if (out === undefined) this.wdCache.set(key, (out = addWorkdays(day, n, this.cal)));
    return out;
  }

  /**
   * Every signing official shows in the demo: by default the team chair signs the summonses
   * and the PPK the order; every third case has its summonses signed by the direct superior
   * on the team, every fourth its order by the official the PPK appointed. Picked by case id,
   * so the random streams (and the rest of the demo) stay as they were.
   */
  private chooseSigners(c: DemoCase, day: string): void {
    const at = atOn(day, '09:05').toISOString();
    if (c.id % 3 === 0) {
      for (const type of ['summons1', 'summons2'] as const) upsertSigner(this.db, c.id, { type, role: 'superior', signatory: null, updatedAt: at, updatedBy: OFFICIAL });
    }
    if (c.id % 4 === 1) upsertSigner(this.db, c.id, { type: 'order', role: 'appointed', signatory: null, updatedAt: at, updatedBy: OFFICIAL });
  }

  private step(c: DemoCase, from: WorkflowState, to: WorkflowState, action: WorkflowAction, day: string, actor: string, reason: string | null = null): void {
    const at = atOn(day, `${String(this.r.int(8, 15)).padStart(2, '0')}:${String(this.r.int(0, 5) * 10).padStart(2, '0')}`);
    this.steps.insertStep(c.id, from, to, action, actor, at.toISOString(), reason);
    this.emit(at, { actor, action: `workflow.${action}`, entity: 'case', entityId: c.id, before: { status: from }, after: { status: to }, reason });
    this.last = { at: at.toISOString(), actor };
  }

  /** One hearing: booked in the team's free slot, attendance as given (null = still ahead). */
  private hearing(c: DemoCase, team: DemoTeam, a: DemoCase['accused'][number], summonsNo: 1 | 2, planned: string, attendance: 'present' | 'absent' | null): { id: number; day: string } {
    // Exactly 7 working days from the summons to the hearing satisfies both readings of the
    // summons rule (at most 7 per PerBKN 6/2022, at least 7 per the other reading of PP 94/2021
    // Pasal 26); when the slot book pushes the hearing later, the summons is dated later too.
    const { day, slot } = this.slots.book(team, a.nip, this.wd(planned, 7, 7));
    const latest = addWorkdays(day, -7, this.cal);
    const summonsDate = latest > planned ? latest : planned;
    const start = `${day}T${slot.start}`;
    const end = `${day}T${slot.end}`;
    const video = team.roomId === null ? `https://meet.sukamajukab.go.id/pemeriksaan-${team.index + 1}` : null;
    const actor = this.r.pick(EXAMINER_USERS);
    const createdAt = atOn(summonsDate, '08:30');
    const note = attendance === 'absent' ? 'Terperiksa tidak hadir tanpa keterangan.' : null;
    const id = this.sessions.insertSession({
      caseId: c.id,
      accusedId: a.id,
      nip: a.nip,
      summonsNo,
      summonsDate,
      startAt: start,
      endAt: end,
      durationMin: slot.minutes,
      roomId: team.roomId,
      videoLink: video,
      attendance,
      note,
      createdAt: createdAt.toISOString(),
      createdBy: actor,
    });
    const examinerIds = team.members.filter((m) => m.role !== 'secretary').map((m) => m.staffId);
    for (const s of examinerIds) this.sessions.insertExaminer(id, s, start, end);
    this.emit(createdAt, { actor, action: 'session.schedule', entity: 'case', entityId: c.id, after: { sessionId: id, accused_id: a.id, summons_no: summonsNo, summons_date: summonsDate, start_at: start, end_at: end, room_id: team.roomId, video_link: video, examinerIds } });
    if (attendance !== null) {
      this.emit(atOn(day, slot.end), { actor, action: 'session.attendance', entity: 'case', entityId: c.id, before: { sessionId: id, attendance: null }, after: { sessionId: id, attendance, note } });
    }
    if (attendance === 'present') {
      const bap = this.records.bap({ sessionId: id, caseId: c.id, accusedId: a.id, place: team.roomId === null ? 'Pemeriksaan daring' : 'Kantor Inspektorat Kabupaten Sukamaju', examinerIds, at: atOn(day, slot.end).toISOString() });
      this.emit(atOn(day, slot.end), { actor, action: 'bap.create', entity: 'case', entityId: c.id, after: { id: bap.bapId, sessionId: id, accusedId: a.id, questions: bap.questions, refusedToSign: bap.refused } });
    }
    return { id, day };
  }

  /** Writes the case's history up to its current status; the case row is stamped with its last step. */
  write(c: DemoCase, clerk: string): void {
    this.last = null;
    this.walk(c, clerk);
    // step() sets `last` inside walk(); read it through a widened type (TS keeps the null narrowing).
    const last = this.last as { at: string; actor: string } | null;
    if (last) this.cases.touch(c.id, last.at, last.actor);
  }

  private walk(c: DemoCase, clerk: string): void {
    const exit = EXITS[c.status];
    if (c.status === 'registered') return;
    let day = this.wd(c.createdDay, 1, 3);
    let state: WorkflowState = 'registered';
    if (c.status === 'verification' || !exit || this.r.chance(0.6)) {
      this.step(c, state, 'verification', 'start_verification', day, clerk);
      state = 'verification';
    }
    if (exit) return this.step(c, state, c.status, exit.action, this.wd(day, 2, 8), OFFICIAL, exit.reason);
    if (!EXAM_STATES.includes(c.status)) return;

    // Team and summons I for every accused.
    const team = this.teams[this.r.int(0, this.teams.length - 1)]!;
    day = this.wd(day, 2, 6);
    for (const m of team.members) this.steps.insertTeamMember(c.id, m.staffId, m.role);
    this.chooseSigners(c, day);
    const examiner = this.r.pick(EXAMINER_USERS);
    this.emit(atOn(day, '09:00'), { actor: examiner, action: 'team.set', entity: 'case', entityId: c.id, after: team.members.map((m) => ({ staffId: m.staffId, role: m.role })) });
    this.step(c, 'verification', 'summons_1', 'start_examination', day, examiner);
    const summons1 = this.wd(day, 0, 2);

    // Absences per accused: summons_2 keeps the first accused's second summons open; a
    // decision without examination means everyone stayed away twice.
    const absences = c.accused.map((_, k) =>
      c.status === 'decided_without_examination' ? 2 : c.status === 'summons_2' ? (k === 0 ? 1 : 0) : c.status === 'summons_1' ? 0 : this.r.chance(0.15) ? 1 : 0,
    );
    const pending = c.status === 'summons_1';
    let lastDay = summons1;
    let summons2 = null as string | null;
    const firstHearing = new Map<number, string>();
    for (const [k, a] of c.accused.entries()) {
      const first = this.hearing(c, team, a, 1, summons1, pending ? null : absences[k]! > 0 ? 'absent' : 'present');
      firstHearing.set(a.id, first.day);
      lastDay = first.day > lastDay ? first.day : lastDay;
      if (absences[k]! === 0) continue;
      const issued = this.wd(first.day, 1, 5);
      if (summons2 === null || issued < summons2) summons2 = issued;
      const second = this.hearing(c, team, a, 2, issued, c.status === 'summons_2' ? null : absences[k]! > 1 ? 'absent' : 'present');
      lastDay = second.day > lastDay ? second.day : lastDay;
    }
    if (summons2 !== null) this.step(c, 'summons_1', 'summons_2', 'issue_summons_2', summons2, this.r.pick(EXAMINER_USERS));
    if (pending || c.status === 'summons_2') return;

    const withoutExam = c.status === 'decided_without_examination';
    state = summons2 !== null ? 'summons_2' : 'summons_1';
    day = this.wd(lastDay, 1, 3);
    if (withoutExam) this.step(c, state, 'decided_without_examination', 'decide_without_examination', day, OFFICIAL);
    else this.step(c, state, 'report', 'complete_examination', day, this.r.pick(EXAMINER_USERS));
    if (c.status === 'report') return;

    const picks = c.accused.map((a) => pickSanction(this.r, c.codes, a.type, c.incidentDate));
    const deciders = c.accused.map((a, k) => {
      const s = picks[k]!.sanction;
      return s ? demoDecider(this.officials.signers, this.officials.ppk, a, s.level, s.code) : null;
    });
    if (!withoutExam) {
      day = this.wd(day, 3, 8);
      const author = this.r.pick(EXAMINER_USERS);
      for (const [k, a] of c.accused.entries()) {
        const row = this.records.lhp({ caseId: c.id, accusedId: a.id, codes: c.codes, incidentDate: c.incidentDate, place: c.place, sanctionCode: picks[k]!.sanction?.code ?? 'NON-ASN-KONTRAK', authorisedOfficial: deciders[k]?.signatory.title ?? 'Sesuai perjanjian kerja', at: atOn(day, '10:00').toISOString() });
        this.emit(atOn(day, '10:00'), { actor: author, action: 'lhp.create', entity: 'case', entityId: c.id, after: { case_id: c.id, accused_id: a.id, ...row } });
        // A heavy sanction recommended: some accused are released from duty from their first hearing (PP 94/2021 Pasal 31).
        if (picks[k]!.sanction?.level === 'berat' && a.type !== 'NON_ASN') this.sanctions.release(c.id, a.id, team, firstHearing.get(a.id)!, deciders[k]?.signatory ?? null);
      }
      this.step(c, 'report', 'decision', 'submit_report', day, author);
    }
    if (c.status === 'decision' || (withoutExam && this.r.chance(0.5))) return;

    // Decisions: the SK's number and date come from issuing it (demo-letters.ts issues a sample),
    // and the sanction's dates from its recorded delivery, so generated decisions carry neither.
    const skDate = this.wd(day, 5, 15);
    const delivered = DECIDED.includes(c.status) ? this.wd(skDate, 1, 8) : null;
    for (const [k, a] of c.accused.entries()) {
      const pick = picks[k]!;
      const repeat = this.decided.has(a.nip);
      this.decided.add(a.nip);
      const decider = deciders[k] ?? null;
      const row = this.records.decision({ caseId: c.id, accusedId: a.id, nip: a.nip, pick, decider, repeat, withoutExam, at: atOn(skDate, '14:00').toISOString() });
      this.emit(atOn(skDate, '14:00'), { actor: OFFICIAL, action: 'decision.create', entity: 'case', entityId: c.id, after: row });
      const level = pick.sanction?.level ?? null;
      if (level !== null && a.type === 'PNS') this.sanctions.moral(c.id, a.id, skDate);
      // Delivered in the history: the SK's number and date, and the dates its delivery fixed.
      if (level !== null && delivered !== null) this.sanctions.delivered(c.id, a.id, skDate, delivered, pick.durationMonths);
    }
    if (delivered === null) return;
    this.step(c, withoutExam ? 'decided_without_examination' : 'decision', 'delivered', 'deliver', workdayOnOrAfter(delivered, this.cal), clerk);
    if (c.status === 'delivered') return;
    day = delivered;
    state = 'delivered';
    if (c.status === 'appeal' || this.r.chance(0.2)) {
      day = this.wd(day, 3, 10);
      this.step(c, 'delivered', 'appeal', 'file_appeal', day, clerk, 'Terlapor mengajukan keberatan atas keputusan hukuman disiplin.');
      if (c.status === 'appeal') return;
      state = 'appeal';
    }
    this.step(c, state, 'closed', 'close', this.wd(day, 10, 30), OFFICIAL);
  }
}
