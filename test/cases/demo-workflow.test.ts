import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { demoCalendar } from '../../electron/main/demo/demo-staff.ts';
import { issueDemoLetters } from '../../electron/main/demo/demo-letters.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { caseFacts } from '../../electron/main/examination/workflow-service.ts';
import { requireCase, violationLevels } from '../../electron/main/examination/exam-queries.ts';
import { allSanctionCatalogues } from '../../electron/main/examination/sanction-catalogues.ts';
import { verifyText } from '../../electron/main/letters/verify-service.ts';
import { TRANSITIONS } from '../../shared/workflow/machine.ts';
import type { WorkflowAction, WorkflowState } from '../../shared/workflow/states.ts';
import { checkDecision } from '../../shared/examination/decision-rules.ts';
import { checkSummons1, checkSummons2 } from '../../shared/deadlines/compute.ts';
import type { Db } from '../../electron/main/db/connection.ts';
import { copyApp, tempApp } from '../support/temp-app.ts';
import type { EmploymentType } from '../../shared/employees/employment-type.ts';

let a: Awaited<ReturnType<typeof tempApp>>;
let b: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  a = await tempApp();
  b = await tempApp();
  generateDemo(a.ctx, { cases: 1200, seed: 'alur' });
  generateDemo(b.ctx, { cases: 1200, seed: 'alur' });
  // Generating 2 x 1,200 cases takes seconds on a busy shared machine: not a speed check.
}, 300_000);
afterAll(() => {
  a.close();
  b.close();
});

const all = <T>(db: Db, sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];

describe('demo case histories', () => {
  it('are the same for the same seed', () => {
    for (const t of ['case_transitions', 'exam_sessions', 'session_examiners', 'baps', 'bap_qa', 'lhps', 'decisions', 'case_team', 'staff', 'deadlines']) {
      expect(JSON.stringify(all(a.ctx.db, `SELECT * FROM ${t} ORDER BY rowid`)), t).toBe(JSON.stringify(all(b.ctx.db, `SELECT * FROM ${t} ORDER BY rowid`)));
    }
    expect(all(a.ctx.db, 'SELECT hash FROM audit_log ORDER BY id')).toEqual(all(b.ctx.db, 'SELECT hash FROM audit_log ORDER BY id'));
  });

  it('walk every case from "registered" to its status by allowed steps, in time order, each audited', () => {
    const db = a.ctx.db;
    const cases = all<{ id: number; status: WorkflowState }>(db, 'SELECT id, status FROM cases');
    const steps = all<{ case_id: number; from_state: WorkflowState; to_state: WorkflowState; action: WorkflowAction; at: string }>(db, 'SELECT * FROM case_transitions ORDER BY id');
    const byCase = new Map<number, typeof steps>();
    for (const s of steps) byCase.set(s.case_id, [...(byCase.get(s.case_id) ?? []), s]);
    for (const c of cases) {
      let state: WorkflowState = 'registered';
      let at = '';
      for (const s of byCase.get(c.id) ?? []) {
        expect(s.from_state, `case ${c.id}`).toBe(state);
        expect(TRANSITIONS[s.action].from).toContain(s.from_state);
        expect(TRANSITIONS[s.action].to).toBe(s.to_state);
        expect(s.at >= at, `case ${c.id} step times`).toBe(true);
        state = s.to_state;
        at = s.at;
      }
      expect(state, `case ${c.id}`).toBe(c.status);
    }
    const audited = db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'workflow.%'").pluck().get();
    expect(audited).toBe(steps.length);
    expect(verifyAuditChain(db).ok).toBe(true);
    // The log is in time order: later steps of old cases come after newer registrations
    // (the first row is the generator's own, stamped with the time it ran).
    const times = db.prepare("SELECT at FROM audit_log WHERE action != 'demo.generate' ORDER BY id").pluck().all() as string[];
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  it('give each state the records its guards need: team, absences, BAP, LHP, decisions', () => {
    const db = a.ctx.db;
    const seen = new Set<string>();
    for (const { id } of all<{ id: number }>(db, "SELECT id FROM cases WHERE status NOT IN ('registered', 'verification', 'not_pursued', 'forwarded')")) {
      const core = requireCase(db, id);
      const f = caseFacts(db, core);
      const s = core.state;
      seen.add(s);
      expect(f.teamProblems, `case ${id}`).toEqual([]);
      if (s === 'summons_2') expect(f.maxAbsences).toBe(1);
      if (s === 'decided_without_examination') expect(f.maxAbsences).toBe(2);
      if (['report', 'decision', 'delivered', 'appeal', 'closed'].includes(s)) expect(f.accusedWithBap, `case ${id}`).toBe(f.accusedCount);
      if (['decision', 'delivered', 'appeal', 'closed'].includes(s)) expect(f.accusedWithLhp).toBe(f.accusedCount);
      if (['delivered', 'appeal', 'closed'].includes(s)) expect(f.accusedWithDecision).toBe(f.accusedCount);
      if (['summons_1', 'summons_2', 'report'].includes(s)) expect(f.accusedWithDecision).toBe(0);
    }
    expect(seen.size).toBe(8);
    // Some accused came only to the second summons; some hearings are still ahead.
    expect(db.prepare("SELECT count(*) FROM exam_sessions WHERE summons_no = 2 AND attendance = 'present'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM exam_sessions WHERE attendance IS NULL').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM bap_qa').pluck().get()).toBeGreaterThan(0);
  });

  it('decide only lawful sanctions, with no typed SK number, date or running dates', () => {
    const db = a.ctx.db;
    const rows = all<{ case_id: number; accused_id: number; catalogue_id: string; sanction_code: string; duration_months: number | null; outcome_text: string | null; repeat_offender: number; delivered_on: string | null; employment_type: EmploymentType; incident_date: string; catalogue_version: string }>(
      db,
      `SELECT d.*, a.employment_type, c.incident_date, c.catalogue_version FROM decisions d
       JOIN case_accused a ON a.id = d.accused_id JOIN cases c ON c.id = d.case_id`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const d of rows) {
      const check = checkDecision(
        allSanctionCatalogues(),
        { catalogueId: d.catalogue_id, sanctionCode: d.sanction_code, durationMonths: d.duration_months, outcomeText: d.outcome_text },
        { employmentType: d.employment_type, incidentDate: d.incident_date, violationLevels: violationLevels(db, d.case_id, d.catalogue_version), repeatOffender: d.repeat_offender === 1 },
      );
      expect(check.ok, JSON.stringify(d)).toBe(true);
    }
    // A decision whose SK the history has not delivered carries no SK number, date or running dates.
    const undelivered = `FROM decisions d JOIN cases c ON c.id = d.case_id WHERE (c.status NOT IN ('delivered', 'appeal', 'closed') OR d.level IS NULL)`;
    expect(db.prepare(`SELECT count(*) ${undelivered} AND (d.sk_number IS NOT NULL OR d.sk_date IS NOT NULL OR d.effective_date IS NOT NULL)`).pluck().get()).toBe(0);
  });

  it('give every disciplinary SK the history delivered its number, date and the dates delivery fixes (day 15 after receipt, then its duration)', () => {
    const db = a.ctx.db;
    const delivered = all<{ sk_number: string | null; sk_date: string | null; delivered_on: string | null; effective_date: string | null; end_date: string | null; duration_months: number | null }>(
      db,
      `SELECT d.* FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.status IN ('delivered', 'appeal', 'closed') AND d.level IS NOT NULL`,
    );
    expect(delivered.length).toBeGreaterThan(50);
    for (const d of delivered) {
      expect(d.sk_number, JSON.stringify(d)).toMatch(/^800\.1\.6\.4\/\d+\/KEP\/\d{4}$/);
      expect(d.sk_date! <= d.delivered_on!).toBe(true);
      const start = new Date(`${d.delivered_on}T00:00:00Z`);
      start.setUTCDate(start.getUTCDate() + 15);
      expect(d.effective_date).toBe(start.toISOString().slice(0, 10));
      expect(d.end_date === null).toBe(d.duration_months === null);
    }
    // Numbers come from the SK register's counter: never twice.
    expect(new Set(delivered.map((d) => d.sk_number)).size).toBe(delivered.length);
    // Long-ended sanctions are in the register (histories lie years back).
    expect(db.prepare("SELECT count(*) FROM decisions WHERE end_date < '2025-01-01'").pluck().get()).toBeGreaterThan(0);
  });

  it('release some accused facing a heavy sanction from duty with a Plh, and give some a moral sanction next to the disciplinary one', () => {
    const db = a.ctx.db;
    const releases = all<{ case_id: number; accused_id: number; start_date: string; plh_nip: string; code: string }>(
      db,
      'SELECT r.*, l.recommended_sanction_code AS code FROM temporary_releases r JOIN lhps l ON l.case_id = r.case_id AND l.accused_id = r.accused_id',
    );
    expect(releases.length).toBeGreaterThan(5);
    for (const r of releases) {
      expect(allSanctionCatalogues().flatMap((c) => c.sanctions).find((s) => s.code === r.code)?.level).toBe('berat');
      const first = db.prepare('SELECT min(start_at) FROM exam_sessions WHERE case_id = ? AND accused_id = ?').pluck().get(r.case_id, r.accused_id) as string;
      expect(r.start_date).toBe(first.slice(0, 10));
    }
    const morals = all<{ case_id: number; accused_id: number; level: string | null }>(db, 'SELECT m.*, d.level FROM moral_sanctions m JOIN decisions d ON d.case_id = m.case_id AND d.accused_id = m.accused_id');
    expect(morals.length).toBeGreaterThan(3);
    expect(morals.every((m) => m.level !== null)).toBe(true);
  });

  it('never books an examiner, a room or an accused person twice at once, and keeps the summons rules', () => {
    const db = a.ctx.db;
    const overlap = (table: string, key: string) =>
      db.prepare(`SELECT count(*) FROM ${table} x JOIN ${table} y ON x.${key} = y.${key} AND x.rowid < y.rowid AND x.start_at < y.end_at AND y.start_at < x.end_at`).pluck().get();
    expect(overlap('session_examiners', 'staff_id')).toBe(0);
    expect(overlap('exam_sessions', 'room_id')).toBe(0);
    expect(overlap('exam_sessions', 'accused_nip')).toBe(0);
    const { cal, settings } = demoCalendar(db);
    const sessions = all<{ case_id: number; accused_id: number; summons_no: number; summons_date: string; start_at: string }>(db, 'SELECT * FROM exam_sessions ORDER BY start_at');
    const missed = new Map<number, string>();
    for (const s of sessions) {
      const examDate = s.start_at.slice(0, 10);
      const warnings =
        s.summons_no === 1
          ? checkSummons1({ summonsDate: s.summons_date, examDate }, settings, cal)
          : checkSummons2({ missedDate: missed.get(s.accused_id)!, summonsDate: s.summons_date, examDate }, settings, cal);
      expect(warnings, JSON.stringify(s)).toEqual([]);
      if (s.summons_no === 1) missed.set(s.accused_id, examDate);
    }
  });

  it('issues real letters for a small sample through the issue service, all verifiable', async () => {
    // On a copy: the deliveries and the appeal it records must not reach the other tests' register.
    const copy = await copyApp(a);
    onTestFinished(() => copy.close());
    const result = await issueDemoLetters(copy.ctx, 6);
    expect(result.skipped).toEqual([]);
    const letters = all<{ number: string; type: string }>(copy.ctx.db, 'SELECT number, type FROM issued_letters ORDER BY id');
    expect(letters.length).toBe(result.issued);
    const types = new Set(letters.map((l) => l.type));
    expect(types).toContain('receipt');
    expect(types).toContain('summons1');
    expect(types.has('sk') || types.has('moral')).toBe(true);
    // A delivered SK with its berita acara and computed dates, and an appeal against it.
    expect(types).toContain('delivery');
    const delivered = all<{ sk_number: string; effective_date: string }>(copy.ctx.db, 'SELECT d.sk_number, d.effective_date FROM decisions d JOIN sk_deliveries s USING (case_id, accused_id)');
    expect(delivered.length).toBeGreaterThan(0);
    for (const d of delivered) expect(d.effective_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(all(copy.ctx.db, 'SELECT * FROM appeals')).toHaveLength(1);
    for (const l of letters) expect(verifyText(copy.ctx, l.number).verdict, l.number).toBe('valid');
    expect(verifyAuditChain(copy.ctx.db).ok).toBe(true);
  }, 60_000);
});

describe('demo signing officials', () => {
  it('every decision names the official the rule table picks, with a signatory; heads of OPD, Administrators and the PPK all sign', () => {
    const rows = all<{ official: string | null; rule: string | null; signatory: string | null; catalogue: string }>(
      a.ctx.db,
      'SELECT pybm_official AS official, pybm_rule AS rule, signatory, catalogue_id AS catalogue FROM decisions',
    );
    const asn = rows.filter((r) => r.catalogue !== 'NON-ASN');
    expect(asn.length).toBeGreaterThan(50);
    expect(asn.filter((r) => !r.official || !r.rule || !r.signatory)).toEqual([]);
    expect(new Set(asn.map((r) => r.official))).toEqual(new Set(['ppk', 'kepala_opd', 'administrator']));
    const heads = all<{ n: number }>(a.ctx.db, 'SELECT count(*) AS n FROM opds WHERE head_name IS NULL')[0]!;
    expect(heads.n).toBe(0);
    const kd = asn.find((r) => r.official === 'kepala_opd')!;
    expect((JSON.parse(kd.signatory!) as { title: string }).title).toMatch(/^(KEPALA|CAMAT|DIREKTUR|SEKRETARIS|INSPEKTUR) /);
  });
});
