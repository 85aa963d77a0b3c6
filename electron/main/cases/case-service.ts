import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { nextSerial } from '../db/counters.ts';
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { auditHistory } from '../audit/audit-log.ts';
import { currentCatalogue, findViolation } from '../catalogue/violations.ts';
import { DEFAULT_REGISTER_TEMPLATE, formatRegisterNumber } from './register-number.ts';
import { selectAccused, selectCase, selectCasePage, selectViolationCodes } from './case-queries.ts';
import type { caseCreateSchema, caseListSchema, CaseDetail } from '../../../shared/cases/schemas.ts';
import type { z } from 'zod';

type CaseCreate = z.output<typeof caseCreateSchema>;
type AccusedInput = CaseCreate['accused'][number];

function registerTemplate(db: Db): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'case.registerTemplate'").get() as { value: string } | undefined;
  return row?.value ?? DEFAULT_REGISTER_TEMPLATE;
}

/** Finds the accused in the employee registry by NIP, or adds them there (audited). */
function resolveEmployee(db: Db, a: AccusedInput, nowIso: string, audits: Omit<AuditEntry, 'actor'>[]): number {
  const existing = db.prepare('SELECT id FROM employees WHERE nip = ?').get(a.nip) as { id: number } | undefined;
  if (existing) return existing.id;
  const employee = {
    nip: a.nip,
    name: a.name,
    employment_type: a.employmentType,
    jabatan: a.jabatan ?? null,
    unit_kerja: a.unitKerja ?? null,
  };
  const id = Number(
    db
      .prepare(
        `INSERT INTO employees (nip, name, employment_type, jabatan, unit_kerja, created_at, updated_at)
         VALUES (@nip, @name, @employment_type, @jabatan, @unit_kerja, @now, @now)`,
      )
      .run({ ...employee, now: nowIso }).lastInsertRowid,
  );
  audits.push({ action: 'employee.create', entity: 'employee', entityId: id, after: employee, reason: 'added at case intake' });
  return id;
}

/** Registers a case: takes the next register number and writes case, accused, violations and audit in one transaction. */
export function createCase(ctx: AppContext, input: CaseCreate): { id: number; registerNo: string } {
  const unknown = input.violationCodes.find((code) => !findViolation(code));
  if (unknown) {
    const params = { code: unknown.slice(0, 60), version: currentCatalogue.version };
    throw new AppError('INVALID_INPUT', 'case.unknownViolation', params, { violationCodes: 'case.unknownViolation' });
  }
  const seenNip = new Set<string>();
  for (const a of input.accused) {
    if (seenNip.has(a.nip)) throw new AppError('INVALID_INPUT', 'case.duplicateAccused', { nip: a.nip });
    seenNip.add(a.nip);
  }
  return mutate(ctx, (db) => {
    const now = ctx.now();
    const nowIso = now.toISOString();
    const year = now.getFullYear();
    const seq = nextSerial(db, 'case', year);
    const registerNo = formatRegisterNumber(registerTemplate(db), seq, year);
    const audits: Omit<AuditEntry, 'actor'>[] = [];
    const row = {
      register_no: registerNo,
      register_year: year,
      register_seq: seq,
      source: input.source,
      source_ref: input.sourceRef || null,
      incident_date: input.incidentDate,
      incident_place: input.incidentPlace || null,
      chronology: input.chronology || null,
      status: 'registered',
      catalogue_version: currentCatalogue.version,
    };
    const id = Number(
      db
        .prepare(
          `INSERT INTO cases (register_no, register_year, register_seq, source, source_ref, incident_date, incident_place,
                              chronology, status, catalogue_version, created_at, created_by, updated_at)
           VALUES (@register_no, @register_year, @register_seq, @source, @source_ref, @incident_date, @incident_place,
                   @chronology, @status, @catalogue_version, @now, @actor, @now)`,
        )
        .run({ ...row, now: nowIso, actor: ctx.actor() }).lastInsertRowid,
    );
    const insertAccused = db.prepare(
      `INSERT INTO case_accused (case_id, employee_id, position, name, nip, employment_type, jabatan, unit_kerja)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    input.accused.forEach((a, i) => {
      const employeeId = resolveEmployee(db, a, nowIso, audits);
      insertAccused.run(id, employeeId, i + 1, a.name, a.nip, a.employmentType, a.jabatan ?? null, a.unitKerja ?? null);
    });
    const insertViolation = db.prepare('INSERT INTO case_violations (case_id, code) VALUES (?, ?)');
    for (const code of new Set(input.violationCodes)) insertViolation.run(id, code);
    audits.push({
      action: 'case.create',
      entity: 'case',
      entityId: id,
      after: { ...row, accused: input.accused, violationCodes: input.violationCodes },
    });
    return { value: { id, registerNo }, audit: audits };
  });
}

/** Full case record with its history, in the user's language for catalogue titles. */
export function getCase(ctx: AppContext, id: number): CaseDetail {
  const row = selectCase(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'errors.NOT_FOUND', { whatKey: 'case.notFound' });
  const lang = ctx.language();
  return {
    id: row.id,
    registerNo: row.register_no,
    status: row.status,
    source: row.source,
    sourceRef: row.source_ref,
    incidentDate: row.incident_date,
    incidentPlace: row.incident_place,
    chronology: row.chronology,
    catalogueVersion: row.catalogue_version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    accused: selectAccused(ctx.db, id),
    violations: selectViolationCodes(ctx.db, id).map((code) => {
      const v = findViolation(code);
      return { code, title: v ? v.title[lang] : code, level: v?.level ?? null, legalBasis: v?.legalBasis ?? '' };
    }),
    history: auditHistory(ctx.db, 'case', id).map((h) => ({ at: h.at, actor: h.actor, action: h.action, reason: h.reason })),
  };
}

export function listCases(ctx: AppContext, query: z.output<typeof caseListSchema>) {
  return selectCasePage(ctx.db, query);
}
