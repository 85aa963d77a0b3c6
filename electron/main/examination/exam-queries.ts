import type { Db } from '../db/connection.ts';
import { notFound } from '../errors.ts';
import { findViolationIn } from '../catalogue/violations.ts';
import type { TeamMember, TransitionRecord } from '../../../shared/examination/types.ts';
import type { CaseLevel } from '../../../shared/examination/team-rules.ts';
import { heaviestLevel } from '../../../shared/examination/team-rules.ts';
import type { WorkflowState } from '../../../shared/workflow/states.ts';
import { isWorkflowState } from '../../../shared/workflow/states.ts';
import type { NatureInput } from '../../../shared/examination/repeat-rules.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';
import type { ExaminerInput } from '../../../shared/letters/inputs.ts';

export interface CaseCore {
  id: number;
  registerNo: string;
  state: WorkflowState;
  incidentDate: string;
  catalogueVersion: string;
}

/** The case's workflow-relevant columns, or NOT_FOUND. */
export function requireCase(db: Db, caseId: number): CaseCore {
  const row = db.prepare('SELECT id, register_no, status, incident_date, catalogue_version FROM cases WHERE id = ?').get(caseId) as
    | { id: number; register_no: string; status: string; incident_date: string; catalogue_version: string }
    | undefined;
  if (!row) throw notFound('case.notFound');
  return {
    id: row.id,
    registerNo: row.register_no,
    // A status written by an older build (or intake) that the workflow does not know starts over as registered.
    state: isWorkflowState(row.status) ? row.status : 'registered',
    incidentDate: row.incident_date,
    catalogueVersion: row.catalogue_version,
  };
}

export interface AccusedBrief {
  id: number;
  name: string;
  nip: string;
  employmentType: EmploymentType;
}

/** The accused of a case in intake order. */
export function selectAccusedBrief(db: Db, caseId: number): AccusedBrief[] {
  return db
    .prepare('SELECT id, name, nip, employment_type AS employmentType FROM case_accused WHERE case_id = ? ORDER BY position')
    .all(caseId) as AccusedBrief[];
}

/** One accused of the case, or NOT_FOUND (also when the id belongs to another case). */
export function requireAccused(db: Db, caseId: number, accusedId: number): AccusedBrief {
  const a = selectAccusedBrief(db, caseId).find((x) => x.id === accusedId);
  if (!a) throw notFound('examination.accusedNotFound');
  return a;
}

/** The examination team of a case: chair first, then members, then the secretary. */
export function selectTeam(db: Db, caseId: number): TeamMember[] {
  return db
    .prepare(
      `SELECT t.staff_id AS staffId, t.role, s.nip, s.name, s.pangkat, s.jabatan, s.unit
       FROM case_team t JOIN staff s ON s.id = t.staff_id
       WHERE t.case_id = ?
       ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name`,
    )
    .all(caseId) as TeamMember[];
}

/** Replaces the case's examination team. */
export function replaceTeam(db: Db, caseId: number, members: readonly { staffId: number; role: TeamMember['role'] }[]): void {
  db.prepare('DELETE FROM case_team WHERE case_id = ?').run(caseId);
  const ins = db.prepare('INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, ?)');
  for (const m of members) ins.run(caseId, m.staffId, m.role);
}

/** The team as the letters print it (unit as unitKerja), chair first. */
export function selectTeamForLetters(db: Db, caseId: number): ExaminerInput[] {
  return db
    .prepare(
      `SELECT t.role, s.name, s.nip, s.pangkat, s.jabatan, s.unit AS unitKerja
       FROM case_team t JOIN staff s ON s.id = t.staff_id WHERE t.case_id = ?
       ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name`,
    )
    .all(caseId) as ExaminerInput[];
}

/** Levels of the case's violations in its own catalogue (null = ethics). */
export function violationLevels(db: Db, caseId: number, catalogueVersion: string): CaseLevel[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return codes.map((c) => findViolationIn(catalogueVersion, c.code)?.level ?? null);
}

/** Sanctions the case's violations prescribe outright (party membership: dismissal). */
export function requiredSanctions(db: Db, caseId: number, catalogueVersion: string): string[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return [...new Set(codes.flatMap((c) => findViolationIn(catalogueVersion, c.code)?.requiredSanction ?? []))];
}

/** The heaviest violation level of the case. */
export function caseLevel(db: Db, core: CaseCore): CaseLevel {
  return heaviestLevel(violationLevels(db, core.id, core.catalogueVersion));
}

/** The case's violations as compared for a repeat offence: code and legal basis in the case's catalogue version. */
export function caseNatures(db: Db, caseId: number, catalogueVersion: string): NatureInput[] {
  const codes = db.prepare('SELECT code FROM case_violations WHERE case_id = ?').all(caseId) as { code: string }[];
  return codes.map((c) => ({ code: c.code, legalBasis: findViolationIn(catalogueVersion, c.code)?.legalBasis ?? '' }));
}

/** One workflow step: the case's new status and the step's log row. */
export function recordStep(db: Db, step: { caseId: number; from: WorkflowState; to: WorkflowState; action: string; actor: string; at: string; reason: string | null }): void {
  db.prepare('UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(step.to, step.at, step.caseId);
  db.prepare('INSERT INTO case_transitions (case_id, from_state, to_state, action, actor, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    step.caseId,
    step.from,
    step.to,
    step.action,
    step.actor,
    step.at,
    step.reason,
  );
}

/** The case's workflow steps, oldest first. */
export function selectTransitions(db: Db, caseId: number): TransitionRecord[] {
  return db
    .prepare('SELECT id, from_state AS "from", to_state AS "to", action, actor, at, reason FROM case_transitions WHERE case_id = ? ORDER BY id')
    .all(caseId) as TransitionRecord[];
}

/** Workflow steps and team members prepared once, for bulk loads (the demo's case histories). */
export function workflowBulkWriter(db: Db) {
  const insTransition = db.prepare('INSERT INTO case_transitions (case_id, from_state, to_state, action, actor, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insTeam = db.prepare('INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, ?)');
  return {
    insertStep: (caseId: number, from: string, to: string, action: string, actor: string, at: string, reason: string | null): void =>
      void insTransition.run(caseId, from, to, action, actor, at, reason),
    insertTeamMember: (caseId: number, staffId: number, role: string): void => void insTeam.run(caseId, staffId, role),
  };
}
